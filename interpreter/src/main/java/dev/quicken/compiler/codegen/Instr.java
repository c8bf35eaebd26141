package dev.quicken.compiler.codegen;

/** One instruction of the flow graph. CPython 3.11: Python/compile.c struct instr. */
public final class Instr {
    public int opcode;
    public int oparg;
    /** Target block, when this is a jump or a block push. */
    public Block target;
    /** Handler block when an exception is raised (set by label_exception_targets). */
    public Block except;
    public int lineno;
    public int endLineno;
    public int colOffset;
    public int endColOffset;

    public Instr(int opcode, int oparg, int lineno, int endLineno, int colOffset, int endColOffset) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.lineno = lineno;
        this.endLineno = endLineno;
        this.colOffset = colOffset;
        this.endColOffset = endColOffset;
    }

    /** A copy (C copies these structs by value). */
    public Instr copy() {
        Instr i = new Instr(opcode, oparg, lineno, endLineno, colOffset, endColOffset);
        i.target = target;
        i.except = except;
        return i;
    }

    /** CPython 3.11: COPY_INSTR_LOC(this, to). */
    public void copyLocTo(Instr to) {
        to.lineno = lineno;
        to.colOffset = colOffset;
        to.endLineno = endLineno;
        to.endColOffset = endColOffset;
    }

    public boolean isJump() {
        return Flow.isJump(opcode);
    }

    public boolean isBlockPush() {
        return opcode == Opcodes.SETUP_FINALLY || opcode == Opcodes.SETUP_WITH || opcode == Opcodes.SETUP_CLEANUP;
    }

    /** CPython 3.11: compile.c instr_size (code units, with EXTENDED_ARGs and caches). */
    public int size() {
        int arg = Opcodes.hasArg(opcode) ? oparg : 0;
        int ext = (Integer.compareUnsigned(0xFFFFFF, arg) < 0 ? 1 : 0) + (Integer.compareUnsigned(0xFFFF, arg) < 0 ? 1 : 0)
                + (Integer.compareUnsigned(0xFF, arg) < 0 ? 1 : 0);
        return ext + 1 + Opcodes.caches(opcode);
    }

    @Override
    public String toString() {
        return Opcodes.name(opcode) + " " + oparg + " @" + lineno + ":" + colOffset + "-" + endLineno + ":" + endColOffset;
    }
}
