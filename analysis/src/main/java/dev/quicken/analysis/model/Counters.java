package dev.quicken.analysis.model;

import java.util.Arrays;

/**
 * CPython 3.11's {@code SpecializationStats}: success, failure, hit, deferred, miss, deopt and
 * the 30 {@code failure_kinds}, for one family or one instruction site. Mutable while a
 * recording is aggregated; treat it as a value afterwards.
 */
public final class Counters {

    /** The counter names in {@code opcode._specialization_stats} order. */
    public static final String[] NAMES = {"success", "failure", "hit", "deferred", "miss", "deopt"};

    public long success;
    public long failure;
    public long hit;
    public long deferred;
    public long miss;
    public long deopt;
    public final long[] failureKinds = new long[FailureKinds.COUNT];

    /** A copy of this. */
    public Counters copy() {
        Counters c = new Counters();
        c.add(this);
        return c;
    }

    /** Adds {@code other} into this. */
    public void add(Counters other) {
        success += other.success;
        failure += other.failure;
        hit += other.hit;
        deferred += other.deferred;
        miss += other.miss;
        deopt += other.deopt;
        for (int i = 0; i < failureKinds.length; i++) {
            failureKinds[i] += other.failureKinds[i];
        }
    }

    /** The counter called {@code name} in {@link #NAMES}. */
    public long get(String name) {
        return switch (name) {
            case "success" -> success;
            case "failure" -> failure;
            case "hit" -> hit;
            case "deferred" -> deferred;
            case "miss" -> miss;
            case "deopt" -> deopt;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Sets the counter called {@code name}. */
    public void set(String name, long value) {
        switch (name) {
            case "success" -> success = value;
            case "failure" -> failure = value;
            case "hit" -> hit = value;
            case "deferred" -> deferred = value;
            case "miss" -> miss = value;
            case "deopt" -> deopt = value;
            default -> throw new IllegalArgumentException(name);
        }
    }

    /** Executions of the quickened instructions: hit + miss + deferred. */
    public long executions() {
        return hit + miss + deferred;
    }

    /** Sum of every counter and failure kind (used to order snapshots taken at the same instant). */
    public long magnitude() {
        long n = success + failure + hit + deferred + miss + deopt;
        for (long k : failureKinds) {
            n += k;
        }
        return n;
    }

    /** True when every counter is zero. */
    public boolean isZero() {
        return magnitude() == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counters c && success == c.success && failure == c.failure && hit == c.hit
                && deferred == c.deferred && miss == c.miss && deopt == c.deopt
                && Arrays.equals(failureKinds, c.failureKinds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new long[] {success, failure, hit, deferred, miss, deopt})
                * 31 + Arrays.hashCode(failureKinds);
    }

    @Override
    public String toString() {
        return "Counters[success=" + success + ", failure=" + failure + ", hit=" + hit + ", deferred=" + deferred
                + ", miss=" + miss + ", deopt=" + deopt + ", failure_kinds=" + Arrays.toString(failureKinds) + "]";
    }
}
