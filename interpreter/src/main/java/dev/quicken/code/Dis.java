package dev.quicken.code;

import dev.quicken.opcode.Family;
import dev.quicken.opcode.Op;
import dev.quicken.opcode.Opcode;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.Repr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The disassembler: the text {@code dis.dis(code)} prints in CPython 3.11.7, and the
 * {@code Instruction}s behind it.
 *
 * <p>Normal mode reads Python's {@code co_code} ({@link CodeObject#deoptimizedCode()}). Adaptive mode
 * ({@code dis(..., adaptive=True)}) reads a quickened copy: a {@code char[]} of code units in
 * CPython's {@code _co_code_adaptive} layout (unit = opcode | oparg << 8, caches in host order),
 * supplied per code object by {@link Options#adaptiveCode}.
 */
public final class Dis {

    // CPython 3.11: Lib/dis.py _OPNAME_WIDTH, _OPARG_WIDTH
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final long INT_OVERFLOW = 1L << 31;
    private static final String[] FORMAT_VALUE_CONVERTERS = {"", "str", "repr", "ascii"};
    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};

    private Dis() {
    }

    /** What to show. */
    public static final class Options {
        /** {@code show_caches=True}. */
        public boolean showCaches;
        /** {@code adaptive=True}: read {@link #adaptiveCode} instead of {@code co_code}. */
        public boolean adaptive;
        /**
         * The quickened units of a code object in adaptive mode, or null when it has none yet (the
         * code as constructed is shown then, as CPython shows {@code _co_code_adaptive} before
         * quickening).
         */
        public Function<CodeObject, char[]> adaptiveCode = co -> null;
        /** How constants are shown (CPython's {@code repr}); replaceable for tests and tools. */
        public Function<PyObject, String> constRepr = Dis::constRepr;
        /** {@code depth}: how deep to recurse into nested code objects; negative = no limit. */
        public int depth = -1;

        public Options showCaches(boolean b) {
            showCaches = b;
            return this;
        }

        public Options adaptive(Function<CodeObject, char[]> code) {
            adaptive = true;
            adaptiveCode = code;
            return this;
        }
    }

    /** A disassembly that cannot be completed (an index out of range in corrupt code), as Python raises. */
    public static final class DisError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DisError(String message) {
            super(message);
        }
    }

    /**
     * One instruction ({@code dis.Instruction}). {@code arg} is null when the instruction takes none;
     * {@code argval} is a PyObject (constants), String (names, comparisons), Integer (jump targets,
     * other args) or null.
     */
    public record Instruction(String opname, int opcode, Long arg, Object argval, String argrepr, int offset,
            Integer startsLine, boolean isJumpTarget, LineTable.Position positions) {

        // CPython 3.11: Lib/dis.py Instruction._disassemble
        String disassemble(int linenoWidth, boolean markAsCurrent, int offsetWidth) {
            List<String> fields = new ArrayList<>();
            if (linenoWidth > 0) {
                fields.add(startsLine != null ? rjust(Integer.toString(startsLine), linenoWidth) : " ".repeat(linenoWidth));
            }
            fields.add(markAsCurrent ? "-->" : "   ");
            fields.add(isJumpTarget ? ">>" : "  ");
            fields.add(rjust(Integer.toString(offset), offsetWidth));
            fields.add(ljust(opname, OPNAME_WIDTH));
            if (arg != null) {
                fields.add(rjust(Long.toString(arg), OPARG_WIDTH));
                if (!argrepr.isEmpty()) {
                    fields.add("(" + argrepr + ")");
                }
            }
            return rstrip(String.join(" ", fields));
        }
    }

    /** {@code dis.dis(co)}: the code object and, recursively, those in its constants. */
    public static String dis(CodeObject co, Options opts) {
        StringBuilder out = new StringBuilder();
        disassembleRecursive(co, opts, opts.depth, out);
        return out.toString();
    }

    /** {@code dis.dis(co)} with default options. */
    public static String dis(CodeObject co) {
        return dis(co, new Options());
    }

    // CPython 3.11: Lib/dis.py _disassemble_recursive
    private static void disassembleRecursive(CodeObject co, Options opts, int depth, StringBuilder out) {
        disassemble(co, -1, opts, out);
        if (depth != 0) {
            for (PyObject x : co.consts.items) {
                if (x instanceof CodeObject) {
                    out.append('\n');
                    out.append("Disassembly of ").append(x).append(":\n");
                    disassembleRecursive((CodeObject) x, opts, depth - 1, out);
                }
            }
        }
    }

    /** The code array dis reads: {@code co_code}, or the adaptive units as bytes. */
    static byte[] codeArray(CodeObject co, Options opts) {
        if (!opts.adaptive) {
            return co.deoptimizedCode();
        }
        char[] units = opts.adaptiveCode.apply(co);
        if (units == null) {
            return co.code.clone();
        }
        byte[] b = new byte[units.length * 2];
        for (int i = 0; i < units.length; i++) {
            b[2 * i] = (byte) units[i];
            b[2 * i + 1] = (byte) (units[i] >> 8);
        }
        return b;
    }

    /** {@code dis.disassemble(co, lasti)}: one code object, marking {@code lasti} with {@code -->}. */
    // CPython 3.11: Lib/dis.py disassemble / _disassemble_bytes
    public static void disassemble(CodeObject co, int lasti, Options opts, StringBuilder out) {
        Map<Integer, Integer> linestarts = findLinestarts(co);
        List<ExceptionTable.Entry> entries = co.exceptionEntries();
        byte[] code = codeArray(co, opts);
        int linenoWidth = 0;
        if (!linestarts.isEmpty()) {
            int maxlineno = Integer.MIN_VALUE;
            for (int l : linestarts.values()) {
                maxlineno = Math.max(maxlineno, l);
            }
            linenoWidth = maxlineno >= 1000 ? Integer.toString(maxlineno).length() : 3;
        }
        int maxoffset = code.length - 2;
        int offsetWidth = maxoffset >= 10000 ? Integer.toString(maxoffset).length() : 4;
        for (Instruction instr : instructions(co, code, linestarts, entries, opts)) {
            boolean newSourceLine = linenoWidth > 0 && instr.startsLine() != null && instr.offset() > 0;
            if (newSourceLine) {
                out.append('\n');
            }
            out.append(instr.disassemble(linenoWidth, instr.offset() == lasti, offsetWidth)).append('\n');
        }
        if (!entries.isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : entries) {
                out.append("  ").append(e.startOffset()).append(" to ").append(e.endOffset() - 2).append(" -> ")
                        .append(e.targetOffset()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /**
     * {@code dis.get_instructions(co, show_caches=...)} (which, unlike {@code dis()}, does not mark
     * exception handler targets as jump targets).
     */
    public static List<Instruction> getInstructions(CodeObject co, Options opts) {
        return instructions(co, codeArray(co, opts), findLinestarts(co), List.of(), opts);
    }

    /** {@code dict(dis.findlinestarts(co))}: byte offset to line, for each new line in co_lines(). */
    // CPython 3.11: Lib/dis.py findlinestarts
    public static Map<Integer, Integer> findLinestarts(CodeObject co) {
        Map<Integer, Integer> starts = new HashMap<>();
        Integer lastline = null;
        for (LineTable.LineRange r : co.lines()) {
            Integer line = r.line();
            if (line != null && !line.equals(lastline)) {
                lastline = line;
                starts.put(r.start(), line);
            }
        }
        return starts;
    }

    /** One decoded unit of {@code _unpack_opargs}: byte offset, raw opcode, arg or null. */
    private record Unpacked(int offset, int op, Long arg) {
    }

    // CPython 3.11: Lib/dis.py _unpack_opargs
    private static List<Unpacked> unpackOpargs(byte[] code) {
        List<Unpacked> out = new ArrayList<>(code.length / 2);
        long extendedArg = 0;
        int caches = 0;
        for (int i = 0; i + 1 < code.length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xFF;
            int deop = Opcode.deopt(op);
            caches = Opcode.cacheUnits(deop);
            Long arg;
            if (deop >= Op.HAVE_ARGUMENT) {
                long a = (code[i + 1] & 0xFF) | extendedArg;
                extendedArg = deop == Op.EXTENDED_ARG ? a << 8 : 0;
                if (extendedArg >= INT_OVERFLOW) {
                    extendedArg -= 2 * INT_OVERFLOW;
                }
                arg = a;
            } else {
                arg = null;
                extendedArg = 0;
            }
            out.add(new Unpacked(i, op, arg));
        }
        return out;
    }

    // CPython 3.11: Lib/dis.py findlabels
    private static Set<Integer> findLabels(List<Unpacked> units) {
        Set<Integer> labels = new HashSet<>();
        for (Unpacked u : units) {
            if (u.arg() == null) {
                continue;
            }
            Opcode op = Opcode.of(u.op());
            if (op != null && op.inHasJrel) {
                long arg = u.arg();
                if (op.jump == Opcode.JumpKind.BACKWARD) {
                    arg = -arg;
                }
                labels.add((int) (u.offset() + 2 + arg * 2));
            }
        }
        return labels;
    }

    // CPython 3.11: Lib/dis.py _get_instructions_bytes
    private static List<Instruction> instructions(CodeObject co, byte[] code, Map<Integer, Integer> linestarts,
            List<ExceptionTable.Entry> exceptionEntries, Options opts) {
        List<Unpacked> units = unpackOpargs(code);
        Set<Integer> labels = findLabels(units);
        for (ExceptionTable.Entry e : exceptionEntries) {
            if (e.startOffset() < e.endOffset()) {
                labels.add(e.targetOffset());
            }
        }
        List<LineTable.Position> positions = co.positions();
        int[] posIndex = {0};
        List<Instruction> out = new ArrayList<>();
        for (Unpacked u : units) {
            int offset = u.offset();
            int op = u.op();
            Integer startsLine = linestarts.get(offset);
            boolean isJumpTarget = labels.contains(offset);
            Object argval = null;
            String argrepr = "";
            LineTable.Position pos = nextPosition(positions, posIndex);
            int deop = Opcode.deopt(op);
            Long arg = u.arg();
            if (arg != null) {
                long a = arg;
                argval = a;
                Opcode base = Opcode.of(deop);
                Opcode.ArgKind kind = base != null ? base.argKind : Opcode.ArgKind.NONE;
                Opcode.JumpKind jump = base != null ? base.jump : Opcode.JumpKind.NONE;
                if (kind == Opcode.ArgKind.CONST) {
                    if (deop == Op.LOAD_CONST) {
                        PyObject c = pyIndex(co.consts, a);
                        argval = c;
                        argrepr = opts.constRepr.apply(c);
                    } else {
                        argval = null; // dis.UNKNOWN
                        argrepr = "";
                    }
                } else if (kind == Opcode.ArgKind.NAME) {
                    if (deop == Op.LOAD_GLOBAL) {
                        String name = ((PyStr) pyIndex(co.names, Math.floorDiv(a, 2))).value;
                        argval = name;
                        argrepr = (a & 1) != 0 && !name.isEmpty() ? "NULL + " + name : name;
                    } else {
                        String name = ((PyStr) pyIndex(co.names, a)).value;
                        argval = name;
                        argrepr = name;
                    }
                } else if (jump != Opcode.JumpKind.NONE) {
                    long signed = jump == Opcode.JumpKind.BACKWARD ? -a : a;
                    long target = offset + 2 + signed * 2;
                    argval = target;
                    argrepr = "to " + target;
                } else if (kind == Opcode.ArgKind.LOCAL || kind == Opcode.ArgKind.FREE) {
                    if (a < 0 || a >= co.localsplusnames.size()) {
                        throw new DisError("tuple index out of range");
                    }
                    String name = co.varnameFromOparg((int) a).value;
                    argval = name;
                    argrepr = name;
                } else if (kind == Opcode.ArgKind.COMPARE) {
                    String cmp = Opcode.CMP_OP[pyIndex(Opcode.CMP_OP.length, a)];
                    argval = cmp;
                    argrepr = cmp;
                } else if (deop == Op.FORMAT_VALUE) {
                    argrepr = FORMAT_VALUE_CONVERTERS[(int) (a & 3)];
                    if ((a & 4) != 0) {
                        argrepr = argrepr.isEmpty() ? "with format" : argrepr + ", with format";
                    }
                } else if (deop == Op.MAKE_FUNCTION) {
                    List<String> parts = new ArrayList<>();
                    for (int i = 0; i < MAKE_FUNCTION_FLAGS.length; i++) {
                        if ((a & (1L << i)) != 0) {
                            parts.add(MAKE_FUNCTION_FLAGS[i]);
                        }
                    }
                    argrepr = String.join(", ", parts);
                } else if (deop == Op.BINARY_OP) {
                    argrepr = Opcode.nbOpSymbol(pyIndex(Opcode.nbOpCount(), a));
                }
            }
            out.add(new Instruction(Opcode.name(op), op, arg, argval, argrepr, offset, startsLine, isJumpTarget, pos));
            int caches = Opcode.cacheUnits(deop);
            if (caches == 0) {
                continue;
            }
            if (!opts.showCaches) {
                for (int i = 0; i < caches; i++) {
                    nextPosition(positions, posIndex);
                }
                continue;
            }
            Family family = Opcode.of(deop).family();
            for (Family.CacheField field : family.cacheFormat) {
                for (int i = 0; i < field.units(); i++) {
                    offset += 2;
                    String cacheRepr = "";
                    if (i == 0 && op != deop) {
                        cacheRepr = field.name() + ": " + cacheValue(code, offset, field.units());
                    }
                    out.add(new Instruction("CACHE", Op.CACHE, 0L, null, cacheRepr, offset, null, false,
                            nextPosition(positions, posIndex)));
                }
            }
        }
        return out;
    }

    /** {@code int.from_bytes(code[offset:offset + 2 * units], 'little')} (slicing truncates). */
    private static String cacheValue(byte[] code, int offset, int units) {
        java.math.BigInteger v = java.math.BigInteger.ZERO;
        int end = Math.min(code.length, offset + 2 * units);
        for (int i = end - 1; i >= offset; i--) {
            v = v.shiftLeft(8).or(java.math.BigInteger.valueOf(code[i] & 0xFF));
        }
        return v.toString();
    }

    private static LineTable.Position nextPosition(List<LineTable.Position> positions, int[] index) {
        return index[0] < positions.size() ? positions.get(index[0]++) : new LineTable.Position(null, null, null, null);
    }

    /** Python sequence indexing (negative counts from the end); IndexError otherwise. */
    private static int pyIndex(int size, long i) {
        long j = i < 0 ? i + size : i;
        if (j < 0 || j >= size) {
            throw new DisError("index out of range");
        }
        return (int) j;
    }

    private static PyObject pyIndex(PyTuple t, long i) {
        return t.get(pyIndex(t.size(), i));
    }

    /** {@code repr()} of a constant: code objects here, everything else by {@link Repr}. */
    static String constRepr(PyObject c) {
        return c instanceof CodeObject ? c.toString() : Repr.repr(c);
    }

    private static String rjust(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : " ".repeat(width - n) + s;
    }

    private static String ljust(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }

    /** Python's {@code str.rstrip()}: drops trailing whitespace as {@code str.isspace()} defines it. */
    private static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isPySpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isPySpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) || c == 0x85
                || Character.isSpaceChar(c);
    }
}
