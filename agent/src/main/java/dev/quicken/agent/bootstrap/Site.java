package dev.quicken.agent.bootstrap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** The counters of one instruction site: one instruction of one code object in one interpreter. */
final class Site {

    static final VarHandle HIT;
    static final VarHandle MISS;
    static final VarHandle DEFERRED;
    static final VarHandle SUCCESS;
    static final VarHandle FAILURE;
    static final VarHandle DEOPT;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            HIT = l.findVarHandle(Site.class, "hit", long.class);
            MISS = l.findVarHandle(Site.class, "miss", long.class);
            DEFERRED = l.findVarHandle(Site.class, "deferred", long.class);
            SUCCESS = l.findVarHandle(Site.class, "success", long.class);
            FAILURE = l.findVarHandle(Site.class, "failure", long.class);
            DEOPT = l.findVarHandle(Site.class, "deopt", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final int offset;
    /** The family's base opcode. */
    final int base;
    final int lineNumber;

    volatile long hit;
    volatile long miss;
    volatile long deferred;
    volatile long success;
    volatile long failure;
    volatile long deopt;

    /** The latest specialized form written here, else the first opcode seen. */
    volatile int form;

    Site(int offset, int base, int lineNumber, int form) {
        this.offset = offset;
        this.base = base;
        this.lineNumber = lineNumber;
        this.form = form;
    }
}
