package dev.quicken.modules.sre;

import java.util.Arrays;

/**
 * The matching state and engine (CPython 3.11: Modules/_sre/sre_lib.h SRE(match), SRE(search), SRE(count),
 * SRE(charset), SRE(at)). The subject is an array of code points (or byte values); positions are indexes
 * into it. Like CPython's engine, backtracking keeps its contexts on an explicit stack ({@link Ctx}), so deep
 * patterns and long subjects never overflow the Java stack.
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

    // ---------------------------------------------------------------- the data stack (marks)

    /** CPython 3.11: sre_lib.h MARK_PUSH: saves {@code mark[0..lastmark]} on the data stack. */
    private void markPush(int lm) {
        if (lm >= 0) {
            int n = lm + 1;
            if (dataTop + n > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, dataTop + n));
            }
            System.arraycopy(mark, 0, data, dataTop, n);
            dataTop += n;
        }
    }

    /** MARK_POP: restores the marks saved by the matching {@link #markPush} and drops them. */
    private void markPop(int lm) {
        if (lm >= 0) {
            dataTop -= lm + 1;
            System.arraycopy(data, dataTop, mark, 0, lm + 1);
        }
    }

    /** MARK_POP_KEEP: restores the saved marks and keeps them for another attempt. */
    private void markPopKeep(int lm) {
        if (lm >= 0) {
            System.arraycopy(data, dataTop - (lm + 1), mark, 0, lm + 1);
        }
    }

    /** MARK_POP_DISCARD: drops the saved marks. */
    private void markPopDiscard(int lm) {
        if (lm >= 0) {
            dataTop -= lm + 1;
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

    // CPython 3.11: sre_lib.h JUMP_* (where a context resumes once the context it jumped into returns)
    private static final int JUMP_NONE = 0;
    private static final int JUMP_MAX_UNTIL_1 = 1;
    private static final int JUMP_MAX_UNTIL_2 = 2;
    private static final int JUMP_MAX_UNTIL_3 = 3;
    private static final int JUMP_MIN_UNTIL_1 = 4;
    private static final int JUMP_MIN_UNTIL_2 = 5;
    private static final int JUMP_MIN_UNTIL_3 = 6;
    private static final int JUMP_REPEAT = 7;
    private static final int JUMP_REPEAT_ONE_1 = 8;
    private static final int JUMP_REPEAT_ONE_2 = 9;
    private static final int JUMP_MIN_REPEAT_ONE = 10;
    private static final int JUMP_BRANCH = 11;
    private static final int JUMP_ASSERT = 12;
    private static final int JUMP_ASSERT_NOT = 13;
    private static final int JUMP_POSS_REPEAT_1 = 14;
    private static final int JUMP_POSS_REPEAT_2 = 15;
    private static final int JUMP_ATOMIC_GROUP = 16;

    // What a step of the matcher asks the driver loop to do next.
    private static final int FAILURE = 0;
    private static final int SUCCESS = 1;
    /** A new context was pushed: enter it at its pattern with {@link #ptr}. */
    private static final int ENTER = 2;
    /** Continue dispatching in the current context at its saved pattern and position. */
    private static final int DISPATCH = 3;

    /**
     * A match context (CPython 3.11: sre_lib.h SRE(match_context)). Contexts live on {@link #ctxs}, an explicit
     * stack, so the depth of backtracking is bounded by memory, not by the Java stack.
     */
    static final class Ctx {
        long count;
        int chr;
        Repeat rep;
        int lastmark;
        int lastindex;
        /** The code index to resume at (the context's {@code pattern}). */
        int pc;
        /** The subject position to resume at (the context's {@code ptr}). */
        int ptr;
        boolean toplevel;
        int jump;
        /** {@code DATA_PUSH(&ctx->u.rep->last_ptr)}: the repeat's last position saved around a jump. */
        int savedLastPtr;
    }

    private Ctx[] ctxs = new Ctx[32];
    private int ctxTop = -1;
    private int[] data = new int[64];
    private int dataTop;

    /**
     * DO_JUMPX: saves where {@code ctx} resumes ({@code pc}, {@code p}) and pushes a context that matches the
     * code at {@code next} from {@link #ptr}.
     */
    private int jump(Ctx ctx, int jump, int pc, int p, int next, boolean toplevel) {
        ctx.pc = pc;
        ctx.ptr = p;
        Ctx c = pushCtx(jump, toplevel);
        c.pc = next;
        return ENTER;
    }

    private Ctx pushCtx(int jump, boolean toplevel) {
        int i = ++ctxTop;
        if (i == ctxs.length) {
            ctxs = Arrays.copyOf(ctxs, i * 2);
        }
        Ctx c = ctxs[i];
        if (c == null) {
            c = ctxs[i] = new Ctx();
        }
        c.jump = jump;
        c.toplevel = toplevel;
        c.rep = null;
        return c;
    }

    /**
     * CPython 3.11: sre_lib.h SRE(match). Matches the code at {@code pc} against the subject at {@link #ptr};
     * on success {@link #ptr} is where the match ended. Where CPython's engine jumps into a new context
     * ({@code DO_JUMP}) and later resumes at the jump's label, this one pushes a {@link Ctx} and later resumes in
     * {@link #resume} by the context's {@code jump}.
     */
    boolean match(int pc, boolean toplevel) {
        final int base = ctxTop;
        final int dataBase = dataTop;
        pushCtx(JUMP_NONE, toplevel).pc = pc;
        int status = ENTER;
        try {
            while (true) {
                if (status == ENTER) {
                    status = enter(ctxs[ctxTop]);
                } else if (status == DISPATCH) {
                    Ctx ctx = ctxs[ctxTop];
                    status = dispatch(ctx, ctx.pc, ctx.ptr);
                } else {
                    // exit: pop the finished context and resume its parent
                    int jump = ctxs[ctxTop--].jump;
                    if (ctxTop == base) {
                        return status == SUCCESS;
                    }
                    status = resume(ctxs[ctxTop], jump, status == SUCCESS);
                }
            }
        } finally {
            ctxTop = base;
            dataTop = dataBase;
        }
    }

    /** The entrance of a context: the INFO block's minimum length, then dispatch. */
    private int enter(Ctx ctx) {
        int pc = ctx.pc;
        int p = ptr;
        if (code[pc] == OP_INFO) {
            // <INFO> <1=skip> <2=flags> <3=min> ...
            long min = u(code[pc + 3]);
            if (min != 0 && end - p < min) {
                return FAILURE;
            }
            pc += code[pc + 1] + 1;
        }
        return dispatch(ctx, pc, p);
    }

    /** The dispatch loop of SRE(match): runs the context's code until it succeeds, fails or jumps. */
    private int dispatch(Ctx ctx, int pc, int p) {
        final int e = end;
        final int[] code = this.code;
        final int[] str = this.str;
        while (true) {
            int op = code[pc++];
            switch (op) {
                case OP_MARK: {
                    // <MARK> <gid>
                    int i = code[pc];
                    if ((i & 1) != 0) {
                        lastindex = i / 2 + 1;
                    }
                    if (i > lastmark) {
                        // marks between the old lastmark and i were never reached
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
                        return FAILURE;
                    }
                    pc++;
                    p++;
                    break;
                case OP_NOT_LITERAL:
                    if (p >= e || str[p] == code[pc]) {
                        return FAILURE;
                    }
                    pc++;
                    p++;
                    break;
                case OP_SUCCESS:
                    if (ctx.toplevel && (matchAll && p != end || mustAdvance && p == start)) {
                        return FAILURE;
                    }
                    ptr = p;
                    return SUCCESS;
                case OP_AT:
                    if (!at(p, code[pc])) {
                        return FAILURE;
                    }
                    pc++;
                    break;
                case OP_CATEGORY:
                    if (p >= e || !SreChars.category(code[pc], str[p])) {
                        return FAILURE;
                    }
                    pc++;
                    p++;
                    break;
                case OP_ANY:
                    if (p >= e || SreChars.isLinebreak(str[p])) {
                        return FAILURE;
                    }
                    p++;
                    break;
                case OP_ANY_ALL:
                    if (p >= e) {
                        return FAILURE;
                    }
                    p++;
                    break;
                case OP_IN:
                    // <IN> <skip> <set>
                    if (p >= e || !charset(pc + 1, str[p])) {
                        return FAILURE;
                    }
                    pc += code[pc];
                    p++;
                    break;
                case OP_LITERAL_IGNORE:
                    if (p >= e || SreChars.lowerAscii(str[p]) != code[pc]) {
                        return FAILURE;
                    }
                    pc++;
                    p++;
                    break;
                case OP_LITERAL_UNI_IGNORE:
                    if (p >= e || SreChars.lowerUnicode(str[p]) != code[pc]) {
                        return FAILURE;
                    }
                    pc++;
                    p++;
                    break;
                case OP_LITERAL_LOC_IGNORE:
                    if (p >= e || !SreChars.charLocIgnore(code[pc], str[p])) {
                        return FAILURE;
                    }
                    pc++;
                    p++;
                    break;
                case OP_NOT_LITERAL_IGNORE:
                    if (p >= e || SreChars.lowerAscii(str[p]) == code[pc]) {
                        return FAILURE;
                    }
                    pc++;
                    p++;
                    break;
                case OP_NOT_LITERAL_UNI_IGNORE:
                    if (p >= e || SreChars.lowerUnicode(str[p]) == code[pc]) {
                        return FAILURE;
                    }
                    pc++;
                    p++;
                    break;
                case OP_NOT_LITERAL_LOC_IGNORE:
                    if (p >= e || SreChars.charLocIgnore(code[pc], str[p])) {
                        return FAILURE;
                    }
                    pc++;
                    p++;
                    break;
                case OP_IN_IGNORE:
                    if (p >= e || !charset(pc + 1, SreChars.lowerAscii(str[p]))) {
                        return FAILURE;
                    }
                    pc += code[pc];
                    p++;
                    break;
                case OP_IN_UNI_IGNORE:
                    if (p >= e || !charset(pc + 1, SreChars.lowerUnicode(str[p]))) {
                        return FAILURE;
                    }
                    pc += code[pc];
                    p++;
                    break;
                case OP_IN_LOC_IGNORE:
                    if (p >= e || !charsetLocIgnore(pc + 1, str[p])) {
                        return FAILURE;
                    }
                    pc += code[pc];
                    p++;
                    break;
                case OP_JUMP:
                case OP_INFO:
                    // <JUMP> <offset>
                    pc += code[pc];
                    break;
                case OP_BRANCH:
                    // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                    ctx.lastmark = lastmark;
                    ctx.lastindex = lastindex;
                    if (repeat != null) {
                        markPush(ctx.lastmark);
                    }
                    return branchNext(ctx, pc, p);
                case OP_REPEAT_ONE:
                    return repeatOne(ctx, pc, p);
                case OP_MIN_REPEAT_ONE:
                    return minRepeatOne(ctx, pc, p);
                case OP_POSSESSIVE_REPEAT_ONE: {
                    // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                    if (p + u(code[pc + 1]) > e) {
                        return FAILURE;
                    }
                    ptr = p;
                    int n = count(pc + 3, u(code[pc + 2]));
                    p += n;
                    if (n < u(code[pc + 1])) {
                        return FAILURE;
                    }
                    pc += code[pc];
                    if (code[pc] == OP_SUCCESS && p == end && !(ctx.toplevel && mustAdvance && p == start)) {
                        ptr = p;
                        return SUCCESS;
                    }
                    break;
                }
                case OP_REPEAT: {
                    // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail: the UNTIL does the work
                    Repeat rep = new Repeat(pc, repeat);
                    rep.count = -1;
                    ctx.rep = rep;
                    repeat = rep;
                    ptr = p;
                    return jump(ctx, JUMP_REPEAT, pc, p, pc + code[pc], ctx.toplevel);
                }
                case OP_MAX_UNTIL:
                    return maxUntil(ctx, pc, p);
                case OP_MIN_UNTIL:
                    return minUntil(ctx, pc, p);
                case OP_POSSESSIVE_REPEAT:
                    // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                    ptr = p;
                    ctx.count = 0;
                    return possessiveRepeatMin(ctx, pc, p);
                case OP_ATOMIC_GROUP:
                    // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                    ptr = p;
                    return jump(ctx, JUMP_ATOMIC_GROUP, pc, p, pc + 1, false);
                case OP_GROUPREF:
                case OP_GROUPREF_IGNORE:
                case OP_GROUPREF_UNI_IGNORE:
                case OP_GROUPREF_LOC_IGNORE: {
                    int groupref = code[pc] * 2;
                    if (groupref >= lastmark) {
                        return FAILURE;
                    }
                    int q = mark[groupref];
                    int qe = mark[groupref + 1];
                    if (q < 0 || qe < 0 || qe < q) {
                        return FAILURE;
                    }
                    for (; q < qe; q++) {
                        if (p >= e || !sameChar(op, str[p], str[q])) {
                            return FAILURE;
                        }
                        p++;
                    }
                    pc++;
                    break;
                }
                case OP_GROUPREF_EXISTS: {
                    // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                    int groupref = code[pc] * 2;
                    if (groupref >= lastmark || mark[groupref] < 0 || mark[groupref + 1] < 0
                            || mark[groupref + 1] < mark[groupref]) {
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
                        return FAILURE;
                    }
                    ptr = p - (int) back;
                    return jump(ctx, JUMP_ASSERT, pc, p, pc + 2, false);
                }
                case OP_ASSERT_NOT: {
                    // <ASSERT_NOT> <skip> <back> <pattern>
                    long back = u(code[pc + 1]);
                    if (p >= back) {
                        ptr = p - (int) back;
                        ctx.lastmark = lastmark;
                        ctx.lastindex = lastindex;
                        if (repeat != null) {
                            markPush(ctx.lastmark);
                        }
                        return jump(ctx, JUMP_ASSERT_NOT, pc, p, pc + 2, false);
                    }
                    pc += code[pc];
                    break;
                }
                case OP_FAILURE:
                    return FAILURE;
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

    private void lastmarkRestore(Ctx ctx) {
        lastmark = ctx.lastmark;
        lastindex = ctx.lastindex;
    }

    /** Where a context resumes after the context it jumped into returned {@code ret} (the jump labels). */
    private int resume(Ctx ctx, int jump, boolean ret) {
        Repeat rep = ctx.rep;
        switch (jump) {
            case JUMP_BRANCH:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(ctx.lastmark);
                    }
                    return SUCCESS;
                }
                if (repeat != null) {
                    markPopKeep(ctx.lastmark);
                }
                lastmarkRestore(ctx);
                return branchNext(ctx, ctx.pc + code[ctx.pc], ctx.ptr);
            case JUMP_REPEAT_ONE_1:
            case JUMP_REPEAT_ONE_2:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(ctx.lastmark);
                    }
                    return SUCCESS;
                }
                if (repeat != null) {
                    markPopKeep(ctx.lastmark);
                }
                lastmarkRestore(ctx);
                ctx.count--;
                return jump == JUMP_REPEAT_ONE_1 ? repeatOneLiteral(ctx, ctx.pc, ctx.ptr - 1)
                        : repeatOneGeneral(ctx, ctx.pc, ctx.ptr - 1);
            case JUMP_MIN_REPEAT_ONE:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(ctx.lastmark);
                    }
                    return SUCCESS;
                }
                if (repeat != null) {
                    markPopKeep(ctx.lastmark);
                }
                lastmarkRestore(ctx);
                ptr = ctx.ptr;
                if (count(ctx.pc + 3, 1) == 0) {
                    if (repeat != null) {
                        markPopDiscard(ctx.lastmark);
                    }
                    return FAILURE;
                }
                ctx.count++;
                return minRepeatOneNext(ctx, ctx.pc, ctx.ptr + 1);
            case JUMP_REPEAT:
                repeat = rep.prev;
                return ret ? SUCCESS : FAILURE;
            case JUMP_MAX_UNTIL_1:
            case JUMP_MIN_UNTIL_1:
                if (ret) {
                    return SUCCESS;
                }
                rep.count = ctx.count - 1;
                ptr = ctx.ptr;
                return FAILURE;
            case JUMP_MAX_UNTIL_2:
                rep.lastPtr = ctx.savedLastPtr;
                if (ret) {
                    markPopDiscard(ctx.lastmark);
                    return SUCCESS;
                }
                markPop(ctx.lastmark);
                lastmarkRestore(ctx);
                rep.count = ctx.count - 1;
                ptr = ctx.ptr;
                return maxUntilTail(ctx, ctx.pc, ctx.ptr);
            case JUMP_MAX_UNTIL_3:
                repeat = rep;
                if (ret) {
                    return SUCCESS;
                }
                ptr = ctx.ptr;
                return FAILURE;
            case JUMP_MIN_UNTIL_2:
                return minUntilAfterTail(ctx, ret);
            case JUMP_MIN_UNTIL_3:
                rep.lastPtr = ctx.savedLastPtr;
                if (ret) {
                    return SUCCESS;
                }
                rep.count = ctx.count - 1;
                ptr = ctx.ptr;
                return FAILURE;
            case JUMP_POSS_REPEAT_1:
                if (!ret) {
                    ptr = ctx.ptr;
                    return FAILURE;
                }
                ctx.count++;
                return possessiveRepeatMin(ctx, ctx.pc, ctx.ptr);
            case JUMP_POSS_REPEAT_2:
                if (ret) {
                    markPopDiscard(ctx.lastmark);
                    ctx.count++;
                    return possessiveRepeatMore(ctx, ctx.pc, ctx.ptr);
                }
                markPop(ctx.lastmark);
                lastmarkRestore(ctx);
                ptr = ctx.ptr;
                return possessiveRepeatTail(ctx, ctx.pc);
            case JUMP_ATOMIC_GROUP:
                if (!ret) {
                    ptr = ctx.ptr;
                    return FAILURE;
                }
                // the tail: skip to the group's SUCCESS and past it
                ctx.pc += code[ctx.pc];
                ctx.ptr = ptr;
                return DISPATCH;
            case JUMP_ASSERT:
                if (!ret) {
                    return FAILURE;
                }
                ctx.pc += code[ctx.pc];
                return DISPATCH;
            case JUMP_ASSERT_NOT:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(ctx.lastmark);
                    }
                    return FAILURE;
                }
                if (repeat != null) {
                    markPop(ctx.lastmark);
                }
                lastmarkRestore(ctx);
                ctx.pc += code[ctx.pc];
                return DISPATCH;
            default:
                throw dev.quicken.runtime.Exc.runtimeError("internal error in regular expression engine");
        }
    }

    /** BRANCH: tries the alternatives from the one at {@code pc} (the code after BRANCH's opcode). */
    private int branchNext(Ctx ctx, int pc, int p) {
        for (; code[pc] != 0; pc += code[pc]) {
            if (code[pc + 1] == OP_LITERAL && (p >= end || str[p] != code[pc + 2])) {
                continue;
            }
            if (code[pc + 1] == OP_IN && (p >= end || !charset(pc + 3, str[p]))) {
                continue;
            }
            ptr = p;
            return jump(ctx, JUMP_BRANCH, pc, p, pc + 1, ctx.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(ctx.lastmark);
        }
        return FAILURE;
    }

    // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
    private int repeatOne(Ctx ctx, int pc, int p) {
        long min = u(code[pc + 1]);
        if (min > end - p) {
            return FAILURE;
        }
        ptr = p;
        int n = count(pc + 3, u(code[pc + 2]));
        ctx.count = n;
        p += n;
        if (n < min) {
            return FAILURE;
        }
        int tail = pc + code[pc];
        if (code[tail] == OP_SUCCESS && p == end && !(ctx.toplevel && mustAdvance && p == start)) {
            // the tail is empty: done
            ptr = p;
            return SUCCESS;
        }
        ctx.lastmark = lastmark;
        ctx.lastindex = lastindex;
        if (repeat != null) {
            markPush(ctx.lastmark);
        }
        if (code[tail] == OP_LITERAL) {
            ctx.chr = code[tail + 1];
            return repeatOneLiteral(ctx, pc, p);
        }
        return repeatOneGeneral(ctx, pc, p);
    }

    /** REPEAT_ONE whose tail starts with a literal: backtracks only to positions where that literal is. */
    private int repeatOneLiteral(Ctx ctx, int pc, int p) {
        long min = u(code[pc + 1]);
        int chr = ctx.chr;
        while (ctx.count >= min && (p >= end || str[p] != chr)) {
            p--;
            ctx.count--;
        }
        if (ctx.count < min) {
            if (repeat != null) {
                markPopDiscard(ctx.lastmark);
            }
            return FAILURE;
        }
        ptr = p;
        return jump(ctx, JUMP_REPEAT_ONE_1, pc, p, pc + code[pc], ctx.toplevel);
    }

    private int repeatOneGeneral(Ctx ctx, int pc, int p) {
        if (ctx.count < u(code[pc + 1])) {
            if (repeat != null) {
                markPopDiscard(ctx.lastmark);
            }
            return FAILURE;
        }
        ptr = p;
        return jump(ctx, JUMP_REPEAT_ONE_2, pc, p, pc + code[pc], ctx.toplevel);
    }

    // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
    private int minRepeatOne(Ctx ctx, int pc, int p) {
        long min = u(code[pc + 1]);
        if (min > end - p) {
            return FAILURE;
        }
        ptr = p;
        if (min == 0) {
            ctx.count = 0;
        } else {
            // count using the minimum as the maximum
            int n = count(pc + 3, min);
            if (n < min) {
                return FAILURE;
            }
            ctx.count = n;
            p += n;
        }
        int tail = pc + code[pc];
        if (code[tail] == OP_SUCCESS && !(ctx.toplevel && (matchAll && p != end || mustAdvance && p == start))) {
            ptr = p;
            return SUCCESS;
        }
        ctx.lastmark = lastmark;
        ctx.lastindex = lastindex;
        if (repeat != null) {
            markPush(ctx.lastmark);
        }
        return minRepeatOneNext(ctx, pc, p);
    }

    private int minRepeatOneNext(Ctx ctx, int pc, int p) {
        long max = u(code[pc + 2]);
        if (max == u(MAXREPEAT) || ctx.count <= max) {
            ptr = p;
            return jump(ctx, JUMP_MIN_REPEAT_ONE, pc, p, pc + code[pc], ctx.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(ctx.lastmark);
        }
        return FAILURE;
    }

    private Repeat untilRepeat() {
        if (repeat == null) {
            throw dev.quicken.runtime.Exc.runtimeError("internal error in regular expression engine");
        }
        return repeat;
    }

    // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
    private int maxUntil(Ctx ctx, int pc, int p) {
        Repeat rep = untilRepeat();
        ctx.rep = rep;
        ptr = p;
        ctx.count = rep.count + 1;
        if (ctx.count < u(code[rep.pattern + 1])) {
            // not enough matches
            rep.count = ctx.count;
            return jump(ctx, JUMP_MAX_UNTIL_1, pc, p, rep.pattern + 3, ctx.toplevel);
        }
        long max = u(code[rep.pattern + 2]);
        if ((ctx.count < max || max == u(MAXREPEAT)) && ptr != rep.lastPtr) {
            // enough matches, but match another item if we can
            rep.count = ctx.count;
            ctx.lastmark = lastmark;
            ctx.lastindex = lastindex;
            markPush(ctx.lastmark);
            // zero-width match protection
            ctx.savedLastPtr = rep.lastPtr;
            rep.lastPtr = ptr;
            return jump(ctx, JUMP_MAX_UNTIL_2, pc, p, rep.pattern + 3, ctx.toplevel);
        }
        return maxUntilTail(ctx, pc, p);
    }

    /** MAX_UNTIL: no more items here; the tail must match. */
    private int maxUntilTail(Ctx ctx, int pc, int p) {
        repeat = ctx.rep.prev;
        return jump(ctx, JUMP_MAX_UNTIL_3, pc, p, pc, ctx.toplevel);
    }

    // <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
    private int minUntil(Ctx ctx, int pc, int p) {
        Repeat rep = untilRepeat();
        ctx.rep = rep;
        ptr = p;
        ctx.count = rep.count + 1;
        if (ctx.count < u(code[rep.pattern + 1])) {
            // not enough matches
            rep.count = ctx.count;
            return jump(ctx, JUMP_MIN_UNTIL_1, pc, p, rep.pattern + 3, ctx.toplevel);
        }
        // see if the tail matches
        repeat = rep.prev;
        ctx.lastmark = lastmark;
        ctx.lastindex = lastindex;
        if (repeat != null) {
            markPush(ctx.lastmark);
        }
        return jump(ctx, JUMP_MIN_UNTIL_2, pc, p, pc, ctx.toplevel);
    }

    /** MIN_UNTIL after its tail returned: done, or match one more item. */
    private int minUntilAfterTail(Ctx ctx, boolean ret) {
        Repeat rep = ctx.rep;
        Repeat repeatOfTail = repeat;
        repeat = rep;
        if (ret) {
            if (repeatOfTail != null) {
                markPopDiscard(ctx.lastmark);
            }
            return SUCCESS;
        }
        if (repeatOfTail != null) {
            markPop(ctx.lastmark);
        }
        lastmarkRestore(ctx);
        ptr = ctx.ptr;
        long max = u(code[rep.pattern + 2]);
        if (ctx.count >= max && max != u(MAXREPEAT) || ptr == rep.lastPtr) {
            return FAILURE;
        }
        rep.count = ctx.count;
        // zero-width match protection
        ctx.savedLastPtr = rep.lastPtr;
        rep.lastPtr = ptr;
        return jump(ctx, JUMP_MIN_UNTIL_3, ctx.pc, ctx.ptr, rep.pattern + 3, ctx.toplevel);
    }

    // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail: the required items
    private int possessiveRepeatMin(Ctx ctx, int pc, int p) {
        if (ctx.count < u(code[pc + 1])) {
            return jump(ctx, JUMP_POSS_REPEAT_1, pc, p, pc + 3, false);
        }
        // no position yet, so that the loop is entered
        return possessiveRepeatMore(ctx, pc, -1);
    }

    /** POSSESSIVE_REPEAT: more items while they match and advance ({@code last}: where the last one began). */
    private int possessiveRepeatMore(Ctx ctx, int pc, int last) {
        long max = u(code[pc + 2]);
        if ((ctx.count < max || max == u(MAXREPEAT)) && ptr != last) {
            ctx.lastmark = lastmark;
            ctx.lastindex = lastindex;
            markPush(ctx.lastmark);
            return jump(ctx, JUMP_POSS_REPEAT_2, pc, ptr, pc + 3, false);
        }
        return possessiveRepeatTail(ctx, pc);
    }

    /** POSSESSIVE_REPEAT: go on with the tail, past the SUCCESS that ends the repeated pattern. */
    private int possessiveRepeatTail(Ctx ctx, int pc) {
        ctx.pc = pc + code[pc] + 1;
        ctx.ptr = ptr;
        return DISPATCH;
    }
}
