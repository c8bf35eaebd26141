package dev.quicken.agent.bootstrap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One instruction site: one instruction of one code object in one interpreter, what its events
 * say about it, and its counters but the owner thread's hot ones.
 *
 * <p>The hot counts (hit, miss, deferred) of the thread that owns the code object live in its
 * {@link CodeSites}' arrays, plain adds; any other thread adds to the {@code *Shared} fields here
 * with an atomic add, so counts stay exact when code is shared or an interpreter moves to another
 * thread. A reader adds the two ({@link CodeSites#hits}).
 */
final class Site {

    static final VarHandle HIT_SHARED;
    static final VarHandle MISS_SHARED;
    static final VarHandle DEFERRED_SHARED;
    static final VarHandle SUCCESS;
    static final VarHandle FAILURE;
    static final VarHandle DEOPT;
    static final VarHandle SPECIALIZATION_EVENTS;
    static final VarHandle DEOPTIMIZATION_EVENTS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            HIT_SHARED = l.findVarHandle(Site.class, "hitShared", long.class);
            MISS_SHARED = l.findVarHandle(Site.class, "missShared", long.class);
            DEFERRED_SHARED = l.findVarHandle(Site.class, "deferredShared", long.class);
            SUCCESS = l.findVarHandle(Site.class, "success", long.class);
            FAILURE = l.findVarHandle(Site.class, "failure", long.class);
            DEOPT = l.findVarHandle(Site.class, "deopt", long.class);
            SPECIALIZATION_EVENTS = l.findVarHandle(Site.class, "specializationEvents", int.class);
            DEOPTIMIZATION_EVENTS = l.findVarHandle(Site.class, "deoptimizationEvents", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final int offset;
    /** The family's base opcode. */
    final int base;
    final int lineNumber;
    /** PEP 657 position: last line, start and end column (UTF-8 bytes); -1 where unknown. */
    final int endLineNumber;
    final int column;
    final int endColumn;

    volatile long hitShared;
    volatile long missShared;
    volatile long deferredShared;

    volatile long success;
    volatile long failure;
    volatile long deopt;

    /** The latest specialized form written here, else the first opcode seen. */
    volatile int form;

    /**
     * Specialization and deoptimization events made for this site in the current generation of
     * the {@code siteLimit} setting ({@code dev.quicken.jfr.SiteLimit}), claimed with an atomic add
     * so that threads sharing the site make exactly the limit between them (the success and deopt
     * counts above are exact whatever the limit).
     */
    volatile int specializationEvents;
    volatile int deoptimizationEvents;
    /** The limits' generations ({@code SiteLimit}) the two counts above belong to. */
    volatile int specializationGeneration;
    volatile int deoptimizationGeneration;

    /**
     * True if the site may make one more specialization event under {@code limit}; counts it. The
     * count starts afresh when the limit was set again (a recording started or stopped) since the
     * site's last event.
     */
    boolean claimSpecializationEvent(int generation, int limit) {
        if (specializationGeneration != generation) {
            synchronized (this) {
                if (specializationGeneration != generation) {
                    specializationEvents = 0;
                    specializationGeneration = generation;
                }
            }
        }
        return specializationEvents < limit && (int) SPECIALIZATION_EVENTS.getAndAdd(this, 1) < limit;
    }

    /** As {@link #claimSpecializationEvent}, for deoptimization events. */
    boolean claimDeoptimizationEvent(int generation, int limit) {
        if (deoptimizationGeneration != generation) {
            synchronized (this) {
                if (deoptimizationGeneration != generation) {
                    deoptimizationEvents = 0;
                    deoptimizationGeneration = generation;
                }
            }
        }
        return deoptimizationEvents < limit && (int) DEOPTIMIZATION_EVENTS.getAndAdd(this, 1) < limit;
    }

    Site(int offset, int base, int lineNumber, int[] positions, int form) {
        this.offset = offset;
        this.base = base;
        this.lineNumber = lineNumber;
        this.endLineNumber = positions[1];
        this.column = positions[2];
        this.endColumn = positions[3];
        this.form = form;
    }
}
