package dev.quicken.eval;

import dev.quicken.runtime.PyObject;

/** A code object compiled by {@link Jit}: a hidden class whose {@link #body} runs one frame. */
abstract class JitCode {

    /** The stack pointer at the start of each code unit (for the exception handler). */
    int[] spAt;

    /** Loop heads (targets of backward jumps) where a frame running in the loop may enter. */
    int[] entries;

    /** Where a suspended generator frame may go on (see Jit.Gen#resumePoints). */
    int[] resumes;

    /** Whether a generator frame stopped at unit {@code ip} with stack pointer {@code sp} goes on here. */
    boolean canResume(int ip, int sp) {
        return ip < spAt.length && spAt[ip] == sp && java.util.Arrays.binarySearch(resumes, ip) >= 0;
    }

    boolean isEntry(int ip) {
        return java.util.Arrays.binarySearch(entries, ip) >= 0;
    }

    /** Runs {@code f} from {@code f.ip} (its first instruction, one of {@link #entries} or of {@link #resumes}) to its return; raises what escapes it. */
    abstract PyObject body(Interpreter in, Frame f);
}
