package dev.quicken.modules.sre;

/** Character classes and case mappings of the regular-expression engine (CPython 3.11: Modules/_sre/sre.c). */
final class SreChars {

    private SreChars() {
    }

    // CPython 3.11: sre.c SRE_CATEGORY_* codes
    static final int CATEGORY_DIGIT = 0;
    static final int CATEGORY_NOT_DIGIT = 1;
    static final int CATEGORY_SPACE = 2;
    static final int CATEGORY_NOT_SPACE = 3;
    static final int CATEGORY_WORD = 4;
    static final int CATEGORY_NOT_WORD = 5;
    static final int CATEGORY_LINEBREAK = 6;
    static final int CATEGORY_NOT_LINEBREAK = 7;
    static final int CATEGORY_LOC_WORD = 8;
    static final int CATEGORY_LOC_NOT_WORD = 9;
    static final int CATEGORY_UNI_DIGIT = 10;
    static final int CATEGORY_UNI_NOT_DIGIT = 11;
    static final int CATEGORY_UNI_SPACE = 12;
    static final int CATEGORY_UNI_NOT_SPACE = 13;
    static final int CATEGORY_UNI_WORD = 14;
    static final int CATEGORY_UNI_NOT_WORD = 15;
    static final int CATEGORY_UNI_LINEBREAK = 16;
    static final int CATEGORY_UNI_NOT_LINEBREAK = 17;

    static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isSpace(int ch) {
        return ch == ' ' || ch >= 9 && ch <= 13;
    }

    static boolean isLinebreak(int ch) {
        return ch == '\n';
    }

    static boolean isAlnum(int ch) {
        return ch < 128 && (isDigit(ch) || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z');
    }

    static boolean isWord(int ch) {
        return ch < 128 && (isAlnum(ch) || ch == '_');
    }

    /** The C locale's classes are ASCII's (quicken's {@code _locale} offers only "C"). */
    static boolean locIsWord(int ch) {
        return ch < 256 && (isAlnum(ch) || ch == '_');
    }

    /** Python's {@code str.isdecimal} for one code point. */
    static boolean uniIsDigit(int ch) {
        return Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Python's {@code str.isspace} for one code point (bidirectional WS, B or S, or category Zs). */
    static boolean uniIsSpace(int ch) {
        if (ch < 128) {
            return ch == ' ' || ch >= 9 && ch <= 13 || ch >= 0x1c && ch <= 0x1f;
        }
        return ch == 0x85 || ch == 0xa0 || ch == 0x1680 || ch >= 0x2000 && ch <= 0x200a || ch == 0x2028
                || ch == 0x2029 || ch == 0x202f || ch == 0x205f || ch == 0x3000;
    }

    static boolean uniIsLinebreak(int ch) {
        return ch == '\n' || ch == 0x0b || ch == 0x0c || ch == '\r' || ch == 0x1c || ch == 0x1d || ch == 0x1e
                || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    /** Python's {@code str.isalnum} for one code point (alpha, decimal, digit or numeric). */
    static boolean uniIsAlnum(int ch) {
        if (ch < 128) {
            return isAlnum(ch);
        }
        switch (Character.getType(ch)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    static boolean uniIsWord(int ch) {
        return ch == '_' || uniIsAlnum(ch);
    }

    // CPython 3.11: sre.c sre_category
    static boolean category(int category, int ch) {
        switch (category) {
            case CATEGORY_DIGIT:
                return isDigit(ch);
            case CATEGORY_NOT_DIGIT:
                return !isDigit(ch);
            case CATEGORY_SPACE:
                return isSpace(ch);
            case CATEGORY_NOT_SPACE:
                return !isSpace(ch);
            case CATEGORY_WORD:
                return isWord(ch);
            case CATEGORY_NOT_WORD:
                return !isWord(ch);
            case CATEGORY_LINEBREAK:
                return isLinebreak(ch);
            case CATEGORY_NOT_LINEBREAK:
                return !isLinebreak(ch);
            case CATEGORY_LOC_WORD:
                return locIsWord(ch);
            case CATEGORY_LOC_NOT_WORD:
                return !locIsWord(ch);
            case CATEGORY_UNI_DIGIT:
                return uniIsDigit(ch);
            case CATEGORY_UNI_NOT_DIGIT:
                return !uniIsDigit(ch);
            case CATEGORY_UNI_SPACE:
                return uniIsSpace(ch);
            case CATEGORY_UNI_NOT_SPACE:
                return !uniIsSpace(ch);
            case CATEGORY_UNI_WORD:
                return uniIsWord(ch);
            case CATEGORY_UNI_NOT_WORD:
                return !uniIsWord(ch);
            case CATEGORY_UNI_LINEBREAK:
                return uniIsLinebreak(ch);
            case CATEGORY_UNI_NOT_LINEBREAK:
                return !uniIsLinebreak(ch);
            default:
                return false;
        }
    }

    static int lowerAscii(int ch) {
        return ch < 128 && ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upperAscii(int ch) {
        return ch < 128 && ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    static int lowerLocale(int ch) {
        return ch < 256 ? lowerAscii(ch) : ch;
    }

    static int upperLocale(int ch) {
        return ch < 256 ? upperAscii(ch) : ch;
    }

    /** CPython's {@code _PyUnicode_ToLowercase} (the simple mapping). */
    static int lowerUnicode(int ch) {
        return ch < 128 ? lowerAscii(ch) : Character.toLowerCase(ch);
    }

    /** Uppercase mappings of non-ASCII code points (cached; 0 = not yet computed). */
    private static final int[] UPPER = new int[0x10000];

    /**
     * CPython's {@code _PyUnicode_ToUppercase}: the simple mapping, or for a character with a special
     * (multi-character) mapping the first character of it ({@code ß} gives {@code S}).
     */
    static int upperUnicode(int ch) {
        if (ch < 128) {
            return upperAscii(ch);
        }
        if (ch < 0x10000 && UPPER[ch] != 0) {
            return UPPER[ch];
        }
        String full = new String(Character.toChars(ch)).toUpperCase(java.util.Locale.ROOT);
        int up = full.codePointCount(0, full.length()) == 1 ? Character.toUpperCase(ch) : full.codePointAt(0);
        if (ch < 0x10000) {
            UPPER[ch] = up;
        }
        return up;
    }

    static boolean asciiIscased(int ch) {
        return ch < 128 && (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z');
    }

    static boolean unicodeIscased(int ch) {
        return ch != lowerUnicode(ch) || ch != upperUnicode(ch);
    }

    // CPython 3.11: sre.c char_loc_ignore
    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }
}
