package dev.quicken.compiler.codegen;

import dev.quicken.compiler.symtable.Scope;

/** compiler_unit: the flow-graph state plus what code generation tracks. */
final class CUnit extends Unit {
    static final int SCOPE_MODULE = 0;
    static final int SCOPE_CLASS = 1;
    static final int SCOPE_FUNCTION = 2;
    static final int SCOPE_ASYNC_FUNCTION = 3;
    static final int SCOPE_LAMBDA = 4;
    static final int SCOPE_COMPREHENSION = 5;

    Scope ste;
    int scopeType;
    String privateName;
    final FBlock[] fblocks = new FBlock[20];
    int nfblocks;

    enum FBlockType { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR }

    /** fblockinfo. */
    static final class FBlock {
        final FBlockType type;
        final Block block;
        final Block exit;
        final Object datum;

        FBlock(FBlockType type, Block block, Block exit, Object datum) {
            this.type = type;
            this.block = block;
            this.exit = exit;
            this.datum = datum;
        }
    }
}
