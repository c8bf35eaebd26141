package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.code.LineTable;
import dev.quicken.probe.ProbeCode;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import java.util.List;

/**
 * One interpreter's executable copy of a code object: {@link #units} has exactly CPython's
 * {@code _co_code_adaptive} layout (opcode in the low byte, oparg in the high byte, inline-cache
 * units in place, zero), so the specializer can rewrite units in place and keep its counter in the
 * first cache unit; {@link #side} holds object references CPython keeps in cache entries, indexed
 * by code unit.
 */
public final class ExecCode implements ProbeCode {

    public final CodeObject code;
    public final Interpreter interp;
    /** The code units: {@code opcode | oparg << 8}. */
    public final char[] units;
    /** Cached references, indexed by code unit. */
    public final Object[] side;
    public final PyObject[] consts;
    public final String[] names;
    /** Locals-plus size: the stack starts at this index of a frame's array. */
    public final int nlocalsplus;
    /** Locals-plus plus stack. */
    public final int frameSize;
    /** Whether a call runs only the prologue and returns a generator, coroutine or async generator. */
    final boolean generator;
    /** CPython 3.11 co_warmup: counts up from -8; quickened when it reaches 0 (spec §3.1). */
    int warmup = Quickener.INITIAL_WARMUP_VALUE;
    /** This code compiled to a JVM method of its own, once it is hot ({@link Jit}). */
    JitCode jit;
    /** Calls counted towards {@link Interpreter#jitThreshold}; negative once compiling was tried and refused. */
    int calls;
    /**
     * Executions of specialized forms its compiled code did not have inline (sites specialized, or
     * re-specialized, after compiling), towards a recompile ({@link Jit#stale}).
     */
    int jitStale;
    /** Frames of this code resumed in its compiled code (a generator's): for tests; one interpreter's, so no shared counter on the resume path. */
    int jitResumes;
    /** Recompiles so far ({@link Jit#MAX_RECOMPILES}). */
    int jitRecompiles;
    /** Backward jumps the loop may still take in this code before it tries compiled code ({@link Jit#osr}). */
    int osrCountdown;
    /** Whether {@link #units} has been quickened. */
    public boolean quickened;
    private List<LineTable.Position> positions;
    private Object probeState;
    /** {@link #probeHits()}: the observer's hit counters, read on every hit while one counts. */
    private long[] probeHits = NO_HITS;

    ExecCode(CodeObject code, Interpreter interp) {
        this.code = code;
        this.interp = interp;
        byte[] b = code.code;
        this.units = new char[b.length / 2];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) ((b[2 * i] & 0xff) | (b[2 * i + 1] & 0xff) << 8);
        }
        this.side = new Object[units.length];
        this.consts = code.consts.items;
        this.names = new String[code.names.size()];
        // interned as CPython interns co_names: type-cache and dict probes then match by identity
        for (int i = 0; i < names.length; i++) {
            names[i] = ((PyStr) code.names.get(i)).value.intern();
        }
        this.nlocalsplus = code.localspluskinds.length;
        this.frameSize = nlocalsplus + code.stacksize + 1;
        this.generator = Specialized.isGeneratorCode(code);
        this.osrCountdown = interp.jitThreshold > 0 ? interp.jitOsr : -1;
        if (code.filename.value.startsWith(INTERNAL_PREFIX)) {
            // quicken's own modules written in Python (sys's struct sequences, _struct, binascii, ...)
            // stand for CPython's C code: never quickened, so they stay out of the statistics
            warmup = 0;
        }
    }

    /** The file name prefix of quicken's modules written in Python ({@code <quicken _quicken_sys>}). */
    public static final String INTERNAL_PREFIX = "<quicken ";

    /** {@code co_positions()} entry for code unit {@code index}, or null. */
    public LineTable.Position position(int index) {
        if (positions == null) {
            positions = LineTable.positions(code.linetable, code.firstlineno, units.length * 2);
        }
        return index >= 0 && index < positions.size() ? positions.get(index) : null;
    }

    /** Line number of code unit {@code index}, or -1. */
    public int lineOf(int index) {
        LineTable.Position p = position(index);
        return p == null || p.line() == null ? -1 : p.line();
    }

    @Override
    public String codeName() {
        return code.name.value;
    }

    @Override
    public String qualName() {
        return code.qualname.value;
    }

    @Override
    public String fileName() {
        return code.filename.value;
    }

    @Override
    public int firstLineNumber() {
        return code.firstlineno;
    }

    @Override
    public int lineNumber(int offset) {
        return lineOf(offset / 2);
    }

    @Override
    public int[] positions(int offset) {
        java.util.List<dev.quicken.code.LineTable.Position> all = code.positions();
        int index = offset / 2;
        if (index < 0 || index >= all.size()) {
            return null;
        }
        dev.quicken.code.LineTable.Position p = all.get(index);
        return new int[] {orMinusOne(p.line()), orMinusOne(p.endLine()), orMinusOne(p.column()), orMinusOne(p.endColumn())};
    }

    private static int orMinusOne(Integer value) {
        return value == null ? -1 : value;
    }

    @Override
    public int interpreterId() {
        return interp.id;
    }

    @Override
    public String typeName(Object value) {
        return value == null ? "NULL" : value instanceof PyObject ? Abstract.typeName((PyObject) value)
                : value.getClass().getSimpleName();
    }

    /** An interpreter's quickened code: one interpreter runs one thread at a time. */
    @Override
    public boolean probeConfined() {
        return true;
    }

    @Override
    public long[] probeHits() {
        return probeHits;
    }

    @Override
    public void probeHits(long[] hits) {
        this.probeHits = hits;
    }

    @Override
    public Object probeState() {
        return probeState;
    }

    @Override
    public void probeState(Object state) {
        this.probeState = state;
    }
}
