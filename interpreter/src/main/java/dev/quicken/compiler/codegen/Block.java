package dev.quicken.compiler.codegen;

/** A basic block. CPython 3.11: Python/compile.c basicblock. */
public final class Block {
    /** Allocation list, newest first (b_list). */
    public Block list;
    /** Next block by control flow (b_next). */
    public Block next;
    Block[] exceptStack;
    int exceptDepth;
    public Instr[] instr = new Instr[0];
    public int iused;
    public int predecessors;
    public int startdepth;
    public int offset;
    public boolean nofallthrough;
    public boolean preserveLasti;
    public boolean visited;
    public boolean exit;
    public boolean ret;

    /** CPython 3.11: compile.c compiler_next_instr; returns the new slot's index. */
    public int nextInstr() {
        if (iused == instr.length) {
            Instr[] n = new Instr[Math.max(16, instr.length * 2)];
            System.arraycopy(instr, 0, n, 0, iused);
            instr = n;
        }
        return iused++;
    }

    public void add(Instr i) {
        int idx = nextInstr();
        instr[idx] = i;
    }

    public Instr last() {
        return iused == 0 ? null : instr[iused - 1];
    }
}
