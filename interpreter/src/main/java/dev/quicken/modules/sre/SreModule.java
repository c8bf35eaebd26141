package dev.quicken.modules.sre;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyGenericAlias;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyIter;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code _sre} module (CPython 3.11: Modules/_sre/sre.c): {@code compile} makes a {@code re.Pattern} from
 * the code {@code re._compiler} produces; patterns make {@code re.Match} objects and scanners.
 */
public final class SreModule {

    static final PyObject NONE = PyNone.NONE;
    static final int MAGIC = 20220615;
    static final long MAXREPEAT = 0xffffffffL;
    static final long MAXGROUPS = 0x3fffffffL;

    static final PyType PATTERN = type("Pattern", "re");
    static final PyType MATCH = type("Match", "re");
    static final PyType SCANNER = type("SRE_Scanner", "_sre");

    private SreModule() {
    }

    private static PyType type(String name, String module) {
        PyType t = new PyType(name);
        TypeSetup.registerExtra(t);
        t.disallowInstantiation();
        t.dict().setStr("__module__", new PyStr(module));
        return t;
    }

    static {
        setupPattern();
        setupMatch();
        setupScanner();
    }

    // ---------------------------------------------------------------- objects

    /** A compiled pattern (CPython's PatternObject). */
    static final class Pattern extends PyInstance {
        PyObject pattern;
        int flags;
        int[] code;
        int groups;
        PyObject groupindex;
        PyObject indexgroup;
        boolean isbytes;

        Pattern() {
            super(PATTERN);
        }
    }

    /** A match (CPython's MatchObject): the spans of every group, -1 when the group did not take part. */
    static final class Match extends PyInstance {
        Pattern pattern;
        PyObject string;
        Subject subject;
        int[] mark;
        int pos;
        int endpos;
        int lastindex;

        Match() {
            super(MATCH);
        }
    }

    /** A scanner: successive matches over one subject. */
    static final class Scanner extends PyInstance {
        Pattern pattern;
        PyObject string;
        Subject subject;
        SreState state;
        boolean done;
        boolean executing;

        Scanner() {
            super(SCANNER);
        }
    }

    /** The characters of a subject string (code points, or byte values). */
    static final class Subject {
        final PyObject string;
        final int[] chars;
        final boolean isbytes;
        final String bmp;

        Subject(PyObject string, int[] chars, boolean isbytes, String bmp) {
            this.string = string;
            this.chars = chars;
            this.isbytes = isbytes;
            this.bmp = bmp;
        }

        // CPython 3.11: sre.c getslice
        PyObject slice(int i, int j) {
            if (isbytes) {
                if (string instanceof PyBytes && string.type() == PyBytes.TYPE && i == 0 && j == chars.length) {
                    return string;
                }
                byte[] b = new byte[j - i];
                for (int k = i; k < j; k++) {
                    b[k - i] = (byte) chars[k];
                }
                return new PyBytes(b);
            }
            if (bmp != null) {
                return new PyStr(bmp.substring(i, j));
            }
            return PyStr.ofCodePoints(Arrays.copyOfRange(chars, i, j), j - i);
        }

        PyObject empty() {
            return isbytes ? new PyBytes(new byte[0]) : new PyStr("");
        }
    }

    /** Subjects of recent long immutable strings, by identity: scanning a text with {@code match(s, pos)}. */
    private static final int CACHE_SIZE = 8;
    private static final int CACHE_MIN_LENGTH = 64;
    @SuppressWarnings("unchecked")
    private static final SoftReference<Subject>[] CACHE = new SoftReference[CACHE_SIZE];
    private static int cacheNext;

    private static Subject cached(PyObject string) {
        synchronized (CACHE) {
            for (SoftReference<Subject> r : CACHE) {
                Subject s = r == null ? null : r.get();
                if (s != null && s.string == string) {
                    return s;
                }
            }
        }
        return null;
    }

    private static Subject remember(Subject s) {
        if (s.chars.length >= CACHE_MIN_LENGTH) {
            synchronized (CACHE) {
                CACHE[cacheNext] = new SoftReference<>(s);
                cacheNext = (cacheNext + 1) % CACHE_SIZE;
            }
        }
        return s;
    }

    /** The code points of a str (its UTF-16 units widened when it has no surrogates). */
    private static int[] codePoints(PyStr s) {
        if (s.codePoints != null) {
            return s.codePoints.clone();
        }
        String v = s.value;
        int n = v.length();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (Character.isSurrogate(c)) {
                return v.codePoints().toArray();
            }
            out[i] = c;
        }
        return out;
    }

    // CPython 3.11: sre.c getstring
    static Subject subject(PyObject string) {
        if (string instanceof PyStr || string instanceof PyBytes) {
            Subject c = cached(string);
            if (c != null) {
                return c;
            }
        }
        if (string instanceof PyStr) {
            PyStr s = (PyStr) string;
            int[] cps = codePoints(s);
            return remember(new Subject(string, cps, false, cps.length == s.value.length() ? s.value : null));
        }
        byte[] b;
        if (string instanceof PyBytes) {
            b = ((PyBytes) string).value;
            int[] chars = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                chars[i] = b[i] & 0xff;
            }
            return remember(new Subject(string, chars, true, null));
        } else {
            PyType t = string.type();
            String n = t.name();
            if (!n.equals("bytearray") && !n.equals("memoryview") && !n.equals("array") && !n.equals("mmap")
                    && t.lookup("__buffer__") == null && !isByteLike(t)) {
                throw Exc.typeError("expected string or bytes-like object, got '" + Abstract.typeName(string) + "'");
            }
            b = ((PyBytes) Abstract.call(PyBytes.TYPE, string)).value;
        }
        int[] chars = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            chars[i] = b[i] & 0xff;
        }
        return new Subject(string, chars, true, null);
    }

    private static boolean isByteLike(PyType t) {
        for (PyType m : t.mro()) {
            if (m.name().equals("bytearray") || m.name().equals("memoryview")) {
                return true;
            }
        }
        return false;
    }

    // CPython 3.11: sre.c state_init
    static SreState state(Pattern p, Subject s, long pos, long endpos) {
        if (s.isbytes && !p.isbytes) {
            throw Exc.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (!s.isbytes && p.isbytes) {
            throw Exc.typeError("cannot use a bytes pattern on a string-like object");
        }
        return new SreState(p.code, s.chars, p.groups, pos, endpos);
    }

    // CPython 3.11: sre.c pattern_new_match
    static Match newMatch(Pattern p, Subject s, SreState st) {
        Match m = new Match();
        m.pattern = p;
        m.string = s.string;
        m.subject = s;
        m.mark = new int[2 * (p.groups + 1)];
        m.mark[0] = st.start;
        m.mark[1] = st.ptr;
        for (int i = 0, j = 0; i < p.groups; i++, j += 2) {
            if (j + 1 <= st.lastmark && st.mark[j] >= 0 && st.mark[j + 1] >= 0) {
                m.mark[j + 2] = st.mark[j];
                m.mark[j + 3] = st.mark[j + 1];
                if (m.mark[j + 2] > m.mark[j + 3]) {
                    throw Exc.systemError("The span of capturing group is wrong, please report a bug for the re "
                            + "module.");
                }
            } else {
                m.mark[j + 2] = -1;
                m.mark[j + 3] = -1;
            }
        }
        m.pos = st.pos;
        m.endpos = st.endpos;
        m.lastindex = st.lastindex;
        return m;
    }

    // CPython 3.11: sre.c state_getslice
    static PyObject stateSlice(SreState st, Subject s, int index, boolean empty) {
        int i = (index - 1) * 2;
        if (i >= st.lastmark || st.mark[i] < 0 || st.mark[i + 1] < 0) {
            return empty ? s.empty() : NONE;
        }
        return s.slice(st.mark[i], st.mark[i + 1]);
    }

    // ---------------------------------------------------------------- the module

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_sre");
        m.dict.setStr("MAGIC", PyInt.of(MAGIC));
        m.dict.setStr("CODESIZE", PyInt.of(4));
        m.dict.setStr("MAXREPEAT", PyInt.of(MAXREPEAT));
        m.dict.setStr("MAXGROUPS", PyInt.of(MAXGROUPS));
        m.dict.setStr("copyright", new PyStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        def(m, "getcodesize", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyInt.of(4);
            }
        });
        def(m, "ascii_iscased", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyBool.of(SreChars.asciiIscased(charArg("ascii_iscased", a, kw)));
            }
        });
        def(m, "unicode_iscased", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyBool.of(SreChars.unicodeIscased(charArg("unicode_iscased", a, kw)));
            }
        });
        def(m, "ascii_tolower", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyInt.of(SreChars.lowerAscii(charArg("ascii_tolower", a, kw)));
            }
        });
        def(m, "unicode_tolower", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyInt.of(SreChars.lowerUnicode(charArg("unicode_tolower", a, kw)));
            }
        });
        def(m, "compile", new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return SreModule.compile(x0, x1);
            }
        });
        dev.quicken.modules.DictOrder.apply(m, "compile", "getcodesize", "ascii_iscased", "unicode_iscased", "ascii_tolower", "unicode_tolower", "MAGIC", "CODESIZE", "MAXREPEAT", "MAXGROUPS", "copyright");
        return m;
    }

    private static int charArg(String fname, PyObject[] a, String[] kw) {
        Args.count(fname, a, kw, 0, 1, 1);
        return (int) Args.integer(a[0]);
    }

    private static void def(PyModule m, String name, JFunc f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, f, null, "_sre"));
    }

    // CPython 3.11: sre.c _sre_compile_impl
    static PyObject compile(PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse("compile", a, kw, 0, new String[] {"pattern", "flags", "code", "groups",
            "groupindex", "indexgroup"}, 6, 6);
        Pattern pat = new Pattern();
        pat.pattern = p[0];
        pat.flags = (int) Args.integer(p[1]);
        argOfType(p[2], PyList.TYPE, "code", 3);
        argOfType(p[4], PyDict.TYPE, "groupindex", 5);
        argOfType(p[5], PyTuple.TYPE, "indexgroup", 6);
        PyObject[] codeItems = Abstract.toArray(p[2]);
        pat.code = new int[codeItems.length];
        for (int i = 0; i < codeItems.length; i++) {
            // PyLong_AsUnsignedLong, then the SRE_CODE width
            if (!(codeItems[i] instanceof PyInt)) {
                throw Exc.typeError("an integer is required");
            }
            PyInt v = (PyInt) codeItems[i];
            if (v.big != null ? v.big.signum() < 0 : v.value < 0) {
                throw Exc.overflowError("can't convert negative int to unsigned");
            }
            if (v.big != null && v.big.bitLength() > 64) {
                throw Exc.overflowError("Python int too large to convert to C unsigned long");
            }
            if (v.big != null || v.value > 0xffffffffL) {
                throw Exc.overflowError("regular expression code size limit exceeded");
            }
            pat.code[i] = (int) v.value;
        }
        pat.groups = (int) Args.integer(p[3]);
        pat.groupindex = p[4];
        pat.indexgroup = p[5];
        pat.isbytes = !(p[0] instanceof PyStr) && p[0] != NONE;
        return pat;
    }

    /** Argument Clinic's {@code subclass_of} converter. */
    private static void argOfType(PyObject o, PyType t, String name, int pos) {
        if (!o.type().isSubtypeOf(t)) {
            throw Exc.typeError("compile() argument " + pos + " must be " + t.name() + ", not "
                    + Abstract.typeName(o));
        }
    }

    // ---------------------------------------------------------------- Pattern

    private static Pattern pat(PyObject o) {
        return (Pattern) o;
    }

    /** A Py_ssize_t argument (Argument Clinic's converter: OverflowError past 64 bits). */
    private static long posArg(PyObject o, long dflt) {
        if (o == null) {
            return dflt;
        }
        PyInt v = Abstract.index(o);
        if (v.big != null) {
            throw Exc.overflowError("Python int too large to convert to C ssize_t");
        }
        return v.value;
    }

    private static final String[] MATCH_ARGS = {"string", "pos", "endpos"};

    private static void setupPattern() {
        PyType t = PATTERN;
        for (String name : new String[] {"match", "fullmatch", "search"}) {
            TypeSetup.def(t, name, new JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    PyObject[] p = Args.parse(name, a, kw, 1, MATCH_ARGS, 1, 3);
                    Pattern self = pat(a[0]);
                    Subject s = subject(p[0]);
                    SreState st = state(self, s, posArg(p[1], 0), posArg(p[2], Long.MAX_VALUE));
                    boolean ok;
                    if (name.equals("search")) {
                        ok = st.search();
                    } else {
                        st.matchAll = name.equals("fullmatch");
                        ok = st.match();
                    }
                    return ok ? newMatch(self, s, st) : NONE;
                }
            });
        }
        TypeSetup.def(t, "findall", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("findall", a, kw, 1, MATCH_ARGS, 1, 3);
                Pattern self = pat(a[0]);
                Subject s = subject(p[0]);
                SreState st = state(self, s, posArg(p[1], 0), posArg(p[2], Long.MAX_VALUE));
                List<PyObject> out = new ArrayList<>();
                while (st.start <= st.end) {
                    st.reset();
                    st.ptr = st.start;
                    if (!st.search()) {
                        break;
                    }
                    PyObject item;
                    if (self.groups == 0) {
                        item = s.slice(st.start, st.ptr);
                    } else if (self.groups == 1) {
                        item = stateSlice(st, s, 1, true);
                    } else {
                        PyObject[] g = new PyObject[self.groups];
                        for (int i = 0; i < g.length; i++) {
                            g[i] = stateSlice(st, s, i + 1, true);
                        }
                        item = new PyTuple(g);
                    }
                    out.add(item);
                    st.mustAdvance = st.ptr == st.start;
                    st.start = st.ptr;
                }
                return new PyList(out.toArray(new PyObject[0]));
            }
        });
        TypeSetup.def(t, "finditer", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("finditer", a, kw, 1, MATCH_ARGS, 1, 3);
                Scanner sc = scanner(pat(a[0]), p[0], posArg(p[1], 0), posArg(p[2], Long.MAX_VALUE));
                return new MatchIter(sc);
            }
        });
        TypeSetup.def(t, "scanner", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("scanner", a, kw, 1, MATCH_ARGS, 1, 3);
                return scanner(pat(a[0]), p[0], posArg(p[1], 0), posArg(p[2], Long.MAX_VALUE));
            }
        });
        TypeSetup.def(t, "split", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("split", a, kw, 1, new String[] {"string", "maxsplit"}, 1, 2);
                return split(pat(a[0]), p[0], p[1] == null ? 0 : Args.integer(p[1]));
            }
        });
        for (String name : new String[] {"sub", "subn"}) {
            TypeSetup.def(t, name, new JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    PyObject[] p = Args.parse(name, a, kw, 1, new String[] {"repl", "string", "count"}, 2, 3);
                    return subx(pat(a[0]), p[0], p[1], p[2] == null ? 0 : Args.integer(p[2]), name.equals("subn"));
                }
            });
        }
        TypeSetup.def(t, "__copy__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return a[0];
            }
        });
        TypeSetup.def(t, "__deepcopy__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return a[0];
            }
        });
        TypeSetup.def(t, "__repr__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return new PyStr(patternRepr(pat(a[0])));
            }
        });
        TypeSetup.def(t, "__eq__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                if (!(a[1] instanceof Pattern)) {
                    return Abstract.NI;
                }
                Pattern x = pat(a[0]);
                Pattern y = pat(a[1]);
                return PyBool.of(x == y || x.flags == y.flags && x.isbytes == y.isbytes && Arrays.equals(x.code, y.code)
                        && Abstract.eq(x.pattern, y.pattern));
            }
        });
        TypeSetup.def(t, "__ne__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                if (!(a[1] instanceof Pattern)) {
                    return Abstract.NI;
                }
                return PyBool.of(!Abstract.isTrue(Abstract.callMethod(a[0], "__eq__", a[1])));
            }
        });
        TypeSetup.def(t, "__hash__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Pattern x = pat(a[0]);
                long h = Abstract.hash(x.pattern);
                h ^= Arrays.hashCode(x.code);
                h ^= x.flags ^ (x.isbytes ? 1 : 0);
                return PyInt.of(h == -1 ? -2 : h);
            }
        });
        TypeSetup.defClassMethod(t, PyGenericAlias.ClassGetItem.__class_getitem__);
        TypeSetup.getset(t, "pattern", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return pat(s).pattern;
            }
        }, null);
        TypeSetup.getset(t, "flags", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return PyInt.of(pat(s).flags);
            }
        }, null);
        TypeSetup.getset(t, "groups", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return PyInt.of(pat(s).groups);
            }
        }, null);
        TypeSetup.getset(t, "groupindex", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                // CPython 3.11: sre.c pattern_groupindex (a read-only view; a new dict when there are no names)
                PyObject gi = pat(s).groupindex;
                return gi instanceof PyDict && ((PyDict) gi).size() > 0 ? new dev.quicken.runtime.PyMappingProxy(gi)
                        : new PyDict();
            }
        }, null);
        t.recomputeFlags();
    }


    // CPython 3.11: sre.c pattern_repr
    static String patternRepr(Pattern p) {
        String[] names = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE",
            "re.VERBOSE", "re.DEBUG", "re.ASCII"};
        int[] values = {1, 2, 4, 8, 16, 32, 64, 128, 256};
        int flags = p.flags;
        if (!p.isbytes && (flags & (4 | 32 | 256)) == 32) {
            flags &= ~32;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if ((flags & values[i]) != 0) {
                items.add(names[i]);
                flags &= ~values[i];
            }
        }
        if (flags != 0) {
            items.add("0x" + Integer.toHexString(flags));
        }
        String r = Abstract.repr(p.pattern);
        if (r.codePointCount(0, r.length()) > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        return items.isEmpty() ? "re.compile(" + r + ")" : "re.compile(" + r + ", " + String.join("|", items) + ")";
    }

    static Scanner scanner(Pattern p, PyObject string, long pos, long endpos) {
        Scanner sc = new Scanner();
        sc.pattern = p;
        sc.string = string;
        sc.subject = subject(string);
        sc.state = state(p, sc.subject, pos, endpos);
        return sc;
    }

    // CPython 3.11: sre.c _sre_SRE_Pattern_split_impl
    static PyObject split(Pattern p, PyObject string, long maxsplit) {
        Subject s = subject(string);
        SreState st = state(p, s, 0, Long.MAX_VALUE);
        List<PyObject> out = new ArrayList<>();
        long n = 0;
        int last = st.start;
        while (maxsplit == 0 || n < maxsplit) {
            st.reset();
            st.ptr = st.start;
            if (!st.search()) {
                break;
            }
            out.add(s.slice(last, st.start));
            for (int i = 0; i < p.groups; i++) {
                out.add(stateSlice(st, s, i + 1, false));
            }
            n++;
            st.mustAdvance = st.ptr == st.start;
            last = st.start = st.ptr;
        }
        out.add(s.slice(last, st.endpos));
        return new PyList(out.toArray(new PyObject[0]));
    }

    // CPython 3.11: sre.c pattern_subx
    static PyObject subx(Pattern p, PyObject repl, PyObject string, long count, boolean subn) {
        PyObject filter;
        boolean callable;
        if (Abstract.isTrue(Abstract.call(callableBuiltin(), repl))) {
            filter = repl;
            callable = true;
        } else {
            // a str or bytes-like template without a backslash is used as it is
            boolean literal;
            if (repl instanceof PyStr) {
                literal = ((PyStr) repl).value.indexOf('\\') < 0;
            } else {
                Subject t;
                try {
                    t = subject(repl);
                } catch (PyException e) {
                    t = null;
                }
                literal = t != null;
                for (int k = 0; t != null && k < t.chars.length; k++) {
                    if (t.chars[k] == '\\') {
                        literal = false;
                        break;
                    }
                }
            }
            if (literal) {
                filter = repl;
                callable = false;
            } else {
                PyObject re = importRe();
                filter = Abstract.call(Abstract.getAttr(re, "_subx"), p, repl);
                callable = Abstract.isTrue(Abstract.call(callableBuiltin(), filter));
            }
        }
        Subject s = subject(string);
        SreState st = state(p, s, 0, Long.MAX_VALUE);
        List<PyObject> list = new ArrayList<>();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            st.reset();
            st.ptr = st.start;
            if (!st.search()) {
                break;
            }
            int b = st.start;
            int e = st.ptr;
            if (i < b) {
                list.add(s.slice(i, b));
            }
            PyObject item = callable ? Abstract.call(filter, newMatch(p, s, st)) : filter;
            if (item != NONE) {
                list.add(item);
            }
            i = e;
            n++;
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        if (i < st.endpos) {
            list.add(s.slice(i, st.endpos));
        }
        PyObject joined = join(s.isbytes, list);
        return subn ? new PyTuple(new PyObject[] {joined, PyInt.of(n)}) : joined;
    }

    private static PyObject join(boolean isbytes, List<PyObject> list) {
        if (isbytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int k = 0; k < list.size(); k++) {
                PyObject o = list.get(k);
                byte[] b;
                if (o instanceof PyBytes) {
                    b = ((PyBytes) o).value;
                } else {
                    try {
                        b = ((PyBytes) Abstract.call(PyBytes.TYPE, o)).value;
                    } catch (PyException e) {
                        throw Exc.typeError("sequence item " + k + ": expected a bytes-like object, "
                                + Abstract.typeName(o) + " found");
                    }
                }
                out.write(b, 0, b.length);
            }
            return new PyBytes(out.toByteArray());
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < list.size(); k++) {
            PyObject o = list.get(k);
            if (!(o instanceof PyStr)) {
                throw Exc.typeError("sequence item " + k + ": expected str instance, " + Abstract.typeName(o)
                        + " found");
            }
            sb.append(((PyStr) o).value);
        }
        return new PyStr(sb.toString());
    }

    private static PyObject callableBuiltin() {
        return Interpreter.current().builtins.getStr("callable");
    }

    private static PyObject importRe() {
        Interpreter in = Interpreter.current();
        PyObject re = in.modules.getStr("re");
        if (re == null) {
            re = dev.quicken.modules.ImportSystem.importModuleLevel(in, "re", NONE, NONE, 0);
        }
        return re;
    }

    // ---------------------------------------------------------------- Match

    private static Match mat(PyObject o) {
        return (Match) o;
    }

    // CPython 3.11: sre.c match_getindex
    static int groupIndex(Match m, PyObject index) {
        long i = -1;
        if (index instanceof PyInt || !(index instanceof PyStr) && index.type().lookup("__index__") != null) {
            i = Abstract.indexClamped(index);
        } else {
            PyObject gi = m.pattern.groupindex;
            if (gi instanceof PyDict) {
                PyObject v = ((PyDict) gi).getItem(index);
                if (v instanceof PyInt) {
                    i = ((PyInt) v).value;
                }
            }
        }
        if (i < 0 || i > m.pattern.groups) {
            throw Exc.indexError("no such group");
        }
        return (int) i;
    }

    // CPython 3.11: sre.c match_getslice_by_index
    static PyObject groupSlice(Match m, int i, PyObject dflt) {
        if (m.mark[2 * i] < 0) {
            return dflt;
        }
        Subject s = m.subject;
        if (s.isbytes && !(m.string instanceof PyBytes)) {
            // a mutable buffer is read again: it may have changed since the match
            s = subject(m.string);
            int n = s.chars.length;
            return s.slice(Math.min(m.mark[2 * i], n), Math.min(m.mark[2 * i + 1], n));
        }
        return s.slice(m.mark[2 * i], m.mark[2 * i + 1]);
    }

    private static PyObject group(Match m, PyObject index, PyObject dflt) {
        return groupSlice(m, groupIndex(m, index), dflt);
    }

    private static void setupMatch() {
        PyType t = MATCH;
        TypeSetup.def(t, "group", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.noKw("group", kw);
                Match m = mat(a[0]);
                if (a.length == 1) {
                    return groupSlice(m, 0, NONE);
                }
                if (a.length == 2) {
                    return group(m, a[1], NONE);
                }
                PyObject[] out = new PyObject[a.length - 1];
                for (int i = 1; i < a.length; i++) {
                    out[i - 1] = group(m, a[i], NONE);
                }
                return new PyTuple(out);
            }
        });
        TypeSetup.def(t, "__getitem__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return group(mat(a[0]), a[1], NONE);
            }
        });
        TypeSetup.def(t, "groups", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("groups", a, kw, 1, new String[] {"default"}, 0, 1);
                Match m = mat(a[0]);
                PyObject dflt = p[0] == null ? NONE : p[0];
                PyObject[] out = new PyObject[m.pattern.groups];
                for (int i = 0; i < out.length; i++) {
                    out[i] = groupSlice(m, i + 1, dflt);
                }
                return new PyTuple(out);
            }
        });
        TypeSetup.def(t, "groupdict", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("groupdict", a, kw, 1, new String[] {"default"}, 0, 1);
                Match m = mat(a[0]);
                PyObject dflt = p[0] == null ? NONE : p[0];
                PyDict out = new PyDict();
                if (m.pattern.groupindex instanceof PyDict) {
                    PyDict gi = (PyDict) m.pattern.groupindex;
                    for (PyObject k : gi.keysArray()) {
                        out.setItem(k, group(m, k, dflt));
                    }
                }
                return out;
            }
        });
        for (String name : new String[] {"start", "end", "span"}) {
            TypeSetup.def(t, name, new JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    Args.count(name, a, kw, 1, 0, 1);
                    Match m = mat(a[0]);
                    int i = a.length > 1 ? groupIndex(m, a[1]) : 0;
                    if (name.equals("start")) {
                        return PyInt.of(m.mark[2 * i]);
                    }
                    if (name.equals("end")) {
                        return PyInt.of(m.mark[2 * i + 1]);
                    }
                    return span(m, i);
                }
            });
        }
        TypeSetup.def(t, "expand", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("expand", a, kw, 1, 1, 1);
                return Abstract.call(Abstract.getAttr(importRe(), "_expand"), new PyObject[] {mat(a[0]).pattern, a[0],
                    a[1]}, null);
            }
        });
        TypeSetup.def(t, "__copy__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return a[0];
            }
        });
        TypeSetup.def(t, "__deepcopy__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return a[0];
            }
        });
        TypeSetup.def(t, "__repr__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Match m = mat(a[0]);
                String r = Abstract.repr(groupSlice(m, 0, NONE));
                if (r.codePointCount(0, r.length()) > 50) {
                    r = r.substring(0, r.offsetByCodePoints(0, 50));
                }
                return new PyStr("<re.Match object; span=(" + m.mark[0] + ", " + m.mark[1] + "), match=" + r + ">");
            }
        });
        TypeSetup.defClassMethod(t, PyGenericAlias.ClassGetItem.__class_getitem__);
        TypeSetup.getset(t, "string", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return mat(s).string;
            }
        }, null);
        TypeSetup.getset(t, "re", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return mat(s).pattern;
            }
        }, null);
        TypeSetup.getset(t, "pos", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return PyInt.of(mat(s).pos);
            }
        }, null);
        TypeSetup.getset(t, "endpos", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return PyInt.of(mat(s).endpos);
            }
        }, null);
        TypeSetup.getset(t, "lastindex", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return mat(s).lastindex >= 0 ? PyInt.of(mat(s).lastindex) : NONE;
            }
        }, null);
        TypeSetup.getset(t, "lastgroup", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                Match m = mat(s);
                if (m.lastindex < 0 || m.pattern.indexgroup == NONE) {
                    return NONE;
                }
                PyObject[] ig = Abstract.toArray(m.pattern.indexgroup);
                return m.lastindex < ig.length ? ig[m.lastindex] : NONE;
            }
        }, null);
        TypeSetup.getset(t, "regs", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                Match m = mat(s);
                PyObject[] out = new PyObject[m.pattern.groups + 1];
                for (int i = 0; i < out.length; i++) {
                    out[i] = span(m, i);
                }
                return new PyTuple(out);
            }
        }, null);
        t.recomputeFlags();
    }

    private static PyObject span(Match m, int i) {
        return new PyTuple(new PyObject[] {PyInt.of(m.mark[2 * i]), PyInt.of(m.mark[2 * i + 1])});
    }

    // ---------------------------------------------------------------- Scanner

    // CPython 3.11: sre.c _sre_SRE_Scanner_match_impl / _sre_SRE_Scanner_search_impl
    static PyObject scan(Scanner sc, boolean search) {
        if (sc.executing) {
            throw Exc.valueError("regular expression scanner already executing");
        }
        SreState st = sc.state;
        if (sc.done) {
            return NONE;
        }
        sc.executing = true;
        try {
            st.reset();
            st.ptr = st.start;
            boolean ok = search ? st.search() : st.match();
            if (!ok) {
                sc.done = true;
                return NONE;
            }
            Match m = newMatch(sc.pattern, sc.subject, st);
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
            return m;
        } finally {
            sc.executing = false;
        }
    }

    private static void setupScanner() {
        PyType t = SCANNER;
        TypeSetup.def(t, "match", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return scan((Scanner) a[0], false);
            }
        });
        TypeSetup.def(t, "search", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return scan((Scanner) a[0], true);
            }
        });
        TypeSetup.getset(t, "pattern", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return ((Scanner) s).pattern;
            }
        }, null);
        t.recomputeFlags();
    }

    /** {@code finditer}: {@code iter(scanner.search, None)}. */
    static final class MatchIter extends PyIter {
        static final PyType TYPE = SreModule.type("callable_iterator", "builtins");
        final Scanner scanner;

        MatchIter(Scanner scanner) {
            this.scanner = scanner;
        }

        static {
            TypeSetup.def(TYPE, "__iter__", (a, kw) -> a[0]);
            TypeSetup.def(TYPE, "__next__", (a, kw) -> {
                PyObject v = ((MatchIter) a[0]).next();
                if (v == null) {
                    throw Exc.stopIteration();
                }
                return v;
            });
            TYPE.recomputeFlags();
        }

        @Override
        public PyObject next() {
            PyObject m = scan(scanner, true);
            return m == NONE ? null : m;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
