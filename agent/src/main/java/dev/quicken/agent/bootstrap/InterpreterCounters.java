package dev.quicken.agent.bootstrap;

import dev.quicken.jfr.FailureKinds;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the agent counted for one interpreter: its code objects' sites, and the failure kinds per
 * family (the one counter a site does not keep).
 *
 * <p>It lives as long as one of the code objects that reported is alive (each holds a
 * {@link Life}, a weak reference to it); when the last is collected the interpreter has been
 * discarded, and {@link Counters#expunge} drops its counters (an interpreter keeps its code
 * objects, so while it runs they stay).
 */
final class InterpreterCounters {

    /** Per family: success, failure, hit, deferred, miss, deopt, then the failure kinds. */
    static final int FIELDS = 6 + FailureKinds.COUNT;
    static final int SUCCESS = 0;
    static final int FAILURE = 1;
    static final int HIT = 2;
    static final int DEFERRED = 3;
    static final int MISS = 4;
    static final int DEOPT = 5;
    static final int KINDS = 6;

    final int id;
    final AtomicLong quickened = new AtomicLong();
    private final AtomicLongArray failureKinds = new AtomicLongArray(256 * FailureKinds.COUNT);
    private final List<CodeSites> codes = new CopyOnWriteArrayList<>();
    /** Code objects that reported and are not yet collected; guarded by this. */
    private int live;
    /** Set when {@link #live} dropped to zero: this object takes no more code. */
    private boolean retired;

    /** Where the {@link Life} of a collected code object goes. */
    static final ReferenceQueue<Object> DEAD = new ReferenceQueue<>();

    /** A weak reference to one code object that reported, naming its interpreter's counters. */
    static final class Life extends WeakReference<Object> {
        final InterpreterCounters interpreter;

        Life(Object code, InterpreterCounters interpreter) {
            super(code, DEAD);
            this.interpreter = interpreter;
        }
    }

    InterpreterCounters(int id) {
        this.id = id;
    }

    /** Adds a code object's sites; false if this interpreter has been retired. */
    synchronized boolean add(CodeSites code) {
        if (retired) {
            return false;
        }
        codes.add(code);
        live++;
        return true;
    }

    /** One of the code objects was collected; true if it was the last (the interpreter is retired). */
    synchronized boolean codeDied() {
        if (--live > 0 || retired) {
            return false;
        }
        retired = true;
        return true;
    }

    List<CodeSites> codes() {
        return codes;
    }

    void failureKind(int base, int kind) {
        if (base >= 0 && base < 256 && kind >= 0 && kind < FailureKinds.COUNT) {
            failureKinds.getAndIncrement(base * FailureKinds.COUNT + kind);
        }
    }

    /**
     * The counters in {@code Probes.specializationStats}'s layout: {@code 256 * FIELDS} entries,
     * family {@code b} at {@code b * FIELDS}.
     */
    long[] stats() {
        long[] stats = new long[256 * FIELDS];
        for (CodeSites code : codes) {
            for (Site s : code.sites()) {
                if (s.base < 0 || s.base > 255) {
                    continue;
                }
                int at = s.base * FIELDS;
                stats[at + SUCCESS] += s.success;
                stats[at + FAILURE] += s.failure;
                stats[at + HIT] += code.hits(s);
                stats[at + DEFERRED] += code.deferrals(s);
                stats[at + MISS] += code.misses(s);
                stats[at + DEOPT] += s.deopt;
            }
        }
        for (int b = 0; b < 256; b++) {
            for (int k = 0; k < FailureKinds.COUNT; k++) {
                stats[b * FIELDS + KINDS + k] = failureKinds.get(b * FailureKinds.COUNT + k);
            }
        }
        return stats;
    }
}
