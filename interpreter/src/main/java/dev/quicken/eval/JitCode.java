package dev.quicken.eval;

import dev.quicken.opcode.Opcode;
import dev.quicken.runtime.PyObject;

/** A code object compiled by {@link Jit}: a hidden class whose {@link #body} runs one frame. */
abstract class JitCode {

    /** The stack pointer at the start of each code unit (for the exception handler). */
    int[] spAt;

    /** Compiled before its code was quickened (its RESUME and JUMP_BACKWARD count the warm-up). */
    boolean unquickened;

    /** The size of {@link #body}'s bytecode (quicken.jit.debug prints it). */
    int bytes;

    /**
     * The instructions of specializing families, as pairs: unit index, the opcode its unit held
     * when this code was compiled (a specialized form there is compiled inline).
     */
    int[] sites;

    /**
     * Whether a site now holds a specialized form other than the one it held when this code was
     * compiled (compiling again would put that form inline); a site now adaptive or generic does
     * not count.
     */
    boolean newForms(char[] units) {
        int[] st = sites;
        for (int k = 0; k < st.length; k += 2) {
            int now = units[st[k]] & 0xff;
            if (now != st[k + 1] && Opcode.isSpecialized(now)) {
                return true;
            }
        }
        return false;
    }

    /** Loop heads (targets of backward jumps) where a frame running in the loop may enter. */
    int[] entries;

    /**
     * By unit index: the stack pointer of a suspended generator frame that may go on there (see
     * Jit.Gen#resumePoints), or -1.
     */
    int[] resumeSp;

    /** Whether a generator frame stopped at unit {@code ip} with stack pointer {@code sp} goes on here. */
    boolean canResume(int ip, int sp) {
        int[] r = resumeSp;
        return ip < r.length && r[ip] == sp;
    }

    boolean isEntry(int ip) {
        return java.util.Arrays.binarySearch(entries, ip) >= 0;
    }

    /** Runs {@code f} from {@code f.ip} (its first instruction, one of {@link #entries} or a resume point) to its return; raises what escapes it. */
    abstract PyObject body(Interpreter in, Frame f);
}
