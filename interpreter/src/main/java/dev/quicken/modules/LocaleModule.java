package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code _locale} module (CPython 3.11: Modules/_localemodule.c) over a model of the C library's
 * locale state, kept per interpreter: the C/POSIX locale and its UTF-8 variant ({@code C.UTF-8}), and
 * locales installed under {@code /usr/lib/locale} by name. Its data (localeconv, nl_langinfo, collation)
 * are the C locale's, which is what glibc gives for all of these in the categories quicken models.
 * At start-up LC_CTYPE comes from the environment and the other categories are "C", as CPython leaves them.
 */
final class LocaleModule {

    // glibc's category numbers; the composite LC_ALL name lists the 12 others in this order
    static final int LC_CTYPE = 0;
    static final int LC_ALL = 6;
    private static final String[] CATEGORY = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
        "LC_MESSAGES", "LC_ALL", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT",
        "LC_IDENTIFICATION"};
    private static final int CHAR_MAX = 127;

    /** nl_langinfo items of the C locale (glibc item numbers). */
    private static final Map<Integer, String> LANGINFO = new HashMap<>();
    /** The module's constants in CPython's order. */
    private static final String[] LANGINFO_NAMES = {"RADIXCHAR=65536=.", "THOUSEP=65537=",
        "ABDAY_1=131072=Sun", "ABDAY_2=131073=Mon", "ABDAY_3=131074=Tue", "ABDAY_4=131075=Wed",
        "ABDAY_5=131076=Thu", "ABDAY_6=131077=Fri", "ABDAY_7=131078=Sat", "DAY_1=131079=Sunday",
        "DAY_2=131080=Monday", "DAY_3=131081=Tuesday", "DAY_4=131082=Wednesday", "DAY_5=131083=Thursday",
        "DAY_6=131084=Friday", "DAY_7=131085=Saturday", "ABMON_1=131086=Jan", "ABMON_2=131087=Feb",
        "ABMON_3=131088=Mar", "ABMON_4=131089=Apr", "ABMON_5=131090=May", "ABMON_6=131091=Jun",
        "ABMON_7=131092=Jul", "ABMON_8=131093=Aug", "ABMON_9=131094=Sep", "ABMON_10=131095=Oct",
        "ABMON_11=131096=Nov", "ABMON_12=131097=Dec", "MON_1=131098=January", "MON_2=131099=February",
        "MON_3=131100=March", "MON_4=131101=April", "MON_5=131102=May", "MON_6=131103=June",
        "MON_7=131104=July", "MON_8=131105=August", "MON_9=131106=September", "MON_10=131107=October",
        "MON_11=131108=November", "MON_12=131109=December", "AM_STR=131110=AM", "PM_STR=131111=PM",
        "D_T_FMT=131112=%a %b %e %H:%M:%S %Y", "D_FMT=131113=%m/%d/%y", "T_FMT=131114=%H:%M:%S",
        "T_FMT_AMPM=131115=%I:%M:%S %p", "ERA=131116=", "ERA_D_FMT=131118=", "ALT_DIGITS=131119=",
        "ERA_D_T_FMT=131120=", "ERA_T_FMT=131121=", "_DATE_FMT=131180=%a %b %e %H:%M:%S %Z %Y",
        "YESEXPR=327680=^[yY]", "NOEXPR=327681=^[nN]", "CRNCYSTR=262159=-"};
    private static final int CODESET = 14;

    static {
        for (String s : LANGINFO_NAMES) {
            String[] p = s.split("=", 3);
            LANGINFO.put(Integer.parseInt(p[1]), p[2]);
        }
    }

    /** The per-interpreter locale state: the locale name of each category. */
    private final String[] current = new String[CATEGORY.length];
    private String domain = "messages";
    private final Map<String, String> bindings = new HashMap<>();

    // CPython 3.11: Python/preconfig.c (PEP 538: a C/POSIX or unusable LC_CTYPE is coerced to C.UTF-8)
    private LocaleModule() {
        Arrays.fill(current, "C");
        String env = fromEnvironment(LC_CTYPE);
        boolean coerce = env.equals("C") || env.equals("POSIX") || !exists(env);
        current[LC_CTYPE] = coerce ? "C.UTF-8" : env;
    }

    /** What {@code setlocale(category, "")} picks: LC_ALL, then LC_xxx, then LANG, then "C". */
    private static String fromEnvironment(int category) {
        for (String v : new String[] {"LC_ALL", CATEGORY[category], "LANG"}) {
            String s = System.getenv(v);
            if (s != null && !s.isEmpty()) {
                return s;
            }
        }
        return "C";
    }

    /** glibc's codeset normalization: lower case, letters and digits only ("UTF-8" and "utf8" are "utf8"). */
    private static String normalizeCodeset(String cs) {
        StringBuilder b = new StringBuilder();
        for (char c : cs.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Whether the C library would accept the locale name {@code name}. */
    private static boolean exists(String name) {
        if (name.equals("C") || name.equals("POSIX")) {
            return true;
        }
        if (name.isEmpty() || name.contains("/") || name.contains(";")) {
            return false;
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            String base = name.substring(0, dot);
            String rest = name.substring(dot + 1);
            String mod = "";
            int at = rest.indexOf('@');
            if (at >= 0) {
                mod = rest.substring(at);
                rest = rest.substring(0, at);
            }
            String cs = normalizeCodeset(rest);
            if (base.equals("C") && cs.equals("utf8") && mod.isEmpty()) {
                return true;
            }
            return Files.isDirectory(Path.of("/usr/lib/locale", base + "." + cs + mod));
        }
        return Files.isDirectory(Path.of("/usr/lib/locale", name));
    }

    /** glibc names the POSIX locale "C". */
    private static String canonical(String name) {
        return name.equals("POSIX") ? "C" : name;
    }

    private boolean utf8Ctype() {
        String n = current[LC_CTYPE];
        int dot = n.indexOf('.');
        return dot > 0 && normalizeCodeset(n.substring(dot + 1).replaceAll("@.*", "")).equals("utf8");
    }

    // CPython 3.11: Modules/_localemodule.c _locale_setlocale_impl (glibc setlocale semantics)
    private PyObject setlocale(PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse("setlocale", a, kw, 0, new String[] {"category", "locale"}, 1, 2);
        long category = Args.integer(p[0]);
        if (category < 0 || category >= CATEGORY.length) {
            throw error("unsupported locale setting");
        }
        int cat = (int) category;
        if (p[1] == null || p[1] == PyNone.NONE) {
            return new PyStr(query(cat));
        }
        String name = Args.str("setlocale", p[1], 2);
        if (cat == LC_ALL) {
            String[] next = current.clone();
            for (int c = 0; c < CATEGORY.length; c++) {
                if (c != LC_ALL) {
                    String n = name.isEmpty() ? fromEnvironment(c) : name;
                    if (!exists(n)) {
                        throw error("unsupported locale setting");
                    }
                    next[c] = canonical(n);
                }
            }
            System.arraycopy(next, 0, current, 0, next.length);
        } else {
            String n = name.isEmpty() ? fromEnvironment(cat) : name;
            if (!exists(n)) {
                throw error("unsupported locale setting");
            }
            current[cat] = canonical(n);
        }
        return new PyStr(query(cat));
    }

    private String query(int cat) {
        if (cat != LC_ALL) {
            return current[cat];
        }
        boolean same = true;
        for (int c = 0; c < CATEGORY.length; c++) {
            same &= c == LC_ALL || current[c].equals(current[0]);
        }
        if (same) {
            return current[0];
        }
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < CATEGORY.length; c++) {
            if (c != LC_ALL) {
                b.append(b.length() == 0 ? "" : ";").append(CATEGORY[c]).append('=').append(current[c]);
            }
        }
        return b.toString();
    }

    private PyModule module;

    private PyException error(String msg) {
        return Exc.raise((PyType) module.dict.getStr("Error"), msg);
    }

    // CPython 3.11: Modules/_localemodule.c _locale_localeconv_impl (the C locale's lconv)
    private static PyObject localeconv() {
        PyDict d = new PyDict();
        for (String k : new String[] {"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"}) {
            d.setStr(k, new PyStr(""));
        }
        d.setStr("mon_grouping", new PyList());
        d.setStr("positive_sign", new PyStr(""));
        d.setStr("negative_sign", new PyStr(""));
        for (String k : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
            "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
            d.setStr(k, PyInt.of(CHAR_MAX));
        }
        d.setStr("decimal_point", new PyStr("."));
        d.setStr("thousands_sep", new PyStr(""));
        d.setStr("grouping", new PyList());
        return d;
    }

    private PyObject nlLanginfo(PyObject[] a) {
        long item = Args.integer(a[0]);
        if (item == CODESET) {
            return new PyStr(utf8Ctype() ? "UTF-8" : "ANSI_X3.4-1968");
        }
        String v = item == (int) item ? LANGINFO.get((int) item) : null;
        if (v == null) {
            throw Exc.valueError("unsupported langinfo constant");
        }
        return new PyStr(v);
    }

    /** Code-point order, as wcscoll in the C locale: -1, 0 or 1. */
    private static PyObject strcoll(PyObject[] a) {
        String x = Args.str("strcoll", a[0], 1);
        String y = Args.str("strcoll", a[1], 2);
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return PyInt.of(cx < cy ? -1 : 1);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return PyInt.of(i < x.length() ? 1 : j < y.length() ? -1 : 0);
    }

    private void fn(String name, JFunc f) {
        module.dict.setStr(name, new PyBuiltinFunction(name, f, null, "_locale"));
    }

    static PyModule create(Interpreter in) {
        LocaleModule l = new LocaleModule();
        PyModule m = new PyModule("_locale");
        l.module = m;
        m.dict.setStr("__doc__", new PyStr("Support for POSIX locales."));
        l.fn("setlocale", new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return l.setlocale(x0, x1);
            }
        });
        l.fn("localeconv", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("localeconv", a, kw, 0, 0, 0);
                return localeconv();
            }
        });
        l.fn("strcoll", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("strcoll", a, kw, 0, 2, 2);
                return strcoll(a);
            }
        });
        l.fn("strxfrm", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("strxfrm", a, kw, 0, 1, 1);
                return new PyStr(Args.str("strxfrm", a[0], 1));
            }
        });
        l.fn("nl_langinfo", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("nl_langinfo", a, kw, 0, 1, 1);
                return l.nlLanginfo(a);
            }
        });
        // CPython 3.11: Python/fileutils.c _Py_GetLocaleEncoding (UTF-8 mode is off after coercion)
        l.fn("getencoding", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("getencoding", a, kw, 0, 0, 0);
                return new PyStr(l.utf8Ctype() ? "UTF-8" : "ANSI_X3.4-1968");
            }
        });
        // no message catalogs: the gettext family returns the message itself
        l.fn("gettext", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("gettext", a, kw, 0, 1, 1);
                return new PyStr(Args.str("gettext", a[0], 1));
            }
        });
        l.fn("dgettext", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("dgettext", a, kw, 0, 2, 2);
                return new PyStr(Args.str("dgettext", a[1], 2));
            }
        });
        l.fn("dcgettext", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("dcgettext", a, kw, 0, 3, 3);
                Args.integer(a[2]);
                return new PyStr(Args.str("dcgettext", a[1], 2));
            }
        });
        l.fn("textdomain", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("textdomain", a, kw, 0, 1, 1);
                if (a[0] != PyNone.NONE) {
                    l.domain = Args.str("textdomain", a[0], 1);
                }
                return new PyStr(l.domain);
            }
        });
        l.fn("bindtextdomain", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("bindtextdomain", a, kw, 0, 2, 2);
                String dom = Args.str("bindtextdomain", a[0], 1);
                if (dom.isEmpty()) {
                    throw Exc.valueError("empty string");
                }
                if (a[1] != PyNone.NONE) {
                    l.bindings.put(dom, Args.str("bindtextdomain", a[1], 2));
                }
                return new PyStr(l.bindings.getOrDefault(dom, "/usr/share/locale"));
            }
        });
        l.fn("bind_textdomain_codeset", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("bind_textdomain_codeset", a, kw, 0, 2, 2);
                return a[1] == PyNone.NONE ? PyNone.NONE : new PyStr(Args.str("bind_textdomain_codeset", a[1], 2));
            }
        });
        for (int c = 0; c < CATEGORY.length; c++) {
            if (c <= LC_ALL) {
                m.dict.setStr(CATEGORY[c], PyInt.of(c));
            }
        }
        m.dict.setStr("CHAR_MAX", PyInt.of(CHAR_MAX));
        PyDict ns = new PyDict();
        ns.setStr("__module__", new PyStr("locale"));
        m.dict.setStr("Error", TypeSetup.newHeapType(PyType.TYPE, "Error", new PyType[] {Exc.Exception}, ns,
                new PyDict()));
        m.dict.setStr("CODESET", PyInt.of(CODESET));
        for (String s : LANGINFO_NAMES) {
            String[] p = s.split("=", 3);
            m.dict.setStr(p[0], PyInt.of(Long.parseLong(p[1])));
        }
        return m;
    }
}
