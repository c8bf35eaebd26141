package dev.quicken.eval;

import dev.quicken.runtime.PyObject;

/** A code object compiled by {@link Jit}: a hidden class whose {@link #body} runs one frame. */
abstract class JitCode {

    /** The stack pointer at the start of each code unit (for the exception handler). */
    int[] spAt;

    /** Loop heads (targets of backward jumps) where a frame running in the loop may enter. */
    int[] entries;

    boolean isEntry(int ip) {
        return java.util.Arrays.binarySearch(entries, ip) >= 0;
    }

    /** Runs {@code f} from {@code f.ip} (its first instruction or one of {@link #entries}) to its return; raises what escapes it. */
    abstract PyObject body(Interpreter in, Frame f);
}
