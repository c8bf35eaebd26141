package dev.quicken.agent.it;

import dev.quicken.probe.ProbeCode;

/** A code object as the interpreter would describe it to a probe. */
public final class FakeCode implements ProbeCode {

    private final int interpreterId;
    private final String name;
    private final String fileName;
    private final int firstLine;
    private volatile Object probeState;
    private final boolean confined;
    private long[] probeHits = NO_HITS;

    public FakeCode(int interpreterId, String name, String fileName, int firstLine) {
        this(interpreterId, name, fileName, firstLine, false);
    }

    /** {@code confined}: one thread at a time runs it, as an interpreter's code; it keeps {@code probeHits}. */
    public FakeCode(int interpreterId, String name, String fileName, int firstLine, boolean confined) {
        this.interpreterId = interpreterId;
        this.name = name;
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.confined = confined;
    }

    @Override
    public boolean probeConfined() {
        return confined;
    }

    @Override
    public long[] probeHits() {
        return confined ? probeHits : NO_HITS;
    }

    @Override
    public void probeHits(long[] hits) {
        probeHits = hits;
    }

    @Override
    public String codeName() {
        return name;
    }

    @Override
    public String qualName() {
        return "Work." + name;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public int firstLineNumber() {
        return firstLine;
    }

    /** One line per 10 bytes of code. */
    @Override
    public int lineNumber(int offset) {
        return firstLine + offset / 10;
    }

    /** Line as above; columns from the offset. */
    @Override
    public int[] positions(int offset) {
        return new int[] {lineNumber(offset), lineNumber(offset), offset, offset + 2};
    }

    @Override
    public int interpreterId() {
        return interpreterId;
    }

    @Override
    public String typeName(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Integer) {
            return "int";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof String) {
            return "str";
        }
        return value.getClass().getSimpleName();
    }

    @Override
    public Object probeState() {
        return probeState;
    }

    @Override
    public void probeState(Object state) {
        probeState = state;
    }
}
