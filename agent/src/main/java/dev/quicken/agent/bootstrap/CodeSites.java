package dev.quicken.agent.bootstrap;

import dev.quicken.jfr.Opcodes;

/**
 * The agent's state for one code object, hung on {@code ProbeCode.probeState()}: what the events
 * say about the code, and one {@link Site} per instruction that reported something.
 *
 * <p>Sites are indexed by code unit ({@code offset / 2}). The array only grows, and a grown copy
 * shares the old {@code Site} objects, so a thread still holding the old array counts into the
 * same counters: nothing is lost.
 */
final class CodeSites {

    final InterpreterCounters interpreter;
    /** Tells the interpreter's counters when the code object is collected; held here so it stays reachable. */
    final InterpreterCounters.Life life;
    final String codeName;
    final String qualName;
    final String fileName;
    final int firstLineNumber;

    /**
     * Not volatile: the hot path reads it on every hit. A thread that sees an old array, or a new
     * one without its latest element, finds no site and takes the synchronized slow path, which
     * sees everything; a {@link Site}'s identity fields are final, so it is safely published.
     */
    private Site[] sites = new Site[16];

    CodeSites(InterpreterCounters interpreter, Object code, String codeName, String qualName, String fileName,
            int firstLineNumber) {
        this.interpreter = interpreter;
        this.life = new InterpreterCounters.Life(code, interpreter);
        this.codeName = codeName;
        this.qualName = qualName;
        this.fileName = fileName;
        this.firstLineNumber = firstLineNumber;
    }

    /** The site at {@code offset}, or null if it has none yet (the hot path). */
    @Inline
    Site existing(int offset) {
        Site[] a = sites;
        int index = offset >>> 1;
        return index < a.length ? a[index] : null;
    }

    /**
     * The site at {@code offset}, made if missing; null for a negative offset. The rare probes
     * come here every time (richards re-specializes and deoptimizes the same sites thousands of
     * times per second), so an existing site is found without taking the lock.
     */
    Site site(Object code, int offset, int opcode) {
        Site s = offset < 0 ? null : existing(offset);
        return s != null ? s : made(code, offset, opcode);
    }

    private synchronized Site made(Object code, int offset, int opcode) {
        if (offset < 0) {
            return null;
        }
        int index = offset >>> 1;
        Site[] a = sites;
        if (index < a.length && a[index] != null) {
            return a[index];
        }
        if (index >= a.length) {
            Site[] grown = new Site[Math.max(index + 1, a.length * 2)];
            System.arraycopy(a, 0, grown, 0, a.length);
            a = grown;
        }
        Site s = new Site(Thread.currentThread(), offset, Opcodes.baseOf(opcode), ProbeCodeAccess.lineNumber(code, offset),
            ProbeCodeAccess.positions(code, offset), opcode);
        a[index] = s;
        sites = a;
        return s;
    }

    /** The sites made so far, in offset order. */
    synchronized Site[] sites() {
        Site[] a = sites;
        int n = 0;
        for (Site s : a) {
            if (s != null) {
                n++;
            }
        }
        Site[] out = new Site[n];
        n = 0;
        for (Site s : a) {
            if (s != null) {
                out[n++] = s;
            }
        }
        return out;
    }
}
