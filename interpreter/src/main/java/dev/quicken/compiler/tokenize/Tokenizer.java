package dev.quicken.compiler.tokenize;

import dev.quicken.compiler.PySyntaxError;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python 3.11's tokenizer: produces tokens on demand, raising {@link PySyntaxError} with
 * CPython's messages and locations for malformed input.
 */
// CPython 3.11: Parser/tokenizer.c tok_get
public final class Tokenizer {

    public static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;

    private final String src;
    public final String filename;
    /** When true, error offsets are byte offsets (compile() of bytes without an encoding declaration). */
    private final boolean byteOffsets;
    private final boolean ascii;
    private final int[] lineStarts;

    private int pos;
    private int lineno = 1;
    /** Line number of the first line (f-string expressions start at their line in the file). */
    private int firstLine = 1;
    /** Column shift for tokens on the first line (CPython's starting_col_offset); -1 when unused. */
    private int startingColOffset = -1;
    private int lineStart;
    private int lineEnd;
    private boolean atbol = true;
    private int pendin;
    private int indent;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int level;
    private final char[] parenstack = new char[MAXLEVEL];
    private final int[] parenlinenostack = new int[MAXLEVEL];
    private final int[] parencolstack = new int[MAXLEVEL];
    private boolean eofReached;
    private boolean done;
    /** The last error was a tokenizer state (E_TABSPACE, E_DEDENT, E_EOF...), not a raised SyntaxError. */
    private boolean stateError;
    // the start of the current token and, for strings, where its first line began
    private int tokStart = -1;
    /** CPython's tok->buf: the line where the current token (or continuation) began. */
    private int bufStart;
    private int firstLineno;
    private int multiLineStart;

    /** Tokenizes already decoded text (as compile(str) does): error offsets in code points. */
    public Tokenizer(String text, String filename) {
        this(text, filename, false);
    }

    public Tokenizer(String text, String filename, boolean byteOffsets) {
        this.filename = filename;
        this.byteOffsets = byteOffsets;
        this.src = translateNewlines(text);
        boolean a = true;
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) >= 0x80) {
                a = false;
                break;
            }
        }
        this.ascii = a;
        ArrayList<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n' && i + 1 < src.length()) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        lineStart = 0;
        lineEnd = lineEndFrom(0);
    }

    /** Decodes source bytes as CPython does (BOM, coding cookie, default UTF-8), then tokenizes. */
    public static Tokenizer fromBytes(byte[] data, String filename, boolean fileMode) {
        Decoded d = decode(data, filename);
        Tokenizer t = new Tokenizer(d.text, filename, !fileMode && !d.declared);
        t.fileMode = fileMode;
        return t;
    }

    /** The source is a file CPython re-reads for the error line (SyntaxError.text keeps its newline). */
    private boolean fileMode;

    /**
     * The line CPython uses to convert error columns: read from the file (with its newline), or from the
     * tokenizer's buffers (the current line with its newline, an earlier line without).
     */
    // CPython 3.11: Parser/pegen_errors.c _PyPegen_raise_error_known_location
    public String errorLine(int n) {
        String line = lineText(n);
        if (fileMode) {
            return line;
        }
        if (lineno <= n) {
            // tok->buf .. tok->inp: from where the current token began to the end of the current line
            return src.substring(Math.min(bufStart, lineStartIndex(n)), lineEnd);
        }
        if (line.endsWith("\n")) {
            line = line.substring(0, line.length() - 1);
        }
        return line;
    }

    /** Byte column + 1 on {@code line} to a SyntaxError offset (code points + 1), clamped as CPython does. */
    public int errorOffset(String line, int byteColPlusOne) {
        if (byteOffsets || byteColPlusOne <= 0) {
            return byteColPlusOne;
        }
        // CPython 3.11: Parser/pegen.c _PyPegen_byte_offset_to_character_offset
        byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int col = Math.min(byteColPlusOne, b.length + 1);
        String text = new String(b, 0, Math.min(col, b.length), java.nio.charset.StandardCharsets.UTF_8);
        int n = text.codePointCount(0, text.length());
        return col > b.length ? n + (col - b.length) : n;
    }

    public String source() {
        return src;
    }

    /** For an f-string expression: its first line is {@code line}; tokens there shift right by colShift bytes. */
    public void configureFString(int line, int colShift) {
        this.lineno = line;
        this.firstLine = line;
        this.startingColOffset = colShift;
    }

    // ---------------------------------------------------------------- decoding

    private record Decoded(String text, boolean declared) {
    }

    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    // CPython 3.11: Parser/tokenizer.c check_coding_spec, check_bom
    private static Decoded decode(byte[] data, String filename) {
        int start = 0;
        boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB
                && (data[2] & 0xff) == 0xBF;
        if (bom) {
            start = 3;
        }
        String enc = null;
        int lineEnd1 = indexOfNl(data, start);
        String l1 = new String(data, start, lineEnd1 - start, StandardCharsets.ISO_8859_1);
        enc = cookie(l1);
        int cookieLine = 1;
        if (enc == null && lineEnd1 < data.length && isBlankOrComment(l1)) {
            int lineEnd2 = indexOfNl(data, lineEnd1 + 1);
            enc = cookie(new String(data, lineEnd1 + 1, lineEnd2 - lineEnd1 - 1, StandardCharsets.ISO_8859_1));
            cookieLine = 2;
        }
        Charset cs = StandardCharsets.UTF_8;
        if (enc != null) {
            String norm = normalEncoding(enc);
            if (bom && !norm.equals("utf-8")) {
                throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "encoding problem: " + enc + " with BOM",
                        filename, cookieLine, 0, cookieLine, 0, null);
            }
            try {
                cs = Charset.forName(norm.equals("utf-8") ? "UTF-8" : norm);
            } catch (RuntimeException e) {
                throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "unknown encoding: " + enc, filename, 0, 0,
                        0, 0, null);
            }
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = dec.decode(ByteBuffer.wrap(data, start, data.length - start)).toString();
            return new Decoded(text, enc != null || bom);
        } catch (CharacterCodingException e) {
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                    "(unicode error) '" + (enc == null ? "utf-8" : enc) + "' codec can't decode bytes", filename, 0,
                    0, 0, 0, null);
        }
    }

    private static int indexOfNl(byte[] d, int from) {
        for (int i = from; i < d.length; i++) {
            if (d[i] == '\n' || d[i] == '\r') {
                return i;
            }
        }
        return d.length;
    }

    private static boolean isBlankOrComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    private static String cookie(String line) {
        Matcher m = COOKIE.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    // CPython 3.11: Parser/tokenizer.c get_normal_name
    private static String normalEncoding(String s) {
        String l = s.toLowerCase().replace('_', '-');
        if (l.equals("utf-8") || l.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (l.equals("latin-1") || l.equals("iso-8859-1") || l.equals("iso-latin-1") || l.startsWith("latin-1-")
                || l.startsWith("iso-8859-1-") || l.startsWith("iso-latin-1-")) {
            return "ISO-8859-1";
        }
        if (l.equals("utf8")) {
            return "utf-8";
        }
        return s;
    }

    // CPython 3.11: Parser/tokenizer.c translate_newlines (exec input: ensure a final newline)
    private static String translateNewlines(String s) {
        if (s.indexOf('\r') >= 0) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\r') {
                    sb.append('\n');
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else {
                    sb.append(c);
                }
            }
            s = sb.toString();
        }
        if (s.isEmpty() || s.charAt(s.length() - 1) != '\n') {
            s = s + "\n";
        }
        return s;
    }

    // ---------------------------------------------------------------- lines and columns

    private int lineEndFrom(int ls) {
        int i = src.indexOf('\n', ls);
        return i < 0 ? src.length() : i + 1;
    }

    /** UTF-8 byte count of src[from, to). */
    public int byteLen(int from, int to) {
        if (ascii) {
            return to - from;
        }
        // columns are asked for left to right along a line: continue from the last answer
        if (from == cacheFrom && to >= cacheTo) {
            int n = cacheBytes + countBytes(cacheTo, to);
            cacheTo = to;
            cacheBytes = n;
            return n;
        }
        int n = countBytes(from, to);
        cacheFrom = from;
        cacheTo = to;
        cacheBytes = n;
        return n;
    }

    private int cacheFrom = -1;
    private int cacheTo;
    private int cacheBytes;

    private int countBytes(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(src.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Char index where line {@code n} (1-based) starts. */
    public int lineStartIndex(int n) {
        n = n - firstLine + 1;
        if (n < 1) {
            return 0;
        }
        if (n > lineStarts.length) {
            return src.length();
        }
        return lineStarts[n - 1];
    }

    /** The text of line n including its newline ("" past the end). */
    public String lineText(int n) {
        n = n - firstLine + 1;
        if (n < 1 || n > lineStarts.length) {
            return "";
        }
        int s = lineStarts[n - 1];
        return src.substring(s, lineEndFrom(s));
    }

    /** Converts a byte column + 1 of line n to CPython's SyntaxError offset (code points + 1). */
    public int errorOffset(int n, int byteColPlusOne) {
        return errorOffset(errorLine(n), byteColPlusOne);
    }

    public int startingColOffset() {
        return Math.max(0, startingColOffset);
    }

    public int level() {
        return level;
    }

    // ---------------------------------------------------------------- character reading

    private int nextc() {
        if (pos >= src.length()) {
            eofReached = true;
            return EOF;
        }
        if (pos == lineEnd) {
            lineno++;
            lineStart = pos;
            lineEnd = lineEndFrom(pos);
            if (tokStart < 0) {
                bufStart = pos; // CPython: tok->buf moves only between tokens
            }
        }
        return src.charAt(pos++);
    }

    private void backup(int c) {
        if (c != EOF) {
            pos--;
        }
    }

    private int peekc() {
        int c = nextc();
        backup(c);
        return c;
    }

    // ---------------------------------------------------------------- errors

    private PySyntaxError syntaxError(String msg) {
        return syntaxErrorRange(msg, -1, -1);
    }

    // CPython 3.11: Parser/tokenizer.c _syntaxerror_range (columns in code points)
    private PySyntaxError syntaxErrorRange(String msg, int colOffset, int endColOffset) {
        done = true;
        int col = colOffset;
        if (col == -1) {
            col = byteOffsets ? byteLen(lineStart, pos) : src.codePointCount(lineStart, pos);
        }
        int end = endColOffset == -1 ? col : endColOffset;
        int le = src.indexOf('\n', lineStart);
        String text = src.substring(lineStart, le < 0 ? src.length() : le);
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, lineno, col, lineno, end, text);
    }

    /** Errors the parser raises for tokenizer states (E_TABSPACE, E_DEDENT, ...): located at the line end. */
    private PySyntaxError stateError(PySyntaxError.Kind kind, String msg, int offset, int endOffset) {
        done = true;
        stateError = true;
        return new PySyntaxError(kind, msg, filename, lineno, offset, lineno, endOffset, lineText(lineno));
    }

    private PySyntaxError indentError() {
        // E_TABSPACE: RAISE_ERROR_KNOWN_LOCATION(lineno, 0, lineno, -1)
        pos = lineEnd;
        return stateError(PySyntaxError.Kind.TabError, "inconsistent use of tabs and spaces in indentation", 1, 0);
    }

    private PySyntaxError eofError() {
        done = true;
        stateError = true;
        if (level > 0) {
            return unclosedParen();
        }
        // RAISE_SYNTAX_ERROR at the last token, which is the error token at the end of input
        int off = errorOffset(lineno, byteLen(lineStart, pos));
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, "unexpected EOF while parsing", filename, lineno,
                off, lineno, -1, lineText(lineno));
    }

    /** {@code '(' was never closed}, for the innermost open bracket. */
    public PySyntaxError unclosedParen() {
        int ln = parenlinenostack[level - 1];
        int col = parencolstack[level - 1];
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                "'" + parenstack[level - 1] + "' was never closed", filename, ln, errorOffset(ln, col + 1), ln, 0,
                lineText(ln));
    }

    public int innermostParenLine() {
        return level > 0 ? parenlinenostack[level - 1] : -1;
    }

    // ---------------------------------------------------------------- tokens

    private Token make(int type, int start, int end) {
        return make(type, start, end, lineno, start >= lineStart ? byteLen(lineStart, start) : -1);
    }

    private Token make(int type, int start, int end, int startLine, int startCol) {
        String s = src.substring(start, end);
        boolean kw = type == Token.NAME && KEYWORDS.contains(s);
        int endCol = byteLen(lineStart, end);
        if (startingColOffset >= 0 && lineno == firstLine) {
            startCol += startingColOffset;
            endCol += startingColOffset;
        }
        Token t = new Token(type, s, startLine, startCol, lineno, endCol, start, end, kw);
        t.level = level;
        return t;
    }

    private Token noPos(int type) {
        return new Token(type, "", lineno, -1, lineno, -1, pos, pos, false);
    }

    /** True once the tokenizer has failed or returned ENDMARKER. */
    public boolean done() {
        return done;
    }

    public boolean stateError() {
        return stateError;
    }

    private static boolean isIdStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isIdChar(int c) {
        return isIdStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Returns the next token, or throws {@link PySyntaxError}. */
    public Token next() {
        int c;
        boolean blankline;
        nextline:
        for (;;) {
            blankline = false;
            tokStart = -1;
            if (atbol) {
                int col = 0;
                int altcol = 0;
                atbol = false;
                int contLineCol = 0;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol = altcol + 1;
                    } else if (c == '\f') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        continuationLine();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    if (contLineCol != 0) {
                        col = contLineCol;
                        altcol = contLineCol;
                    }
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent]) {
                            throw indentError();
                        }
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            pos = lineEnd;
                            throw stateError(PySyntaxError.Kind.IndentationError, "too many levels of indentation",
                                    1, 0);
                        }
                        if (altcol <= altindstack[indent]) {
                            throw indentError();
                        }
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            pos = lineEnd;
                            int off = errorOffset(lineno, byteLen(lineStart, pos));
                            done = true;
                            stateError = true;
                            throw new PySyntaxError(PySyntaxError.Kind.IndentationError,
                                    "unindent does not match any outer indentation level", filename, lineno, off,
                                    lineno, -1, lineText(lineno));
                        }
                        if (altcol != altindstack[indent]) {
                            throw indentError();
                        }
                    }
                }
            }
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return noPos(Token.DEDENT);
                }
                pendin--;
                return noPos(Token.INDENT);
            }
            again:
            for (;;) {
                tokStart = -1;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                tokStart = c == EOF ? pos : pos - 1;
                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                }
                if (c == EOF) {
                    if (level > 0) {
                        throw eofError();
                    }
                    done = true;
                    return new Token(Token.ENDMARKER, "", lineno, -1, lineno, -1, pos, pos, false);
                }
                if (isIdStart(c)) {
                    boolean sawB = false;
                    boolean sawR = false;
                    boolean sawU = false;
                    boolean sawF = false;
                    for (;;) {
                        if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                            sawB = true;
                        } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                            sawU = true;
                        } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                            sawR = true;
                        } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                            sawF = true;
                        } else {
                            break;
                        }
                        c = nextc();
                        if (c == '"' || c == '\'') {
                            return string(c);
                        }
                    }
                    boolean nonascii = false;
                    while (isIdChar(c)) {
                        if (c >= 128) {
                            nonascii = true;
                        }
                        c = nextc();
                    }
                    backup(c);
                    if (nonascii) {
                        verifyIdentifier();
                    }
                    return make(Token.NAME, tokStart, pos);
                }
                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) {
                        continue nextline;
                    }
                    // CPython: p_end = cur - 1, leaving the '\n' out of the token
                    Token t = make(Token.NEWLINE, tokStart, pos - 1);
                    Token nl = new Token(Token.NEWLINE, "", t.lineno, t.col_offset, t.end_lineno, t.end_col_offset,
                            t.start, pos, false);
                    nl.level = level;
                    return nl;
                }
                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return number(c, Num.FRACTION);
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return make(Token.OP, tokStart, pos);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return make(Token.OP, tokStart, pos);
                }
                if (isDigit(c)) {
                    return number(c, Num.START);
                }
                if (c == '\'' || c == '"') {
                    return string(c);
                }
                if (c == '\\') {
                    continuationLine();
                    continue again;
                }
                break;
            }
            break;
        }
        // operators
        int c2 = nextc();
        int n2 = twoChars(c, c2);
        if (n2 != 0) {
            int c3 = nextc();
            if (!threeChars(c, c2, c3)) {
                backup(c3);
            }
            return make(Token.OP, tokStart, pos);
        }
        backup(c2);
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) {
                    throw syntaxError("too many nested parentheses");
                }
                parenstack[level] = (char) c;
                parenlinenostack[level] = lineno;
                parencolstack[level] = byteLen(lineStart, tokStart);
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) {
                    throw syntaxError("unmatched '" + (char) c + "'");
                }
                level--;
                char opening = parenstack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    if (parenlinenostack[level] != lineno) {
                        throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                + opening + "' on line " + parenlinenostack[level]);
                    }
                    throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + opening + "'");
                }
            }
            default -> {
            }
        }
        if (!isOneChar(c)) {
            int cp = c;
            if (Character.isHighSurrogate((char) c) && pos < src.length()) {
                cp = src.codePointAt(pos - 1);
                pos++;
            }
            if (!isPrintable(cp)) {
                throw syntaxError(String.format("invalid non-printable character U+%04X", cp));
            }
            // CPython returns OP for an unknown character; the parser then fails on it.
        }
        return make(Token.OP, tokStart, pos);
    }

    private static boolean isOneChar(int c) {
        return "%&()*+,-./:;<=>@[]^{|}~!".indexOf(c) >= 0 && c != 0;
    }

    // CPython 3.11: Parser/token.c PyToken_TwoChars
    private static int twoChars(int c1, int c2) {
        String s = "" + (char) c1 + (char) c2;
        switch (s) {
            case "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>", "==", ">=",
                    ">>", "@=", "^=", "|=" -> {
                return 1;
            }
            default -> {
                return 0;
            }
        }
    }

    private static boolean threeChars(int c1, int c2, int c3) {
        String s = "" + (char) c1 + (char) c2 + (char) c3;
        return s.equals("**=") || s.equals("...") || s.equals("//=") || s.equals("<<=") || s.equals(">>=");
    }

    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private void continuationLine() {
        int c = nextc();
        if (c != '\n') {
            // E_LINECONT: col_offset = cur - buf - 1 (bytes into the line), end -1
            done = true;
            stateError = true;
            int col = byteLen(bufStart, pos) - 1;
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                    "unexpected character after line continuation character", filename, lineno,
                    errorOffset(lineno, col + 1), lineno, 0, lineText(lineno));
        }
        c = nextc();
        if (c == EOF) {
            pos = src.length();
            throw eofError();
        }
        backup(c);
    }

    // CPython 3.11: Parser/tokenizer.c verify_identifier
    private void verifyIdentifier() {
        String s = src.substring(tokStart, pos);
        int i = 0;
        boolean first = true;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean ok = first ? (cp == '_' || isXidStart(cp)) : isXidContinue(cp);
            if (!ok) {
                int n = Character.charCount(cp);
                pos = tokStart + i + n;
                if (isPrintable(cp)) {
                    throw syntaxError("invalid character '" + new String(Character.toChars(cp)) + "' (U+"
                            + String.format("%04X", cp) + ")");
                }
                throw syntaxError(String.format("invalid non-printable character U+%04X", cp));
            }
            first = false;
            i += Character.charCount(cp);
        }
    }

    private static boolean isXidStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private static boolean isXidContinue(int cp) {
        if (cp < 128) {
            return isIdChar(cp);
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    // ---------------------------------------------------------------- numbers

    private enum Num {
        START, FRACTION
    }

    private boolean lookahead(String test) {
        int save = pos;
        int saveLine = lineno;
        int saveLs = lineStart;
        int saveLe = lineEnd;
        boolean res = true;
        for (int i = 0; i < test.length(); i++) {
            if (nextc() != test.charAt(i)) {
                res = false;
                break;
            }
        }
        if (res) {
            res = !isIdChar(nextc());
        }
        pos = save;
        lineno = saveLine;
        lineStart = saveLs;
        lineEnd = saveLe;
        return res;
    }

    // CPython 3.11: Parser/tokenizer.c verify_end_of_number
    private void verifyEndOfNumber(int c, String kind) {
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = peekc();
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) {
            return; // a SyntaxWarning in CPython; not an error
        }
        if (c >= 0 && c < 128 && isIdChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    private Token number(int c, Num state) {
        if (state == Num.FRACTION) {
            return fraction(c);
        }
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isXDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                        }
                        backup(c);
                        throw syntaxError("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                }
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                        }
                        backup(c);
                        throw syntaxError("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                }
                verifyEndOfNumber(c, "binary");
            } else {
                boolean nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = nextc();
                    return fraction(c);
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero) {
                    backup(c);
                    int s = src.codePointCount(lineStart, tokStart) + 1;
                    int e = src.codePointCount(lineStart, zerosEnd);
                    if (byteOffsets) {
                        s = byteLen(lineStart, tokStart) + 1;
                        e = byteLen(lineStart, zerosEnd);
                    }
                    throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", s, e);
                }
                verifyEndOfNumber(c, "decimal");
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                c = nextc();
                return fraction(c);
            }
            if (c == 'e' || c == 'E') {
                return exponent(c);
            }
            if (c == 'j' || c == 'J') {
                return imaginary();
            }
            verifyEndOfNumber(c, "decimal");
        }
        backup(c);
        return make(Token.NUMBER, tokStart, pos);
    }

    private Token fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(Token.NUMBER, tokStart, pos);
    }

    private Token exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return make(Token.NUMBER, tokStart, pos);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(Token.NUMBER, tokStart, pos);
    }

    private Token imaginary() {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return make(Token.NUMBER, tokStart, pos);
    }

    // ---------------------------------------------------------------- strings

    private Token string(int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        firstLineno = lineno;
        multiLineStart = lineStart;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detected = lineno;
                pos = tokStart + 1;
                lineStart = multiLineStart;
                lineno = firstLineno;
                lineEnd = lineEndFrom(lineStart);
                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line " + detected
                            + ")");
                }
                throw syntaxError("unterminated string literal (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        return make(Token.STRING, tokStart, pos, firstLineno, byteLen(multiLineStart, tokStart));
    }
}
