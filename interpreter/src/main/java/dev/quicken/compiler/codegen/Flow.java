package dev.quicken.compiler.codegen;

import static dev.quicken.compiler.codegen.Opcodes.*;
import static dev.quicken.opcode.Op.*;

import dev.quicken.code.CodeObject;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The flow-graph optimizer and assembler: from a {@link Unit}'s blocks to a {@link CodeObject}.
 * CPython 3.11: Python/compile.c, from stackdepth() to the end of the file.
 */
public final class Flow {

    private static final int MAX_COPY_SIZE = 4;
    private static final int CO_MAXBLOCKS = 20;

    private final Unit u;
    private Block entry;
    private int nblocks;

    private Flow(Unit u) {
        this.u = u;
    }

    // ------------------------------------------------------------------ opcode facts

    public static boolean isVirtualJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == POP_JUMP_IF_NONE || op == POP_JUMP_IF_NOT_NONE
                || op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE;
    }

    /** CPython 3.11: compile.c is_jump. */
    public static boolean isJump(int op) {
        return isVirtualJump(op) || Opcodes.isRealJump(op);
    }

    static boolean isBackwardsJump(int op) {
        return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT || op == POP_JUMP_BACKWARD_IF_NONE
                || op == POP_JUMP_BACKWARD_IF_NOT_NONE || op == POP_JUMP_BACKWARD_IF_TRUE
                || op == POP_JUMP_BACKWARD_IF_FALSE;
    }

    /** CPython 3.11: compile.c is_end_of_basic_block. */
    public static boolean isEndOfBasicBlock(Instr i) {
        int op = i.opcode;
        return i.isJump() || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
    }

    // CPython 3.11: compile.c stack_effect
    public static int stackEffect(int opcode, int oparg, int jump) {
        switch (opcode) {
            case NOP: case EXTENDED_ARG: case RESUME: case CACHE:
                return 0;
            case POP_TOP:
                return -1;
            case SWAP:
                return 0;
            case UNARY_POSITIVE: case UNARY_NEGATIVE: case UNARY_NOT: case UNARY_INVERT:
                return 0;
            case SET_ADD: case LIST_APPEND:
                return -1;
            case MAP_ADD:
                return -2;
            case BINARY_SUBSCR:
                return -1;
            case STORE_SUBSCR:
                return -3;
            case DELETE_SUBSCR:
                return -2;
            case GET_ITER:
                return 0;
            case PRINT_EXPR:
                return -1;
            case LOAD_BUILD_CLASS:
                return 1;
            case RETURN_VALUE:
                return -1;
            case IMPORT_STAR:
                return -1;
            case SETUP_ANNOTATIONS:
                return 0;
            case ASYNC_GEN_WRAP: case YIELD_VALUE:
                return 0;
            case POP_BLOCK:
                return 0;
            case POP_EXCEPT:
                return -1;
            case STORE_NAME:
                return -1;
            case DELETE_NAME:
                return 0;
            case UNPACK_SEQUENCE:
                return oparg - 1;
            case UNPACK_EX:
                return (oparg & 0xFF) + (oparg >> 8);
            case FOR_ITER:
                return jump > 0 ? -1 : 1;
            case SEND:
                return jump > 0 ? -1 : 0;
            case STORE_ATTR:
                return -2;
            case DELETE_ATTR:
                return -1;
            case STORE_GLOBAL:
                return -1;
            case DELETE_GLOBAL:
                return 0;
            case LOAD_CONST:
                return 1;
            case LOAD_NAME:
                return 1;
            case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING:
                return 1 - oparg;
            case BUILD_MAP:
                return 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP:
                return -oparg;
            case LOAD_ATTR:
                return 0;
            case COMPARE_OP: case IS_OP: case CONTAINS_OP:
                return -1;
            case CHECK_EXC_MATCH:
                return 0;
            case CHECK_EG_MATCH:
                return 0;
            case IMPORT_NAME:
                return -1;
            case IMPORT_FROM:
                return 1;
            case JUMP_FORWARD: case JUMP_BACKWARD: case JUMP: case JUMP_BACKWARD_NO_INTERRUPT: case JUMP_NO_INTERRUPT:
                return 0;
            case JUMP_IF_TRUE_OR_POP: case JUMP_IF_FALSE_OR_POP:
                return jump != 0 ? 0 : -1;
            case POP_JUMP_BACKWARD_IF_NONE: case POP_JUMP_FORWARD_IF_NONE: case POP_JUMP_IF_NONE:
            case POP_JUMP_BACKWARD_IF_NOT_NONE: case POP_JUMP_FORWARD_IF_NOT_NONE: case POP_JUMP_IF_NOT_NONE:
            case POP_JUMP_FORWARD_IF_FALSE: case POP_JUMP_BACKWARD_IF_FALSE: case POP_JUMP_IF_FALSE:
            case POP_JUMP_FORWARD_IF_TRUE: case POP_JUMP_BACKWARD_IF_TRUE: case POP_JUMP_IF_TRUE:
                return -1;
            case LOAD_GLOBAL:
                return (oparg & 1) + 1;
            case SETUP_FINALLY:
                return jump != 0 ? 1 : 0;
            case SETUP_CLEANUP:
                return jump != 0 ? 2 : 0;
            case SETUP_WITH:
                return jump != 0 ? 1 : 0;
            case PREP_RERAISE_STAR:
                return -1;
            case RERAISE:
                return -1;
            case PUSH_EXC_INFO:
                return 1;
            case WITH_EXCEPT_START:
                return 1;
            case LOAD_FAST:
                return 1;
            case STORE_FAST:
                return -1;
            case DELETE_FAST:
                return 0;
            case RETURN_GENERATOR:
                return 0;
            case RAISE_VARARGS:
                return -oparg;
            case PRECALL:
                return -oparg;
            case KW_NAMES:
                return 0;
            case CALL:
                return -1;
            case CALL_FUNCTION_EX:
                return -2 - ((oparg & 0x01) != 0 ? 1 : 0);
            case MAKE_FUNCTION:
                return -Integer.bitCount(oparg & 0x0F);
            case BUILD_SLICE:
                return oparg == 3 ? -2 : -1;
            case MAKE_CELL: case COPY_FREE_VARS:
                return 0;
            case LOAD_CLOSURE:
                return 1;
            case LOAD_DEREF: case LOAD_CLASSDEREF:
                return 1;
            case STORE_DEREF:
                return -1;
            case DELETE_DEREF:
                return 0;
            case GET_AWAITABLE:
                return 0;
            case BEFORE_ASYNC_WITH: case BEFORE_WITH:
                return 1;
            case GET_AITER:
                return 0;
            case GET_ANEXT:
                return 1;
            case GET_YIELD_FROM_ITER:
                return 0;
            case END_ASYNC_FOR:
                return -2;
            case FORMAT_VALUE:
                return (oparg & 0x04) == 0x04 ? -1 : 0;
            case LOAD_METHOD:
                return 1;
            case LOAD_ASSERTION_ERROR:
                return 1;
            case LIST_TO_TUPLE:
                return 0;
            case LIST_EXTEND: case SET_UPDATE: case DICT_MERGE: case DICT_UPDATE:
                return -1;
            case MATCH_CLASS:
                return -2;
            case GET_LEN: case MATCH_MAPPING: case MATCH_SEQUENCE: case MATCH_KEYS:
                return 1;
            case COPY: case PUSH_NULL:
                return 1;
            case BINARY_OP:
                return -1;
            default:
                throw new IllegalStateException("compiler stack_effect(opcode=" + opcode + ", arg=" + oparg + ") failed");
        }
    }

    // ------------------------------------------------------------------ entry point

    /**
     * CPython 3.11: compile.c assemble. {@code flags} is compute_code_flags' result;
     * {@code genOrCoro} is ste_generator || ste_coroutine.
     */
    public static CodeObject assemble(Unit u, boolean addNone, int flags, boolean genOrCoro, String filename) {
        return new Flow(u).run(addNone, flags, genOrCoro, filename);
    }

    private CodeObject run(boolean addNone, int flags, boolean genOrCoro, String filename) {
        // Make sure every block that falls off the end returns None.
        if (!u.curblock.ret) {
            u.lineno = -1;
            u.colOffset = -1;
            u.endLineno = -1;
            u.endColOffset = -1;
            if (addNone) {
                addop(LOAD_CONST, u.addConst(PyNone.NONE));
            }
            addop(RETURN_VALUE, 0);
        }
        for (Block b = u.blocks; b != null; b = b.list) {
            normalizeBasicBlock(b);
        }
        for (Block b = u.blocks; b != null; b = b.list) {
            extendBlock(b);
        }
        nblocks = 0;
        entry = null;
        for (Block b = u.blocks; b != null; b = b.list) {
            nblocks++;
            entry = b;
        }
        int nlocals = u.varnames.size();
        int ncellvars = u.cellvars.size();
        int nfreevars = u.freevars.size();
        int nlocalsplus = nlocals + ncellvars + nfreevars;
        int[] cellfixedoffsets = buildCellFixedOffsets();

        if (u.firstlineno == 0) {
            if (entry.iused > 0 && entry.instr[0].lineno != 0) {
                u.firstlineno = entry.instr[0].lineno;
            } else {
                u.firstlineno = 1;
            }
        }
        insertPrefixInstructions(flags, cellfixedoffsets, nfreevars);
        int numdropped = fixCellOffsets(cellfixedoffsets);
        nlocalsplus -= numdropped;

        List<PyObject> consts = new ArrayList<>(u.constValues);
        optimizeCfg(consts);
        duplicateExitsWithoutLineno();
        trimUnusedConsts(consts);
        propagateLineNumbers();
        guaranteeLinenoForExits(u.firstlineno);
        int maxdepth = stackdepth(genOrCoro);
        labelExceptionTargets();
        convertExceptionHandlersToNops();
        for (Block b = entry; b != null; b = b.next) {
            cleanBasicBlock(b);
        }
        normalizeJumps();
        assembleJumpOffsets();

        ByteArrayOutputStream code = new ByteArrayOutputStream();
        for (Block b = entry; b != null; b = b.next) {
            for (int j = 0; j < b.iused; j++) {
                writeInstr(code, b.instr[j]);
            }
        }
        LocationWriter lw = new LocationWriter(u.firstlineno);
        for (Block b = entry; b != null; b = b.next) {
            for (int j = 0; j < b.iused; j++) {
                lw.emit(b.instr[j]);
            }
        }
        byte[] exceptTable = assembleExceptionTable();
        return makecode(consts, maxdepth, nlocalsplus, flags, code.toByteArray(), lw.out.toByteArray(), exceptTable,
                filename);
    }

    private void addop(int opcode, int oparg) {
        if (u.needNewImplicitBlock) {
            Block b = u.newBlock();
            u.curblock.next = b;
            u.curblock = b;
            u.needNewImplicitBlock = false;
        }
        Instr i = new Instr(opcode, oparg, u.lineno, u.endLineno, u.colOffset, u.endColOffset);
        u.curblock.add(i);
        if (opcode == RETURN_VALUE) {
            u.curblock.ret = true;
        }
        if (isEndOfBasicBlock(i)) {
            u.needNewImplicitBlock = true;
        }
    }

    // ------------------------------------------------------------------ stack depth

    private int stackdepth(boolean genOrCoro) {
        Block entryblock = null;
        int n = 0;
        for (Block b = u.blocks; b != null; b = b.list) {
            b.startdepth = Integer.MIN_VALUE;
            entryblock = b;
            n++;
        }
        Block[] stack = new Block[n];
        int[] sp = {0};
        int maxdepth = 0;
        stackdepthPush(stack, sp, entryblock, genOrCoro ? 1 : 0);
        while (sp[0] != 0) {
            Block b = stack[--sp[0]];
            int depth = b.startdepth;
            Block next = b.next;
            for (int i = 0; i < b.iused; i++) {
                Instr instr = b.instr[i];
                int effect = stackEffect(instr.opcode, instr.oparg, 0);
                int newDepth = depth + effect;
                if (newDepth > maxdepth) {
                    maxdepth = newDepth;
                }
                if (instr.isJump() || instr.isBlockPush()) {
                    effect = stackEffect(instr.opcode, instr.oparg, 1);
                    int targetDepth = depth + effect;
                    if (targetDepth > maxdepth) {
                        maxdepth = targetDepth;
                    }
                    stackdepthPush(stack, sp, instr.target, targetDepth);
                }
                depth = newDepth;
                int op = instr.opcode;
                if (op == JUMP_NO_INTERRUPT || op == JUMP || op == RETURN_VALUE || op == RAISE_VARARGS
                        || op == RERAISE) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                stackdepthPush(stack, sp, next, depth);
            }
        }
        return maxdepth;
    }

    private static void stackdepthPush(Block[] stack, int[] sp, Block b, int depth) {
        if (b.startdepth < depth && b.startdepth < 100) {
            b.startdepth = depth;
            stack[sp[0]++] = b;
        }
    }

    // ------------------------------------------------------------------ exception table

    private void labelExceptionTargets() {
        int n = 0;
        for (Block b = entry; b != null; b = b.next) {
            b.visited = false;
            n++;
        }
        Block[] todo = new Block[n + 1];
        int top = 0;
        Block[] exceptStack = new Block[CO_MAXBLOCKS + 2];
        entry.visited = true;
        entry.exceptStack = exceptStack;
        entry.exceptDepth = 0;
        todo[top++] = entry;
        while (top > 0) {
            Block b = todo[--top];
            Block[] stack = b.exceptStack;
            int depth = b.exceptDepth;
            b.exceptStack = null;
            Block handler = stack[depth];
            for (int i = 0; i < b.iused; i++) {
                Instr instr = b.instr[i];
                if (instr.isBlockPush()) {
                    if (!instr.target.visited) {
                        instr.target.exceptStack = stack.clone();
                        instr.target.exceptDepth = depth;
                        instr.target.visited = true;
                        todo[top++] = instr.target;
                    }
                    // push_except_block
                    Block target = instr.target;
                    if (instr.opcode == SETUP_WITH || instr.opcode == SETUP_CLEANUP) {
                        target.preserveLasti = true;
                    }
                    if (depth + 1 >= stack.length) {
                        stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    stack[++depth] = target;
                    handler = target;
                } else if (instr.opcode == POP_BLOCK) {
                    handler = stack[--depth];
                } else if (instr.isJump()) {
                    instr.except = handler;
                    if (!instr.target.visited) {
                        if (!b.nofallthrough) {
                            instr.target.exceptStack = stack.clone();
                        } else {
                            instr.target.exceptStack = stack;
                            stack = null;
                        }
                        instr.target.exceptDepth = depth;
                        instr.target.visited = true;
                        todo[top++] = instr.target;
                    }
                } else {
                    instr.except = handler;
                }
            }
            if (!b.nofallthrough && !b.next.visited) {
                b.next.exceptStack = stack;
                b.next.exceptDepth = depth;
                b.next.visited = true;
                todo[top++] = b.next;
            }
        }
    }

    private void convertExceptionHandlersToNops() {
        for (Block b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                Instr instr = b.instr[i];
                if (instr.isBlockPush() || instr.opcode == POP_BLOCK) {
                    instr.opcode = NOP;
                }
            }
        }
    }

    private static void writeExceptItem(ByteArrayOutputStream out, int value, int msb) {
        if (value >= 1 << 24) {
            out.write((value >> 24) | 64 | msb);
            msb = 0;
        }
        if (value >= 1 << 18) {
            out.write(((value >> 18) & 0x3f) | 64 | msb);
            msb = 0;
        }
        if (value >= 1 << 12) {
            out.write(((value >> 12) & 0x3f) | 64 | msb);
            msb = 0;
        }
        if (value >= 1 << 6) {
            out.write(((value >> 6) & 0x3f) | 64 | msb);
            msb = 0;
        }
        out.write((value & 0x3f) | msb);
    }

    private static void writeExceptEntry(ByteArrayOutputStream out, int start, int end, Block handler) {
        int size = end - start;
        int target = handler.offset;
        int depth = handler.startdepth - 1;
        if (handler.preserveLasti) {
            depth -= 1;
        }
        int depthLasti = (depth << 1) | (handler.preserveLasti ? 1 : 0);
        writeExceptItem(out, start, 1 << 7);
        writeExceptItem(out, size, 0);
        writeExceptItem(out, target, 0);
        writeExceptItem(out, depthLasti, 0);
    }

    // CPython 3.11: compile.c assemble_exception_table
    private byte[] assembleExceptionTable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int ioffset = 0;
        Block handler = null;
        int start = -1;
        for (Block b = entry; b != null; b = b.next) {
            ioffset = b.offset;
            for (int i = 0; i < b.iused; i++) {
                Instr instr = b.instr[i];
                if (instr.except != handler) {
                    if (handler != null) {
                        writeExceptEntry(out, start, ioffset, handler);
                    }
                    start = ioffset;
                    handler = instr.except;
                }
                ioffset += instr.size();
            }
        }
        if (handler != null) {
            writeExceptEntry(out, start, ioffset, handler);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ location table

    /** CPython 3.11: compile.c write_location_info_entry and friends (Objects/locations.md). */
    static final class LocationWriter {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lineno;

        LocationWriter(int firstlineno) {
            this.lineno = firstlineno;
        }

        void emit(Instr i) {
            int isize = i.size();
            while (isize > 8) {
                entry(i, 8);
                isize -= 8;
            }
            entry(i, isize);
        }

        private void first(int code, int length) {
            out.write(0x80 | (code << 3) | (length - 1));
        }

        private void varint(int val) {
            while (Integer.compareUnsigned(val, 64) >= 0) {
                out.write(64 | (val & 63));
                val >>>= 6;
            }
            out.write(val);
        }

        private void signedVarint(int val) {
            if (val < 0) {
                val = ((-val) << 1) | 1;
            } else {
                val = val << 1;
            }
            varint(val);
        }

        private void entry(Instr i, int isize) {
            if (i.lineno < 0) {
                first(15, isize);
                return;
            }
            int lineDelta = i.lineno - lineno;
            int column = i.colOffset;
            int endColumn = i.endColOffset;
            if (column < 0 || endColumn < 0) {
                if (i.endLineno == i.lineno || i.endLineno == -1) {
                    first(13, isize);
                    signedVarint(lineDelta);
                    lineno = i.lineno;
                    return;
                }
            } else if (i.endLineno == i.lineno) {
                if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
                    first(column >> 3, isize);
                    out.write(((column & 7) << 4) | (endColumn - column));
                    return;
                }
                if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
                    first(10 + lineDelta, isize);
                    out.write(column);
                    out.write(endColumn);
                    lineno = i.lineno;
                    return;
                }
            }
            first(14, isize);
            signedVarint(i.lineno - lineno);
            varint(i.endLineno - i.lineno);
            varint(i.colOffset + 1);
            varint(i.endColOffset + 1);
            lineno = i.lineno;
        }
    }

    // ------------------------------------------------------------------ jumps and emission

    private static void writeInstr(ByteArrayOutputStream out, Instr instruction) {
        int opcode = instruction.opcode;
        int oparg = Opcodes.hasArg(opcode) ? instruction.oparg : 0;
        int caches = Opcodes.caches(opcode);
        int ilen = instruction.size();
        switch (ilen - caches) {
            case 4:
                out.write(EXTENDED_ARG);
                out.write((oparg >> 24) & 0xFF);
                // fall through
            case 3:
                out.write(EXTENDED_ARG);
                out.write((oparg >> 16) & 0xFF);
                // fall through
            case 2:
                out.write(EXTENDED_ARG);
                out.write((oparg >> 8) & 0xFF);
                // fall through
            case 1:
                out.write(opcode);
                out.write(oparg & 0xFF);
                break;
            default:
                throw new IllegalStateException("bad instruction size");
        }
        for (int k = 0; k < caches; k++) {
            out.write(CACHE);
            out.write(0);
        }
    }

    private void normalizeJumps() {
        for (Block b = entry; b != null; b = b.next) {
            b.visited = false;
        }
        for (Block b = entry; b != null; b = b.next) {
            b.visited = true;
            if (b.iused == 0) {
                continue;
            }
            Instr last = b.instr[b.iused - 1];
            if (last.isJump()) {
                boolean fwd = !last.target.visited;
                switch (last.opcode) {
                    case JUMP:
                        last.opcode = fwd ? JUMP_FORWARD : JUMP_BACKWARD;
                        break;
                    case JUMP_NO_INTERRUPT:
                        last.opcode = fwd ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
                        break;
                    case POP_JUMP_IF_NOT_NONE:
                        last.opcode = fwd ? POP_JUMP_FORWARD_IF_NOT_NONE : POP_JUMP_BACKWARD_IF_NOT_NONE;
                        break;
                    case POP_JUMP_IF_NONE:
                        last.opcode = fwd ? POP_JUMP_FORWARD_IF_NONE : POP_JUMP_BACKWARD_IF_NONE;
                        break;
                    case POP_JUMP_IF_FALSE:
                        last.opcode = fwd ? POP_JUMP_FORWARD_IF_FALSE : POP_JUMP_BACKWARD_IF_FALSE;
                        break;
                    case POP_JUMP_IF_TRUE:
                        last.opcode = fwd ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_BACKWARD_IF_TRUE;
                        break;
                    default:
                        break;
                }
            }
        }
    }

    private static int blocksize(Block b) {
        int size = 0;
        for (int i = 0; i < b.iused; i++) {
            size += b.instr[i].size();
        }
        return size;
    }

    // CPython 3.11: compile.c assemble_jump_offsets
    private void assembleJumpOffsets() {
        boolean recompile;
        do {
            int totsize = 0;
            for (Block b = entry; b != null; b = b.next) {
                int bsize = blocksize(b);
                b.offset = totsize;
                totsize += bsize;
            }
            recompile = false;
            for (Block b = u.blocks; b != null; b = b.list) {
                int bsize = b.offset;
                for (int i = 0; i < b.iused; i++) {
                    Instr instr = b.instr[i];
                    int isize = instr.size();
                    bsize += isize;
                    if (instr.isJump()) {
                        instr.oparg = instr.target.offset;
                        if (instr.oparg < bsize) {
                            instr.oparg = bsize - instr.oparg;
                        } else {
                            instr.oparg -= bsize;
                        }
                        if (instr.size() != isize) {
                            recompile = true;
                        }
                    }
                }
            }
        } while (recompile);
    }

    // ------------------------------------------------------------------ cells and prefix

    private int[] buildCellFixedOffsets() {
        int nlocals = u.varnames.size();
        int noffsets = u.cellvars.size() + u.freevars.size();
        int[] fixed = new int[noffsets];
        for (int i = 0; i < noffsets; i++) {
            fixed[i] = nlocals + i;
        }
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            Integer varindex = u.varnames.get(e.getKey());
            if (varindex != null) {
                fixed[e.getValue()] = varindex;
            }
        }
        return fixed;
    }

    private static void insertInstruction(Block block, int pos, Instr instr) {
        block.nextInstr();
        for (int i = block.iused - 1; i > pos; i--) {
            block.instr[i] = block.instr[i - 1];
        }
        block.instr[pos] = instr;
    }

    // CPython 3.11: compile.c insert_prefix_instructions
    private void insertPrefixInstructions(int flags, int[] fixed, int nfreevars) {
        if ((flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0) {
            insertInstruction(entry, 0, new Instr(RETURN_GENERATOR, 0, u.firstlineno, u.firstlineno, -1, -1));
            insertInstruction(entry, 1, new Instr(POP_TOP, 0, -1, -1, -1, -1));
        }
        int ncellvars = u.cellvars.size();
        if (ncellvars > 0) {
            int nvars = ncellvars + u.varnames.size();
            int[] sorted = new int[nvars];
            for (int i = 0; i < ncellvars; i++) {
                sorted[fixed[i]] = i + 1;
            }
            for (int i = 0, ncellsused = 0; ncellsused < ncellvars; i++) {
                int oldindex = sorted[i] - 1;
                if (oldindex == -1) {
                    continue;
                }
                insertInstruction(entry, ncellsused, new Instr(MAKE_CELL, oldindex, -1, -1, -1, -1));
                ncellsused++;
            }
        }
        if (nfreevars > 0) {
            insertInstruction(entry, 0, new Instr(COPY_FREE_VARS, nfreevars, -1, -1, -1, -1));
        }
    }

    private void guaranteeLinenoForExits(int firstlineno) {
        int lineno = firstlineno;
        for (Block b = entry; b != null; b = b.next) {
            if (b.iused == 0) {
                continue;
            }
            Instr last = b.instr[b.iused - 1];
            if (last.lineno < 0) {
                if (last.opcode == RETURN_VALUE) {
                    for (int i = 0; i < b.iused; i++) {
                        b.instr[i].lineno = lineno;
                    }
                }
            } else {
                lineno = last.lineno;
            }
        }
    }

    private int fixCellOffsets(int[] fixedmap) {
        int nlocals = u.varnames.size();
        int noffsets = u.cellvars.size() + u.freevars.size();
        int numdropped = 0;
        for (int i = 0; i < noffsets; i++) {
            if (fixedmap[i] == i + nlocals) {
                fixedmap[i] -= numdropped;
            } else {
                numdropped += 1;
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                Instr inst = b.instr[i];
                switch (inst.opcode) {
                    case MAKE_CELL: case LOAD_CLOSURE: case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF:
                    case LOAD_CLASSDEREF:
                        inst.oparg = fixedmap[inst.oparg];
                        break;
                    default:
                        break;
                }
            }
        }
        return numdropped;
    }

    // ------------------------------------------------------------------ optimizer

    static boolean isTrue(PyObject o) {
        if (o == PyNone.NONE) {
            return false;
        }
        if (o instanceof PyInt i) {
            return i.big != null || i.value != 0;
        }
        if (o instanceof PyFloat f) {
            return f.value != 0.0;
        }
        if (o instanceof PyComplex c) {
            return c.real != 0.0 || c.imag != 0.0;
        }
        if (o instanceof PyStr s) {
            return !s.value.isEmpty();
        }
        if (o instanceof PyBytes b) {
            return b.value.length != 0;
        }
        if (o instanceof PyTuple t) {
            return t.size() != 0;
        }
        if (o instanceof PyFrozenSet s) {
            return s.size() != 0;
        }
        return true;
    }

    // CPython 3.11: compile.c fold_tuple_on_constants
    private void foldTupleOnConstants(Block bb, int start, int n, List<PyObject> consts) {
        for (int i = 0; i < n; i++) {
            if (bb.instr[start + i].opcode != LOAD_CONST) {
                return;
            }
        }
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = consts.get(bb.instr[start + i].oparg);
        }
        PyTuple newconst = new PyTuple(items);
        Object key = ConstKey.of(newconst);
        u.constCache.putIfAbsent(key, newconst);
        int index;
        for (index = 0; index < consts.size(); index++) {
            PyObject c = consts.get(index);
            if (c instanceof PyTuple && ConstKey.of(c).equals(key)) {
                break;
            }
        }
        if (index == consts.size()) {
            consts.add(newconst);
        }
        for (int i = 0; i < n; i++) {
            bb.instr[start + i].opcode = NOP;
        }
        bb.instr[start + n].opcode = LOAD_CONST;
        bb.instr[start + n].oparg = index;
    }

    // CPython 3.11: compile.c swaptimize
    private static int swaptimize(Block block, int ix) {
        Instr[] ins = block.instr;
        int depth = ins[ix].oparg;
        int len = 0;
        boolean more = false;
        int limit = block.iused - ix;
        while (++len < limit) {
            int opcode = ins[ix + len].opcode;
            if (opcode == SWAP) {
                depth = Math.max(depth, ins[ix + len].oparg);
                more = true;
            } else if (opcode != NOP) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            if (ins[ix + i].opcode == SWAP) {
                int oparg = ins[ix + i].oparg;
                int top = stack[0];
                stack[0] = stack[oparg - 1];
                stack[oparg - 1] = top;
            }
        }
        final int visited = -1;
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visited || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    ins[ix + current].opcode = SWAP;
                    ins[ix + current].oparg = j + 1;
                    current--;
                }
                if (stack[j] == visited) {
                    break;
                }
                int nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (0 <= current) {
            ins[ix + current].opcode = NOP;
            current--;
        }
        return ix + len - 1;
    }

    private static boolean swappable(int opcode) {
        return opcode == STORE_FAST || opcode == POP_TOP;
    }

    private static int storesTo(Instr i) {
        return i.opcode == STORE_FAST ? i.oparg : -1;
    }

    private static int nextSwappableInstruction(Block block, int i, int lineno) {
        while (++i < block.iused) {
            Instr instruction = block.instr[i];
            if (0 <= lineno && instruction.lineno != lineno) {
                return -1;
            }
            if (instruction.opcode == NOP) {
                continue;
            }
            if (swappable(instruction.opcode)) {
                return i;
            }
            return -1;
        }
        return -1;
    }

    // CPython 3.11: compile.c apply_static_swaps
    private static void applyStaticSwaps(Block block, int i) {
        for (; 0 <= i; i--) {
            Instr swap = block.instr[i];
            if (swap.opcode != SWAP) {
                if (swap.opcode == NOP || swappable(swap.opcode)) {
                    continue;
                }
                return;
            }
            int j = nextSwappableInstruction(block, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = block.instr[j].lineno;
            for (int count = swap.oparg - 1; 0 < count; count--) {
                k = nextSwappableInstruction(block, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            int storeJ = storesTo(block.instr[j]);
            int storeK = storesTo(block.instr[k]);
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int storeIdx = storesTo(block.instr[idx]);
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) {
                        return;
                    }
                }
            }
            swap.opcode = NOP;
            Instr temp = block.instr[j];
            block.instr[j] = block.instr[k];
            block.instr[k] = temp;
        }
    }

    private static boolean jumpThread(Instr inst, Instr target, int opcode) {
        if (inst.lineno == target.lineno && inst.target != target.target) {
            inst.target = target.target;
            inst.opcode = opcode;
            return true;
        }
        return false;
    }

    private static final Instr NOP_INSTR = new Instr(NOP, 0, -1, -1, -1, -1);

    // CPython 3.11: compile.c optimize_basic_block
    private void optimizeBasicBlock(Block bb, List<PyObject> consts) {
        for (int i = 0; i < bb.iused; i++) {
            Instr inst = bb.instr[i];
            int oparg = inst.oparg;
            int nextop = i + 1 < bb.iused ? bb.instr[i + 1].opcode : 0;
            Instr target;
            if (inst.isJump() || inst.isBlockPush()) {
                while (inst.target.iused == 0) {
                    inst.target = inst.target.next;
                }
                target = inst.target.instr[0];
            } else {
                target = NOP_INSTR;
            }
            switch (inst.opcode) {
                case LOAD_CONST: {
                    switch (nextop) {
                        case POP_JUMP_IF_FALSE:
                        case POP_JUMP_IF_TRUE: {
                            boolean isTrue = isTrue(consts.get(oparg));
                            inst.opcode = NOP;
                            boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
                            if (isTrue == jumpIfTrue) {
                                bb.instr[i + 1].opcode = JUMP;
                                bb.nofallthrough = true;
                            } else {
                                bb.instr[i + 1].opcode = NOP;
                            }
                            break;
                        }
                        case JUMP_IF_FALSE_OR_POP:
                        case JUMP_IF_TRUE_OR_POP: {
                            boolean isTrue = isTrue(consts.get(oparg));
                            boolean jumpIfTrue = nextop == JUMP_IF_TRUE_OR_POP;
                            if (isTrue == jumpIfTrue) {
                                bb.instr[i + 1].opcode = JUMP;
                                bb.nofallthrough = true;
                            } else {
                                inst.opcode = NOP;
                                bb.instr[i + 1].opcode = NOP;
                            }
                            break;
                        }
                        case IS_OP: {
                            PyObject cnt = consts.get(oparg);
                            int jumpOp = i + 2 < bb.iused ? bb.instr[i + 2].opcode : 0;
                            if (cnt == PyNone.NONE && (jumpOp == POP_JUMP_IF_FALSE || jumpOp == POP_JUMP_IF_TRUE)) {
                                int nextarg = bb.instr[i + 1].oparg & 0xFF;
                                inst.opcode = NOP;
                                bb.instr[i + 1].opcode = NOP;
                                bb.instr[i + 2].opcode = (nextarg ^ (jumpOp == POP_JUMP_IF_FALSE ? 1 : 0)) != 0
                                        ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                            }
                            break;
                        }
                        default:
                            break;
                    }
                    break;
                }
                case BUILD_TUPLE:
                    if (nextop == UNPACK_SEQUENCE && oparg == bb.instr[i + 1].oparg) {
                        boolean handled = true;
                        switch (oparg) {
                            case 1:
                                inst.opcode = NOP;
                                bb.instr[i + 1].opcode = NOP;
                                break;
                            case 2:
                            case 3:
                                inst.opcode = NOP;
                                bb.instr[i + 1].opcode = SWAP;
                                break;
                            default:
                                handled = false;
                        }
                        if (handled) {
                            continue;
                        }
                    }
                    if (i >= oparg) {
                        foldTupleOnConstants(bb, i - oparg, oparg, consts);
                    }
                    break;
                case JUMP_IF_FALSE_OR_POP:
                    switch (target.opcode) {
                        case POP_JUMP_IF_FALSE:
                            i -= jumpThread(inst, target, POP_JUMP_IF_FALSE) ? 1 : 0;
                            break;
                        case JUMP:
                        case JUMP_IF_FALSE_OR_POP:
                            i -= jumpThread(inst, target, JUMP_IF_FALSE_OR_POP) ? 1 : 0;
                            break;
                        case JUMP_IF_TRUE_OR_POP:
                        case POP_JUMP_IF_TRUE:
                            if (inst.lineno == target.lineno) {
                                inst.opcode = POP_JUMP_IF_FALSE;
                                inst.target = inst.target.next;
                                --i;
                            }
                            break;
                        default:
                            break;
                    }
                    break;
                case JUMP_IF_TRUE_OR_POP:
                    switch (target.opcode) {
                        case POP_JUMP_IF_TRUE:
                            i -= jumpThread(inst, target, POP_JUMP_IF_TRUE) ? 1 : 0;
                            break;
                        case JUMP:
                        case JUMP_IF_TRUE_OR_POP:
                            i -= jumpThread(inst, target, JUMP_IF_TRUE_OR_POP) ? 1 : 0;
                            break;
                        case JUMP_IF_FALSE_OR_POP:
                        case POP_JUMP_IF_FALSE:
                            if (inst.lineno == target.lineno) {
                                inst.opcode = POP_JUMP_IF_TRUE;
                                inst.target = inst.target.next;
                                --i;
                            }
                            break;
                        default:
                            break;
                    }
                    break;
                case POP_JUMP_IF_NOT_NONE:
                case POP_JUMP_IF_NONE:
                    if (target.opcode == JUMP) {
                        i -= jumpThread(inst, target, inst.opcode) ? 1 : 0;
                    }
                    break;
                case POP_JUMP_IF_FALSE:
                    if (target.opcode == JUMP) {
                        i -= jumpThread(inst, target, POP_JUMP_IF_FALSE) ? 1 : 0;
                    }
                    break;
                case POP_JUMP_IF_TRUE:
                    if (target.opcode == JUMP) {
                        i -= jumpThread(inst, target, POP_JUMP_IF_TRUE) ? 1 : 0;
                    }
                    break;
                case JUMP:
                    if (target.opcode == JUMP) {
                        i -= jumpThread(inst, target, JUMP) ? 1 : 0;
                    }
                    break;
                case SWAP:
                    if (oparg == 1) {
                        inst.opcode = NOP;
                        break;
                    }
                    i = swaptimize(bb, i);
                    applyStaticSwaps(bb, i);
                    break;
                case PUSH_NULL:
                    // CPython 3.11 tests the next *opcode*'s low bit here (LOAD_GLOBAL is even).
                    if (nextop == LOAD_GLOBAL && (bb.instr[i + 1].opcode & 1) == 0) {
                        inst.opcode = NOP;
                        inst.oparg = 0;
                        bb.instr[i + 1].oparg |= 1;
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private static boolean hasLineno(Block bb) {
        for (int i = 0; i < bb.iused; i++) {
            if (bb.instr[i].lineno > 0) {
                return true;
            }
        }
        return false;
    }

    // CPython 3.11: compile.c extend_block
    private static void extendBlock(Block bb) {
        if (bb.iused == 0) {
            return;
        }
        Instr last = bb.instr[bb.iused - 1];
        if (last.opcode != JUMP && last.opcode != JUMP_FORWARD && last.opcode != JUMP_BACKWARD) {
            return;
        }
        if (last.target.exit && last.target.iused <= MAX_COPY_SIZE) {
            Block toCopy = last.target;
            if (hasLineno(toCopy)) {
                return;
            }
            last.opcode = NOP;
            for (int i = 0; i < toCopy.iused; i++) {
                bb.add(toCopy.instr[i].copy());
            }
            bb.exit = true;
        }
    }

    // CPython 3.11: compile.c clean_basic_block
    private static void cleanBasicBlock(Block bb) {
        int dest = 0;
        int prevLineno = -1;
        for (int src = 0; src < bb.iused; src++) {
            int lineno = bb.instr[src].lineno;
            if (bb.instr[src].opcode == NOP) {
                if (lineno < 0) {
                    continue;
                }
                if (prevLineno == lineno) {
                    continue;
                }
                if (src < bb.iused - 1) {
                    int nextLineno = bb.instr[src + 1].lineno;
                    if (nextLineno == lineno) {
                        continue;
                    }
                    if (nextLineno < 0) {
                        bb.instr[src].copyLocTo(bb.instr[src + 1]);
                        continue;
                    }
                } else {
                    Block next = bb.next;
                    while (next != null && next.iused == 0) {
                        next = next.next;
                    }
                    if (next != null) {
                        if (lineno == next.instr[0].lineno) {
                            continue;
                        }
                    }
                }
            }
            if (dest != src) {
                bb.instr[dest] = bb.instr[src];
            }
            dest++;
            prevLineno = lineno;
        }
        bb.iused = dest;
    }

    // CPython 3.11: compile.c normalize_basic_block
    private static void normalizeBasicBlock(Block bb) {
        for (int i = 0; i < bb.iused; i++) {
            switch (bb.instr[i].opcode) {
                case RETURN_VALUE:
                case RAISE_VARARGS:
                case RERAISE:
                    bb.exit = true;
                    bb.nofallthrough = true;
                    break;
                case JUMP:
                case JUMP_NO_INTERRUPT:
                    bb.nofallthrough = true;
                    // fall through
                case POP_JUMP_IF_NOT_NONE:
                case POP_JUMP_IF_NONE:
                case POP_JUMP_IF_FALSE:
                case POP_JUMP_IF_TRUE:
                case JUMP_IF_FALSE_OR_POP:
                case JUMP_IF_TRUE_OR_POP:
                case FOR_ITER:
                    if (i != bb.iused - 1) {
                        throw new IllegalStateException("malformed control flow graph.");
                    }
                    while (bb.instr[i].target.iused == 0) {
                        bb.instr[i].target = bb.instr[i].target.next;
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private void markReachable() {
        Block[] stack = new Block[nblocks + 1];
        int sp = 0;
        entry.predecessors = 1;
        stack[sp++] = entry;
        while (sp > 0) {
            Block b = stack[--sp];
            if (b.next != null && !b.nofallthrough) {
                if (b.next.predecessors == 0) {
                    stack = ensure(stack, sp);
                    stack[sp++] = b.next;
                }
                b.next.predecessors++;
            }
            for (int i = 0; i < b.iused; i++) {
                Instr instr = b.instr[i];
                if (instr.isJump() || instr.isBlockPush()) {
                    Block target = instr.target;
                    if (target.predecessors == 0) {
                        stack = ensure(stack, sp);
                        stack[sp++] = target;
                    }
                    target.predecessors++;
                }
            }
        }
    }

    private static Block[] ensure(Block[] stack, int sp) {
        return sp < stack.length ? stack : Arrays.copyOf(stack, stack.length * 2 + 1);
    }

    private static void eliminateEmptyBasicBlocks(Block entry) {
        for (Block b = entry; b != null; b = b.next) {
            Block next = b.next;
            if (next != null) {
                while (next.iused == 0 && next.next != null) {
                    next = next.next;
                }
                b.next = next;
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            if (b.iused == 0) {
                continue;
            }
            Instr last = b.instr[b.iused - 1];
            if (last.isJump()) {
                Block target = last.target;
                while (target.iused == 0) {
                    target = target.next;
                }
                last.target = target;
            }
        }
    }

    // CPython 3.11: compile.c propagate_line_numbers
    private void propagateLineNumbers() {
        for (Block b = entry; b != null; b = b.next) {
            if (b.iused == 0) {
                continue;
            }
            Instr prev = new Instr(NOP, 0, -1, -1, -1, -1);
            for (int i = 0; i < b.iused; i++) {
                if (b.instr[i].lineno < 0) {
                    prev.copyLocTo(b.instr[i]);
                } else {
                    b.instr[i].copyLocTo(prev);
                }
            }
            if (!b.nofallthrough && b.next.predecessors == 1) {
                if (b.next.instr[0].lineno < 0) {
                    prev.copyLocTo(b.next.instr[0]);
                }
            }
            if (b.instr[b.iused - 1].isJump()) {
                Block target = b.instr[b.iused - 1].target;
                if (target.predecessors == 1) {
                    if (target.instr[0].lineno < 0) {
                        prev.copyLocTo(target.instr[0]);
                    }
                }
            }
        }
    }

    // CPython 3.11: compile.c optimize_cfg
    private void optimizeCfg(List<PyObject> consts) {
        for (Block b = entry; b != null; b = b.next) {
            optimizeBasicBlock(b, consts);
            cleanBasicBlock(b);
        }
        for (Block b = u.blocks; b != null; b = b.list) {
            extendBlock(b);
        }
        markReachable();
        for (Block b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.iused = 0;
                b.nofallthrough = false;
            }
        }
        eliminateEmptyBasicBlocks(entry);
        for (Block b = entry; b != null; b = b.next) {
            cleanBasicBlock(b);
        }
        boolean maybeEmptyBlocks = false;
        for (Block b = entry; b != null; b = b.next) {
            if (b.iused > 0) {
                Instr last = b.instr[b.iused - 1];
                if (last.opcode == JUMP || last.opcode == JUMP_NO_INTERRUPT) {
                    if (last.target == b.next) {
                        b.nofallthrough = false;
                        last.opcode = NOP;
                        maybeEmptyBlocks = true;
                    }
                }
            }
        }
        if (maybeEmptyBlocks) {
            eliminateEmptyBasicBlocks(entry);
        }
    }

    private void trimUnusedConsts(List<PyObject> consts) {
        int maxConstIndex = 0;
        for (Block b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                Instr in = b.instr[i];
                if ((in.opcode == LOAD_CONST || in.opcode == KW_NAMES) && in.oparg > maxConstIndex) {
                    maxConstIndex = in.oparg;
                }
            }
        }
        while (consts.size() > maxConstIndex + 1) {
            consts.remove(consts.size() - 1);
        }
    }

    private static boolean isExitWithoutLineno(Block b) {
        if (!b.exit) {
            return false;
        }
        for (int i = 0; i < b.iused; i++) {
            if (b.instr[i].lineno >= 0) {
                return false;
            }
        }
        return true;
    }

    // CPython 3.11: compile.c duplicate_exits_without_lineno
    private void duplicateExitsWithoutLineno() {
        for (Block b = u.blocks; b != null; b = b.list) {
            if (b.iused > 0 && b.instr[b.iused - 1].isJump()) {
                Block target = b.instr[b.iused - 1].target;
                if (isExitWithoutLineno(target) && target.predecessors > 1) {
                    Block newTarget = copyBlock(target);
                    b.instr[b.iused - 1].copyLocTo(newTarget.instr[0]);
                    b.instr[b.iused - 1].target = newTarget;
                    target.predecessors--;
                    newTarget.predecessors = 1;
                    newTarget.next = target.next;
                    target.next = newTarget;
                }
            }
        }
        for (Block b = u.blocks; b != null; b = b.list) {
            while (b.next != null && b.next.iused == 0) {
                b.next = b.next.next;
            }
        }
        for (Block b = u.blocks; b != null; b = b.list) {
            if (!b.nofallthrough && b.next != null && b.iused > 0) {
                if (isExitWithoutLineno(b.next)) {
                    b.instr[b.iused - 1].copyLocTo(b.next.instr[0]);
                }
            }
        }
    }

    private Block copyBlock(Block block) {
        Block result = u.newBlock();
        for (int i = 0; i < block.iused; i++) {
            result.add(block.instr[i].copy());
        }
        result.exit = block.exit;
        result.nofallthrough = true;
        return result;
    }

    // ------------------------------------------------------------------ code object

    private CodeObject makecode(List<PyObject> consts, int maxdepth, int nlocalsplus, int flags, byte[] code,
            byte[] linetable, byte[] exceptTable, String filename) {
        PyObject[] names = new PyObject[u.names.size()];
        for (Map.Entry<String, Integer> e : u.names.entrySet()) {
            names[e.getValue()] = new PyStr(e.getKey());
        }
        PyObject[] lpNames = new PyObject[nlocalsplus];
        byte[] kinds = new byte[nlocalsplus];
        for (Map.Entry<String, Integer> e : u.varnames.entrySet()) {
            int kind = CodeObject.CO_FAST_LOCAL;
            if (u.cellvars.containsKey(e.getKey())) {
                kind |= CodeObject.CO_FAST_CELL;
            }
            lpNames[e.getValue()] = new PyStr(e.getKey());
            kinds[e.getValue()] = (byte) kind;
        }
        int nlocals = u.varnames.size();
        int numdropped = 0;
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            if (u.varnames.containsKey(e.getKey())) {
                numdropped++;
                continue;
            }
            int offset = e.getValue() + nlocals - numdropped;
            lpNames[offset] = new PyStr(e.getKey());
            kinds[offset] = (byte) CodeObject.CO_FAST_CELL;
        }
        for (Map.Entry<String, Integer> e : u.freevars.entrySet()) {
            int offset = e.getValue() + nlocals - numdropped;
            lpNames[offset] = new PyStr(e.getKey());
            kinds[offset] = (byte) CodeObject.CO_FAST_FREE;
        }
        String qualname = u.qualname != null ? u.qualname : u.name;
        return new CodeObject(u.posonlyargcount + u.argcount, u.posonlyargcount, u.kwonlyargcount, maxdepth, flags,
                code, new PyTuple(consts.toArray(new PyObject[0])), new PyTuple(names), new PyTuple(lpNames), kinds,
                new PyStr(filename), new PyStr(u.name), new PyStr(qualname), u.firstlineno, linetable, exceptTable);
    }

}
