package dev.quicken.compiler.tokenize;

/**
 * One token, with CPython's positions: 1-based lines, 0-based columns in UTF-8 bytes of the line
 * (-1 when CPython has no position, as for INDENT/DEDENT/ENDMARKER).
 */
public final class Token {

    public static final int ENDMARKER = 0;
    public static final int NAME = 1;
    public static final int NUMBER = 2;
    public static final int STRING = 3;
    public static final int NEWLINE = 4;
    public static final int INDENT = 5;
    public static final int DEDENT = 6;
    public static final int OP = 7;

    public final int type;
    /** The token text (operators and names exactly as written; identifiers not yet NFKC-normalized). */
    public final String string;
    public final int lineno;
    public final int col_offset;
    public final int end_lineno;
    public final int end_col_offset;
    /** Char indices into the tokenizer's source text. */
    public final int start;
    public final int end;
    /** True for a NAME that is one of Python's hard keywords. */
    public final boolean keyword;
    /** The bracket nesting level after this token (CPython's token->level). */
    public int level;

    public Token(int type, String string, int lineno, int colOffset, int endLineno, int endColOffset, int start,
            int end, boolean keyword) {
        this.type = type;
        this.string = string;
        this.lineno = lineno;
        this.col_offset = colOffset;
        this.end_lineno = endLineno;
        this.end_col_offset = endColOffset;
        this.start = start;
        this.end = end;
        this.keyword = keyword;
    }

    public boolean is(String op) {
        return (type == OP || keyword) && string.equals(op);
    }

    @Override
    public String toString() {
        return type + ":" + string + "@" + lineno + "," + col_offset + "-" + end_lineno + "," + end_col_offset;
    }
}
