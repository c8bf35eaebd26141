package dev.quicken.agent.bootstrap;

import dev.quicken.jfr.FailureKinds;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the agent counted for one interpreter: its code objects' sites, and the failure kinds per
 * family (the one counter a site does not keep).
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

    InterpreterCounters(int id) {
        this.id = id;
    }

    void add(CodeSites code) {
        codes.add(code);
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
                stats[at + HIT] += s.hits();
                stats[at + DEFERRED] += s.deferrals();
                stats[at + MISS] += s.misses();
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
