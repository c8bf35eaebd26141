package dev.quicken.compiler.codegen;

import dev.quicken.opcode.Op;
import dev.quicken.opcode.Opcode;

/**
 * The compiler's view of opcodes: the real numbers are {@link Op}'s; this adds the compiler's
 * pseudo-instructions (negative numbers, never emitted). CPython 3.11: Python/compile.c.
 */
public final class Opcodes {
    private Opcodes() {
    }

    // CPython 3.11: Python/compile.c pseudo-instructions
    public static final int SETUP_FINALLY = -1;
    public static final int SETUP_CLEANUP = -2;
    public static final int SETUP_WITH = -3;
    public static final int POP_BLOCK = -4;
    public static final int JUMP = -5;
    public static final int JUMP_NO_INTERRUPT = -6;
    public static final int POP_JUMP_IF_FALSE = -7;
    public static final int POP_JUMP_IF_TRUE = -8;
    public static final int POP_JUMP_IF_NONE = -9;
    public static final int POP_JUMP_IF_NOT_NONE = -10;

    /** HAS_ARG for a real base opcode. */
    public static boolean hasArg(int opcode) {
        return opcode >= Op.HAVE_ARGUMENT;
    }

    /** Inline cache code units after the instruction ({@code _PyOpcode_Caches}). */
    public static int caches(int opcode) {
        return opcode >= 0 ? Opcode.cacheUnits(opcode) : 0;
    }

    /** A real jump opcode ({@code _PyOpcode_Jump}: in 3.11 every jump is relative, hasjrel). */
    public static boolean isRealJump(int opcode) {
        Opcode op = Opcode.of(opcode);
        return op != null && op.inHasJrel;
    }

    public static String name(int opcode) {
        switch (opcode) {
            case SETUP_FINALLY: return "SETUP_FINALLY";
            case SETUP_CLEANUP: return "SETUP_CLEANUP";
            case SETUP_WITH: return "SETUP_WITH";
            case POP_BLOCK: return "POP_BLOCK";
            case JUMP: return "JUMP";
            case JUMP_NO_INTERRUPT: return "JUMP_NO_INTERRUPT";
            case POP_JUMP_IF_FALSE: return "POP_JUMP_IF_FALSE";
            case POP_JUMP_IF_TRUE: return "POP_JUMP_IF_TRUE";
            case POP_JUMP_IF_NONE: return "POP_JUMP_IF_NONE";
            case POP_JUMP_IF_NOT_NONE: return "POP_JUMP_IF_NOT_NONE";
            default: return Opcode.name(opcode);
        }
    }
}
