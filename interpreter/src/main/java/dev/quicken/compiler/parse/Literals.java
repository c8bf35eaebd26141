package dev.quicken.compiler.parse;

import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/** Number literals and string escape decoding, as CPython 3.11's parser does them. */
final class Literals {

    private Literals() {
    }

    // CPython 3.11: Parser/pegen.c parsenumber_raw
    static PyObject number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new PyComplex(0.0, parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char b = Character.toLowerCase(s.charAt(1));
            if (b == 'x') {
                return PyInt.of(new BigInteger(s.substring(2), 16));
            } else if (b == 'o') {
                return PyInt.of(new BigInteger(s.substring(2), 8));
            } else if (b == 'b') {
                return PyInt.of(new BigInteger(s.substring(2), 2));
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return new PyFloat(parseDouble(s));
            }
        }
        if (s.length() < 19) {
            return PyInt.of(Long.parseLong(s));
        }
        return PyInt.of(new BigInteger(s));
    }

    private static double parseDouble(String s) {
        return Double.parseDouble(s);
    }

    /** Thrown for a malformed escape; the message is CPython's "(unicode error) ..." text. */
    static final class EscapeError extends RuntimeException {
        EscapeError(String msg) {
            super(msg, null, false, false);
        }
    }

    // CPython 3.11: Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal
    static String decodeUnicodeEscapes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            int start = i;
            if (i + 1 >= n) {
                throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position "
                        + utf8Pos(s, start) + ": \\ at end of string");
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'v' -> sb.append('\u000b');
                case 'a' -> sb.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int k = 1;
                    while (k < 3 && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                        v = v * 8 + (s.charAt(++i) - '0');
                        k++;
                    }
                    sb.appendCodePoint(v);
                }
                case 'x' -> i = hexEscape(s, i, 2, sb, start, "truncated \\xXX escape");
                case 'u' -> i = hexEscape(s, i, 4, sb, start, "truncated \\uXXXX escape");
                case 'U' -> i = hexEscape(s, i, 8, sb, start, "truncated \\UXXXXXXXX escape");
                case 'N' -> {
                    int close = -1;
                    if (i + 1 < n && s.charAt(i + 1) == '{') {
                        close = s.indexOf('}', i + 2);
                    }
                    if (close < 0 || close == i + 2) {
                        throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + utf8Pos(s, start) + "-" + (utf8Pos(s, Math.max(i, close < 0 ? n - 1 : close)))
                                + ": malformed \\N character escape");
                    }
                    String name = s.substring(i + 2, close);
                    int cp = lookupName(name);
                    if (cp < 0) {
                        throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + utf8Pos(s, start) + "-" + (utf8Pos(s, close)) + ": unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                }
                default -> {
                    sb.append('\\');
                    sb.append(e);
                }
            }
        }
        return sb.toString();
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J",
        "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    // CPython 3.11: Modules/unicodedata.c _getcode (algorithmic CJK and Hangul names, case-insensitive)
    private static int lookupName(String name) {
        String up = name.toUpperCase(java.util.Locale.ROOT);
        if (up.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            String hex = up.substring("CJK UNIFIED IDEOGRAPH-".length());
            if ((hex.length() == 4 || hex.length() == 5) && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                int cp = Integer.parseInt(hex, 16);
                if (Character.isIdeographic(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    return cp;
                }
            }
            return -1;
        }
        if (up.startsWith("HANGUL SYLLABLE ")) {
            String rest = up.substring("HANGUL SYLLABLE ".length());
            for (int l = 0; l < JAMO_L.length; l++) {
                for (int v = 0; v < JAMO_V.length; v++) {
                    for (int t = 0; t < JAMO_T.length; t++) {
                        if (rest.equals(JAMO_L[l] + JAMO_V[v] + JAMO_T[t])) {
                            return 0xAC00 + (l * 21 + v) * 28 + t;
                        }
                    }
                }
            }
            return -1;
        }
        if (!name.equals(name.strip())) {
            return -1;
        }
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException ex) {
            return -1;
        }
    }

    private static int utf8Pos(String s, int idx) {
        return s.substring(0, Math.min(idx, s.length())).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static int hexEscape(String s, int i, int digits, StringBuilder sb, int start, String msg) {
        int v = 0;
        int k;
        for (k = 0; k < digits; k++) {
            if (i + 1 + k >= s.length()) {
                break;
            }
            int d = Character.digit(s.charAt(i + 1 + k), 16);
            if (d < 0 || s.charAt(i + 1 + k) > 127) {
                break;
            }
            v = v * 16 + d;
        }
        if (k < digits) {
            throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    + utf8Pos(s, start) + "-" + (utf8Pos(s, i + k)) + ": " + msg);
        }
        if (digits == 8 && (v < 0 || v > 0x10FFFF)) {
            throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    + utf8Pos(s, start) + "-" + (utf8Pos(s, i + k)) + ": illegal Unicode character");
        }
        sb.appendCodePoint(v);
        return i + digits;
    }

    // CPython 3.11: Objects/bytesobject.c _PyBytes_DecodeEscape
    static byte[] decodeBytesEscapes(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i + 1 >= n) {
                throw new EscapeError("(value error) Trailing \\ in string");
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int k = 1;
                    while (k < 3 && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                        v = v * 8 + (s.charAt(++i) - '0');
                        k++;
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int d1 = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
                    int d2 = i + 2 < n ? Character.digit(s.charAt(i + 2), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new EscapeError("(value error) invalid \\x escape at position " + (i - 1));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
