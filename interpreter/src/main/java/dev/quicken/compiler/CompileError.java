package dev.quicken.compiler;

/**
 * A SyntaxError found after parsing (symbol table or code generation), with CPython 3.11's
 * message and 1-based column offsets (UTF-8 byte columns plus one, as CPython reports them).
 */
public final class CompileError extends RuntimeException {
    public final String msg;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;

    public CompileError(String msg, int lineno, int offset, int endLineno, int endOffset) {
        super(msg, null, false, false);
        this.msg = msg;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }
}
