package dev.quicken.modules.sre;

import java.util.Arrays;

/**
 * The matching state and engine (CPython 3.11: Modules/_sre/sre_lib.h SRE(match), SRE(search), SRE(count),
 * SRE(charset), SRE(at)). The subject is an array of code points (or byte values); positions are indexes
 * into it. Where CPython's engine jumps into a new context ({@code DO_JUMP}), this one calls itself.
 */
final class SreState {

    // CPython 3.11: Modules/_sre/sre_constants.h
    static final int OP_FAILURE = 0;
    static final int OP_SUCCESS = 1;
    static final int OP_ANY = 2;
    static final int OP_ANY_ALL = 3;
    static final int OP_ASSERT = 4;
    static final int OP_ASSERT_NOT = 5;
    static final int OP_AT = 6;
    static final int OP_BRANCH = 7;
    static final int OP_CATEGORY = 8;
    static final int OP_CHARSET = 9;
    static final int OP_BIGCHARSET = 10;
    static final int OP_GROUPREF = 11;
    static final int OP_GROUPREF_EXISTS = 12;
    static final int OP_IN = 13;
    static final int OP_INFO = 14;
    static final int OP_JUMP = 15;
    static final int OP_LITERAL = 16;
    static final int OP_MARK = 17;
    static final int OP_MAX_UNTIL = 18;
    static final int OP_MIN_UNTIL = 19;
    static final int OP_NOT_LITERAL = 20;
    static final int OP_NEGATE = 21;
    static final int OP_RANGE = 22;
    static final int OP_REPEAT = 23;
    static final int OP_REPEAT_ONE = 24;
    static final int OP_SUBPATTERN = 25;
    static final int OP_MIN_REPEAT_ONE = 26;
    static final int OP_ATOMIC_GROUP = 27;
    static final int OP_POSSESSIVE_REPEAT = 28;
    static final int OP_POSSESSIVE_REPEAT_ONE = 29;
    static final int OP_GROUPREF_IGNORE = 30;
    static final int OP_IN_IGNORE = 31;
    static final int OP_LITERAL_IGNORE = 32;
    static final int OP_NOT_LITERAL_IGNORE = 33;
    static final int OP_GROUPREF_LOC_IGNORE = 34;
    static final int OP_IN_LOC_IGNORE = 35;
    static final int OP_LITERAL_LOC_IGNORE = 36;
    static final int OP_NOT_LITERAL_LOC_IGNORE = 37;
    static final int OP_GROUPREF_UNI_IGNORE = 38;
    static final int OP_IN_UNI_IGNORE = 39;
    static final int OP_LITERAL_UNI_IGNORE = 40;
    static final int OP_NOT_LITERAL_UNI_IGNORE = 41;
    static final int OP_RANGE_UNI_IGNORE = 42;

    static final int AT_BEGINNING = 0;
    static final int AT_BEGINNING_LINE = 1;
    static final int AT_BEGINNING_STRING = 2;
    static final int AT_BOUNDARY = 3;
    static final int AT_NON_BOUNDARY = 4;
    static final int AT_END = 5;
    static final int AT_END_LINE = 6;
    static final int AT_END_STRING = 7;
    static final int AT_LOC_BOUNDARY = 8;
    static final int AT_LOC_NON_BOUNDARY = 9;
    static final int AT_UNI_BOUNDARY = 10;
    static final int AT_UNI_NON_BOUNDARY = 11;

    /** {@code SRE_MAXREPEAT} as a code word (0xffffffff). */
    static final int MAXREPEAT = -1;

    /** A repeat context (CPython's SRE_REPEAT). */
    static final class Repeat {
        long count;
        final int pattern;
        int lastPtr = -1;
        final Repeat prev;

        Repeat(int pattern, Repeat prev) {
            this.pattern = pattern;
            this.prev = prev;
        }
    }

    final int[] code;
    final int[] str;
    /** The slice of the subject being matched ({@code pos}, {@code endpos} clamped). */
    final int pos;
    final int endpos;
    int start;
    final int end;
    int ptr;
    final int[] mark;
    int lastmark = -1;
    int lastindex = -1;
    Repeat repeat;
    boolean matchAll;
    boolean mustAdvance;

    SreState(int[] code, int[] str, int groups, long pos, long endpos) {
        this.code = code;
        this.str = str;
        int length = str.length;
        int s = (int) Math.max(0, Math.min(pos, length));
        int e = (int) Math.max(0, Math.min(endpos, length));
        this.pos = s;
        this.endpos = e;
        this.start = s;
        this.end = e;
        this.mark = new int[Math.max(2, groups * 2)];
        Arrays.fill(mark, -1);
    }

    /** CPython 3.11: sre.c state_reset. */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        Arrays.fill(mark, -1);
    }

    private static long u(int v) {
        return v & 0xffffffffL;
    }

    // ---------------------------------------------------------------- entry points

    /** {@code sre_match}: a match at {@code start}. */
    boolean match() {
        ptr = start;
        try {
            return match(0, true);
        } catch (StackOverflowError e) {
            throw dev.quicken.runtime.Exc.raise(dev.quicken.runtime.Exc.RecursionError,
                    "maximum recursion limit exceeded");
        }
    }

    // CPython 3.11: sre_lib.h SRE(search), the general case (the prefix scans are only faster)
    boolean search() {
        try {
            return searchImpl();
        } catch (StackOverflowError e) {
            throw dev.quicken.runtime.Exc.raise(dev.quicken.runtime.Exc.RecursionError,
                    "maximum recursion limit exceeded");
        }
    }

    private boolean searchImpl() {
        int p = start;
        int e = end;
        int pc = 0;
        if (p > e) {
            return false;
        }
        int prefixChar = -1;
        if (code[0] == OP_INFO) {
            long min = u(code[3]);
            if (min > 0 && e - p < min) {
                return false;
            }
            if (min > 1) {
                e -= (int) (min - 1);
                if (e <= p) {
                    e = p;
                }
            }
            int flags = code[2];
            if ((flags & 1) != 0 && code[5] >= 1) {
                prefixChar = code[7];
            }
            pc = code[1] + 1;
            if ((flags & 1) == 0 && (flags & 4) != 0) {
                return searchCharset(5, pc);
            }
        }
        boolean atStart = code[pc] == OP_AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING);
        start = ptr = p;
        boolean status = (prefixChar < 0 || p < end && str[p] == prefixChar) && match(pc, true);
        mustAdvance = false;
        if (!status && atStart) {
            start = ptr = end;
            return false;
        }
        while (!status && p < e) {
            p++;
            if (prefixChar >= 0) {
                while (p < e && str[p] != prefixChar) {
                    p++;
                }
                if (p >= end || str[p] != prefixChar) {
                    break;
                }
            }
            lastmark = lastindex = -1;
            start = ptr = p;
            status = match(pc, false);
        }
        return status;
    }

    /** SRE(search) when the pattern starts with a character from a known set (SRE_INFO_CHARSET). */
    private boolean searchCharset(int set, int pc) {
        int p = start;
        mustAdvance = false;
        while (true) {
            while (p < end && !charset(set, str[p])) {
                p++;
            }
            if (p >= end) {
                return false;
            }
            start = ptr = p;
            if (match(pc, false)) {
                return true;
            }
            p++;
            lastmark = lastindex = -1;
        }
    }

    // ---------------------------------------------------------------- helpers

    // CPython 3.11: sre_lib.h SRE(at)
    private boolean at(int p, int at) {
        boolean thisp;
        boolean thatp;
        switch (at) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return p == 0;
            case AT_BEGINNING_LINE:
                return p == 0 || SreChars.isLinebreak(str[p - 1]);
            case AT_END:
                return end - p == 1 && SreChars.isLinebreak(str[p]) || p == end;
            case AT_END_LINE:
                return p == end || SreChars.isLinebreak(str[p]);
            case AT_END_STRING:
                return p == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
                if (end == 0) {
                    return false;
                }
                thatp = p > 0 && SreChars.isWord(str[p - 1]);
                thisp = p < end && SreChars.isWord(str[p]);
                return at == AT_BOUNDARY ? thisp != thatp : thisp == thatp;
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
                if (end == 0) {
                    return false;
                }
                thatp = p > 0 && SreChars.locIsWord(str[p - 1]);
                thisp = p < end && SreChars.locIsWord(str[p]);
                return at == AT_LOC_BOUNDARY ? thisp != thatp : thisp == thatp;
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY:
                if (end == 0) {
                    return false;
                }
                thatp = p > 0 && SreChars.uniIsWord(str[p - 1]);
                thisp = p < end && SreChars.uniIsWord(str[p]);
                return at == AT_UNI_BOUNDARY ? thisp != thatp : thisp == thatp;
            default:
                return false;
        }
    }

    // CPython 3.11: sre_lib.h SRE(charset)
    boolean charset(int set, int ch) {
        boolean ok = true;
        while (true) {
            switch (code[set++]) {
                case OP_FAILURE:
                    return !ok;
                case OP_LITERAL:
                    if (ch == code[set]) {
                        return ok;
                    }
                    set++;
                    break;
                case OP_CATEGORY:
                    if (SreChars.category(code[set], ch)) {
                        return ok;
                    }
                    set++;
                    break;
                case OP_CHARSET:
                    if (ch < 256 && (code[set + (ch >> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    set += 8;
                    break;
                case OP_RANGE:
                    if (u(code[set]) <= ch && ch <= u(code[set + 1])) {
                        return ok;
                    }
                    set += 2;
                    break;
                case OP_RANGE_UNI_IGNORE: {
                    if (u(code[set]) <= ch && ch <= u(code[set + 1])) {
                        return ok;
                    }
                    int uch = SreChars.upperUnicode(ch);
                    if (u(code[set]) <= uch && uch <= u(code[set + 1])) {
                        return ok;
                    }
                    set += 2;
                    break;
                }
                case OP_NEGATE:
                    ok = !ok;
                    break;
                case OP_BIGCHARSET: {
                    int count = code[set++];
                    int block = -1;
                    if (ch < 0x10000) {
                        int word = code[set + ((ch >> 8) >> 2)];
                        block = (word >>> (((ch >> 8) & 3) * 8)) & 0xff;
                    }
                    set += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((code[set + (bit >> 5)] & (1 << (bit & 31))) != 0) {
                            return ok;
                        }
                    }
                    set += count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    private boolean charsetLocIgnore(int set, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (charset(set, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(ch);
        return up != lo && charset(set, up);
    }

    // CPython 3.11: sre_lib.h SRE(count)
    private int count(int pc, long maxcount) {
        int p = ptr;
        int e = end;
        if (maxcount < e - p && maxcount != u(MAXREPEAT)) {
            e = p + (int) maxcount;
        }
        int chr;
        switch (code[pc]) {
            case OP_IN:
                while (p < e && charset(pc + 2, str[p])) {
                    p++;
                }
                break;
            case OP_ANY:
                while (p < e && !SreChars.isLinebreak(str[p])) {
                    p++;
                }
                break;
            case OP_ANY_ALL:
                p = e;
                break;
            case OP_LITERAL:
                chr = code[pc + 1];
                while (p < e && str[p] == chr) {
                    p++;
                }
                break;
            case OP_LITERAL_IGNORE:
                chr = code[pc + 1];
                while (p < e && SreChars.lowerAscii(str[p]) == chr) {
                    p++;
                }
                break;
            case OP_LITERAL_UNI_IGNORE:
                chr = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(str[p]) == chr) {
                    p++;
                }
                break;
            case OP_LITERAL_LOC_IGNORE:
                chr = code[pc + 1];
                while (p < e && SreChars.charLocIgnore(chr, str[p])) {
                    p++;
                }
                break;
            case OP_NOT_LITERAL:
                chr = code[pc + 1];
                while (p < e && str[p] != chr) {
                    p++;
                }
                break;
            case OP_NOT_LITERAL_IGNORE:
                chr = code[pc + 1];
                while (p < e && SreChars.lowerAscii(str[p]) != chr) {
                    p++;
                }
                break;
            case OP_NOT_LITERAL_UNI_IGNORE:
                chr = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(str[p]) != chr) {
                    p++;
                }
                break;
            case OP_NOT_LITERAL_LOC_IGNORE:
                chr = code[pc + 1];
                while (p < e && !SreChars.charLocIgnore(chr, str[p])) {
                    p++;
                }
                break;
            default: {
                int from = ptr;
                while (ptr < e) {
                    if (!match(pc, false)) {
                        break;
                    }
                }
                return ptr - from;
            }
        }
        return p - ptr;
    }

    private int[] markPush(int lm) {
        return lm >= 0 ? Arrays.copyOf(mark, lm + 1) : null;
    }

    private void markPop(int[] saved) {
        if (saved != null) {
            System.arraycopy(saved, 0, mark, 0, saved.length);
        }
    }

    private boolean groupSpan(int groupref, int[] span) {
        if (groupref >= lastmark) {
            return false;
        }
        int p = mark[groupref];
        int e = mark[groupref + 1];
        if (p < 0 || e < 0 || e < p) {
            return false;
        }
        span[0] = p;
        span[1] = e;
        return true;
    }

    // ---------------------------------------------------------------- the matcher

    /**
     * CPython 3.11: sre_lib.h SRE(match). Matches the code at {@code pc} against the subject at {@link #ptr};
     * on success {@link #ptr} is where the match ended.
     */
    boolean match(int pc, boolean toplevel) {
        int p = ptr;
        final int e = end;
        if (code[pc] == OP_INFO) {
            long min = u(code[pc + 3]);
            if (min != 0 && e - p < min) {
                return false;
            }
            pc += code[pc + 1] + 1;
        }
        while (true) {
            int op = code[pc++];
            switch (op) {
                case OP_MARK: {
                    int i = code[pc];
                    if ((i & 1) != 0) {
                        lastindex = i / 2 + 1;
                    }
                    if (i > lastmark) {
                        int j = lastmark + 1;
                        while (j < i) {
                            mark[j++] = -1;
                        }
                        lastmark = i;
                    }
                    mark[i] = p;
                    pc++;
                    break;
                }
                case OP_LITERAL:
                    if (p >= e || str[p] != code[pc]) {
                        return false;
                    }
                    pc++;
                    p++;
                    break;
                case OP_NOT_LITERAL:
                    if (p >= e || str[p] == code[pc]) {
                        return false;
                    }
                    pc++;
                    p++;
                    break;
                case OP_SUCCESS:
                    if (toplevel && (matchAll && p != end || mustAdvance && p == start)) {
                        return false;
                    }
                    ptr = p;
                    return true;
                case OP_AT:
                    if (!at(p, code[pc])) {
                        return false;
                    }
                    pc++;
                    break;
                case OP_CATEGORY:
                    if (p >= e || !SreChars.category(code[pc], str[p])) {
                        return false;
                    }
                    pc++;
                    p++;
                    break;
                case OP_ANY:
                    if (p >= e || SreChars.isLinebreak(str[p])) {
                        return false;
                    }
                    p++;
                    break;
                case OP_ANY_ALL:
                    if (p >= e) {
                        return false;
                    }
                    p++;
                    break;
                case OP_IN:
                    if (p >= e || !charset(pc + 1, str[p])) {
                        return false;
                    }
                    pc += code[pc];
                    p++;
                    break;
                case OP_LITERAL_IGNORE:
                    if (p >= e || SreChars.lowerAscii(str[p]) != code[pc]) {
                        return false;
                    }
                    pc++;
                    p++;
                    break;
                case OP_LITERAL_UNI_IGNORE:
                    if (p >= e || SreChars.lowerUnicode(str[p]) != code[pc]) {
                        return false;
                    }
                    pc++;
                    p++;
                    break;
                case OP_LITERAL_LOC_IGNORE:
                    if (p >= e || !SreChars.charLocIgnore(code[pc], str[p])) {
                        return false;
                    }
                    pc++;
                    p++;
                    break;
                case OP_NOT_LITERAL_IGNORE:
                    if (p >= e || SreChars.lowerAscii(str[p]) == code[pc]) {
                        return false;
                    }
                    pc++;
                    p++;
                    break;
                case OP_NOT_LITERAL_UNI_IGNORE:
                    if (p >= e || SreChars.lowerUnicode(str[p]) == code[pc]) {
                        return false;
                    }
                    pc++;
                    p++;
                    break;
                case OP_NOT_LITERAL_LOC_IGNORE:
                    if (p >= e || SreChars.charLocIgnore(code[pc], str[p])) {
                        return false;
                    }
                    pc++;
                    p++;
                    break;
                case OP_IN_IGNORE:
                    if (p >= e || !charset(pc + 1, SreChars.lowerAscii(str[p]))) {
                        return false;
                    }
                    pc += code[pc];
                    p++;
                    break;
                case OP_IN_UNI_IGNORE:
                    if (p >= e || !charset(pc + 1, SreChars.lowerUnicode(str[p]))) {
                        return false;
                    }
                    pc += code[pc];
                    p++;
                    break;
                case OP_IN_LOC_IGNORE:
                    if (p >= e || !charsetLocIgnore(pc + 1, str[p])) {
                        return false;
                    }
                    pc += code[pc];
                    p++;
                    break;
                case OP_JUMP:
                case OP_INFO:
                    pc += code[pc];
                    break;
                case OP_BRANCH:
                    return branch(pc, p, toplevel);
                case OP_REPEAT_ONE:
                    return repeatOne(pc, p, toplevel);
                case OP_MIN_REPEAT_ONE:
                    return minRepeatOne(pc, p, toplevel);
                case OP_POSSESSIVE_REPEAT_ONE: {
                    // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                    if (p + u(code[pc + 1]) > e) {
                        return false;
                    }
                    ptr = p;
                    int n = count(pc + 3, u(code[pc + 2]));
                    p += n;
                    if (n < u(code[pc + 1])) {
                        return false;
                    }
                    pc += code[pc];
                    if (code[pc] == OP_SUCCESS && p == end && !(toplevel && mustAdvance && p == start)) {
                        ptr = p;
                        return true;
                    }
                    break;
                }
                case OP_REPEAT: {
                    // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
                    Repeat rep = new Repeat(pc, repeat);
                    rep.count = -1;
                    repeat = rep;
                    ptr = p;
                    boolean ret = match(pc + code[pc], toplevel);
                    repeat = rep.prev;
                    return ret;
                }
                case OP_MAX_UNTIL:
                    return maxUntil(pc, p, toplevel);
                case OP_MIN_UNTIL:
                    return minUntil(pc, p, toplevel);
                case OP_POSSESSIVE_REPEAT: {
                    int next = possessiveRepeat(pc, p);
                    if (next < 0) {
                        return false;
                    }
                    pc = next;
                    p = ptr;
                    break;
                }
                case OP_ATOMIC_GROUP: {
                    // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                    ptr = p;
                    if (!match(pc + 1, false)) {
                        ptr = p;
                        return false;
                    }
                    pc += code[pc];
                    p = ptr;
                    break;
                }
                case OP_GROUPREF:
                case OP_GROUPREF_IGNORE:
                case OP_GROUPREF_UNI_IGNORE:
                case OP_GROUPREF_LOC_IGNORE: {
                    int[] span = new int[2];
                    if (!groupSpan(code[pc] * 2, span)) {
                        return false;
                    }
                    for (int q = span[0]; q < span[1]; q++) {
                        if (p >= e || !sameChar(op, str[p], str[q])) {
                            return false;
                        }
                        p++;
                    }
                    pc++;
                    break;
                }
                case OP_GROUPREF_EXISTS: {
                    // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                    int[] span = new int[2];
                    if (!groupSpan(code[pc] * 2, span)) {
                        pc += code[pc + 1];
                    } else {
                        pc += 2;
                    }
                    break;
                }
                case OP_ASSERT: {
                    // <ASSERT> <skip> <back> <pattern>
                    long back = u(code[pc + 1]);
                    if (p < back) {
                        return false;
                    }
                    ptr = p - (int) back;
                    if (!match(pc + 2, false)) {
                        return false;
                    }
                    pc += code[pc];
                    break;
                }
                case OP_ASSERT_NOT: {
                    long back = u(code[pc + 1]);
                    if (p >= back) {
                        ptr = p - (int) back;
                        int savedLastmark = lastmark;
                        int savedLastindex = lastindex;
                        int[] saved = repeat != null ? markPush(savedLastmark) : null;
                        if (match(pc + 2, false)) {
                            return false;
                        }
                        if (repeat != null) {
                            markPop(saved);
                        }
                        lastmark = savedLastmark;
                        lastindex = savedLastindex;
                    }
                    pc += code[pc];
                    break;
                }
                case OP_FAILURE:
                    return false;
                default:
                    throw dev.quicken.runtime.Exc.runtimeError("internal error in regular expression engine");
            }
        }
    }

    private static boolean sameChar(int op, int a, int b) {
        switch (op) {
            case OP_GROUPREF:
                return a == b;
            case OP_GROUPREF_IGNORE:
                return SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
            case OP_GROUPREF_UNI_IGNORE:
                return SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
            default:
                return SreChars.lowerLocale(a) == SreChars.lowerLocale(b);
        }
    }

    // <BRANCH> <0=skip> code <JUMP> ... <NULL>
    private boolean branch(int pc, int p, boolean toplevel) {
        int savedLastmark = lastmark;
        int savedLastindex = lastindex;
        int[] saved = repeat != null ? markPush(savedLastmark) : null;
        for (; code[pc] != 0; pc += code[pc]) {
            if (code[pc + 1] == OP_LITERAL && (p >= end || str[p] != code[pc + 2])) {
                continue;
            }
            if (code[pc + 1] == OP_IN && (p >= end || !charset(pc + 3, str[p]))) {
                continue;
            }
            ptr = p;
            if (match(pc + 1, toplevel)) {
                return true;
            }
            if (repeat != null) {
                markPop(saved);
            }
            lastmark = savedLastmark;
            lastindex = savedLastindex;
        }
        return false;
    }

    // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
    private boolean repeatOne(int pc, int p, boolean toplevel) {
        long min = u(code[pc + 1]);
        if (min > end - p) {
            return false;
        }
        ptr = p;
        int count = count(pc + 3, u(code[pc + 2]));
        p += count;
        if (count < min) {
            return false;
        }
        int tail = pc + code[pc];
        if (code[tail] == OP_SUCCESS && p == end && !(toplevel && mustAdvance && p == start)) {
            ptr = p;
            return true;
        }
        int savedLastmark = lastmark;
        int savedLastindex = lastindex;
        int[] saved = repeat != null ? markPush(savedLastmark) : null;
        if (code[tail] == OP_LITERAL) {
            int chr = code[tail + 1];
            while (true) {
                while (count >= min && (p >= end || str[p] != chr)) {
                    p--;
                    count--;
                }
                if (count < min) {
                    break;
                }
                ptr = p;
                if (match(tail, toplevel)) {
                    return true;
                }
                if (repeat != null) {
                    markPop(saved);
                }
                lastmark = savedLastmark;
                lastindex = savedLastindex;
                p--;
                count--;
            }
        } else {
            while (count >= min) {
                ptr = p;
                if (match(tail, toplevel)) {
                    return true;
                }
                if (repeat != null) {
                    markPop(saved);
                }
                lastmark = savedLastmark;
                lastindex = savedLastindex;
                p--;
                count--;
            }
        }
        return false;
    }

    // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
    private boolean minRepeatOne(int pc, int p, boolean toplevel) {
        long min = u(code[pc + 1]);
        long max = u(code[pc + 2]);
        if (min > end - p) {
            return false;
        }
        ptr = p;
        long count;
        if (min == 0) {
            count = 0;
        } else {
            int n = count(pc + 3, min);
            if (n < min) {
                return false;
            }
            count = n;
            p += n;
        }
        int tail = pc + code[pc];
        if (code[tail] == OP_SUCCESS && !(toplevel && (matchAll && p != end || mustAdvance && p == start))) {
            ptr = p;
            return true;
        }
        int savedLastmark = lastmark;
        int savedLastindex = lastindex;
        int[] saved = repeat != null ? markPush(savedLastmark) : null;
        while (max == u(MAXREPEAT) || count <= max) {
            ptr = p;
            if (match(tail, toplevel)) {
                return true;
            }
            if (repeat != null) {
                markPop(saved);
            }
            lastmark = savedLastmark;
            lastindex = savedLastindex;
            ptr = p;
            if (count(pc + 3, 1) == 0) {
                break;
            }
            p++;
            count++;
        }
        return false;
    }

    // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
    private boolean maxUntil(int pc, int p, boolean toplevel) {
        Repeat rep = repeat;
        if (rep == null) {
            throw dev.quicken.runtime.Exc.runtimeError("internal error in regular expression engine");
        }
        ptr = p;
        long count = rep.count + 1;
        long min = u(code[rep.pattern + 1]);
        long max = u(code[rep.pattern + 2]);
        if (count < min) {
            rep.count = count;
            if (match(rep.pattern + 3, toplevel)) {
                return true;
            }
            rep.count = count - 1;
            ptr = p;
            return false;
        }
        if ((count < max || max == u(MAXREPEAT)) && ptr != rep.lastPtr) {
            rep.count = count;
            int savedLastmark = lastmark;
            int savedLastindex = lastindex;
            int[] saved = markPush(savedLastmark);
            int oldLastPtr = rep.lastPtr;
            rep.lastPtr = ptr;
            boolean ret = match(rep.pattern + 3, toplevel);
            rep.lastPtr = oldLastPtr;
            if (ret) {
                return true;
            }
            markPop(saved);
            lastmark = savedLastmark;
            lastindex = savedLastindex;
            rep.count = count - 1;
            ptr = p;
        }
        repeat = rep.prev;
        boolean ret = match(pc, toplevel);
        repeat = rep;
        if (ret) {
            return true;
        }
        ptr = p;
        return false;
    }

    // <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
    private boolean minUntil(int pc, int p, boolean toplevel) {
        Repeat rep = repeat;
        if (rep == null) {
            throw dev.quicken.runtime.Exc.runtimeError("internal error in regular expression engine");
        }
        ptr = p;
        long count = rep.count + 1;
        long min = u(code[rep.pattern + 1]);
        long max = u(code[rep.pattern + 2]);
        if (count < min) {
            rep.count = count;
            if (match(rep.pattern + 3, toplevel)) {
                return true;
            }
            rep.count = count - 1;
            ptr = p;
            return false;
        }
        repeat = rep.prev;
        int savedLastmark = lastmark;
        int savedLastindex = lastindex;
        int[] saved = repeat != null ? markPush(savedLastmark) : null;
        boolean ret = match(pc, toplevel);
        Repeat repeatOfTail = repeat;
        repeat = rep;
        if (ret) {
            return true;
        }
        if (repeatOfTail != null) {
            markPop(saved);
        }
        lastmark = savedLastmark;
        lastindex = savedLastindex;
        ptr = p;
        if (count >= max && max != u(MAXREPEAT) || ptr == rep.lastPtr) {
            return false;
        }
        rep.count = count;
        int oldLastPtr = rep.lastPtr;
        rep.lastPtr = ptr;
        ret = match(rep.pattern + 3, toplevel);
        rep.lastPtr = oldLastPtr;
        if (ret) {
            return true;
        }
        rep.count = count - 1;
        ptr = p;
        return false;
    }

    /**
     * {@code <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail}: the code index of the tail
     * ({@link #ptr} where it starts), or -1 on failure.
     */
    private int possessiveRepeat(int pc, int p) {
        ptr = p;
        long count = 0;
        long min = u(code[pc + 1]);
        long max = u(code[pc + 2]);
        while (count < min) {
            if (match(pc + 3, false)) {
                count++;
            } else {
                ptr = p;
                return -1;
            }
        }
        int last = -1;
        while ((count < max || max == u(MAXREPEAT)) && ptr != last) {
            int savedLastmark = lastmark;
            int savedLastindex = lastindex;
            int[] saved = markPush(savedLastmark);
            last = ptr;
            if (match(pc + 3, false)) {
                count++;
            } else {
                markPop(saved);
                lastmark = savedLastmark;
                lastindex = savedLastindex;
                ptr = last;
                break;
            }
        }
        return pc + code[pc] + 1;
    }
}
