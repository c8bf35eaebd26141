package dev.quicken.modules.unicodedata;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.Items;
import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code unicodedata} module (CPython 3.11: Modules/unicodedata.c, Unicode 14.0.0): the properties from
 * tables generated with CPython ({@code tools/gen_unicodedata.py}), names and normalization from the JDK.
 */
public final class UnicodeDataModule {

    static final PyObject NONE = PyNone.NONE;
    static final String VERSION = "14.0.0";
    static final PyType UCD = new PyType("UCD");

    static {
        TypeSetup.registerExtra(UCD);
        UCD.dict().setStr("__module__", new PyStr("unicodedata"));
    }

    private UnicodeDataModule() {
    }

    /** A run-length table: {@code starts[i]} begins a run of {@code values[i]}. */
    static final class Runs {
        final int[] starts;
        final String[] values;

        Runs(int[] starts, String[] values) {
            this.starts = starts;
            this.values = values;
        }

        String get(int cp) {
            int i = Arrays.binarySearch(starts, cp);
            return values[i >= 0 ? i : -i - 2];
        }
    }

    /** The tables, read once. */
    static final class Tables {
        static final Map<String, Runs> RUNS = new HashMap<>();
        static final Map<Integer, String[]> NUMERIC = new HashMap<>();
        static final Map<Integer, String> DECOMPOSITION = new HashMap<>();

        static {
            try (InputStream in = UnicodeDataModule.class.getResourceAsStream("ucd.txt")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource dev/quicken/modules/unicodedata/ucd.txt");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.startsWith("@")) {
                        continue;
                    }
                    String[] head = line.substring(1).split(" ");
                    int n = Integer.parseInt(head[1]);
                    if (head[0].equals("numeric") || head[0].equals("decomposition")) {
                        for (int i = 0; i < n; i++) {
                            String l = r.readLine();
                            int sp = l.indexOf(' ');
                            int cp = Integer.parseInt(l.substring(0, sp), 16);
                            if (head[0].equals("numeric")) {
                                NUMERIC.put(cp, l.substring(sp + 1).split(" "));
                            } else {
                                DECOMPOSITION.put(cp, l.substring(sp + 1));
                            }
                        }
                        continue;
                    }
                    int[] starts = new int[n];
                    String[] values = new String[n];
                    for (int i = 0; i < n; i++) {
                        String l = r.readLine();
                        int sp = l.indexOf(' ');
                        starts[i] = Integer.parseInt(l.substring(0, sp), 16);
                        values[i] = l.substring(sp + 1).intern();
                    }
                    RUNS.put(head[0], new Runs(starts, values));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Tables() {
        }
    }

    static String prop(String table, int cp) {
        return Tables.RUNS.get(table).get(cp);
    }

    /** The code point of a one-character str argument (CPython's argument clinic "unicode character"). */
    static int chr(String fname, PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Exc.typeError(fname + "() argument must be a unicode character, not " + Abstract.typeName(o));
        }
        String s = ((PyStr) o).value;
        if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
            throw Exc.typeError(fname + "() argument must be a unicode character, not str");
        }
        return s.codePointAt(0);
    }

    // ---------------------------------------------------------------- names

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The name CPython gives {@code cp}, or null. CPython 3.11: unicodedata.c _getucname. */
    public static String name(int cp) {
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[(s % (21 * 28)) / 28] + JAMO_T[s % 28];
        }
        String cat = prop("category", cp);
        if (cat.equals("Cn") || cat.equals("Cc") || cat.equals("Cs") || cat.equals("Co")) {
            return null;
        }
        String hex = String.format("%04X", cp);
        if (isUnifiedIdeograph(cp)) {
            return "CJK UNIFIED IDEOGRAPH-" + hex;
        }
        if (cp >= 0x17000 && cp <= 0x187F7 || cp >= 0x18D00 && cp <= 0x18D08) {
            return "TANGUT IDEOGRAPH-" + hex;
        }
        if (cp >= 0x18B00 && cp <= 0x18CD5) {
            return "KHITAN SMALL SCRIPT CHARACTER-" + hex;
        }
        if (cp >= 0x1B170 && cp <= 0x1B2FB) {
            return "NUSHU CHARACTER-" + hex;
        }
        if (cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1D) {
            return "CJK COMPATIBILITY IDEOGRAPH-" + hex;
        }
        try {
            return Character.getName(cp);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isUnifiedIdeograph(int cp) {
        return cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x20000 && cp <= 0x2A6DF
                || cp >= 0x2A700 && cp <= 0x2B738 || cp >= 0x2B740 && cp <= 0x2B81D || cp >= 0x2B820 && cp <= 0x2CEA1
                || cp >= 0x2CEB0 && cp <= 0x2EBE0 || cp >= 0x30000 && cp <= 0x3134A;
    }

    /** The code point named {@code name} (case-insensitive), or -1. */
    static int lookup(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        for (String prefix : new String[] {"CJK UNIFIED IDEOGRAPH-", "TANGUT IDEOGRAPH-",
            "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-", "CJK COMPATIBILITY IDEOGRAPH-"}) {
            if (n.startsWith(prefix)) {
                try {
                    int cp = Integer.parseInt(n.substring(prefix.length()), 16);
                    return n.equals(name(cp)) ? cp : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        if (n.startsWith("HANGUL SYLLABLE ")) {
            for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
                if (n.equals(name(cp))) {
                    return cp;
                }
            }
            return -1;
        }
        try {
            int cp = Character.codePointOf(n);
            String canon = name(cp);
            return canon != null && canon.equals(n) ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    // ---------------------------------------------------------------- the module

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("unicodedata");
        m.dict.setStr("__doc__", new PyStr("This module provides access to the Unicode Character Database which "
                + "defines character properties for all Unicode characters."));
        m.dict.setStr("unidata_version", new PyStr(VERSION));
        m.dict.setStr("UCD", UCD);
        for (Map.Entry<String, PyObject> e : FUNCTIONS.entrySet()) {
            m.dict.setStr(e.getKey(), e.getValue());
        }
        PyInstance ucd32 = new PyInstance(UCD);
        m.dict.setStr("ucd_3_2_0", ucd32);
        dev.quicken.modules.DictOrder.apply(m, "decimal", "digit", "numeric", "category", "bidirectional", "combining", "mirrored", "east_asian_width", "decomposition", "name", "lookup", "is_normalized", "normalize", "__file__", "unidata_version", "UCD", "ucd_3_2_0");
        return m;
    }

    /** The module's functions (also the methods of {@code UCD}), made once. */
    private static final Map<String, PyObject> FUNCTIONS = new java.util.LinkedHashMap<>();

    static {
        defineAll(new Sink() {
            @Override
            public void put(String name, PyObject value) {
                FUNCTIONS.put(name, value);
            }
        });
        UCD.recomputeFlags();
    }

    interface Sink {
        void put(String name, PyObject value);
    }

    private static void defineAll(Sink sink) {
        def(sink, "category", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return new PyStr(prop("category", chr("category", one("category", a, kw))));
            }
        });
        def(sink, "bidirectional", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                String b = prop("bidirectional", chr("bidirectional", one("bidirectional", a, kw)));
                return new PyStr(b.equals("-") ? "" : b);
            }
        });
        def(sink, "combining", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyInt.of(Integer.parseInt(prop("combining",
                chr("combining", one("combining", a, kw)))));
            }
        });
        def(sink, "east_asian_width", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return new PyStr(prop("east_asian_width",
                chr("east_asian_width", one("east_asian_width", a, kw))));
            }
        });
        def(sink, "mirrored", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyInt.of(prop("mirrored", chr("mirrored", one("mirrored", a, kw)))
                .equals("1") ? 1 : 0);
            }
        });
        def(sink, "decomposition", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                String d = Tables.DECOMPOSITION.get(chr("decomposition", one("decomposition", a, kw)));
                return new PyStr(d == null ? "" : d);
            }
        });
        numeric(sink, "decimal", 0, "not a decimal");
        numeric(sink, "digit", 1, "not a digit");
        numeric(sink, "numeric", 2, "not a numeric character");
        def(sink, "name", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("name", a, kw, 0, 1, 2);
                String n = name(chr("name", a[0]));
                if (n == null) {
                    if (a.length > 1) {
                        return a[1];
                    }
                    throw Exc.valueError("no such name");
                }
                return new PyStr(n);
            }
        });
        def(sink, "lookup", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("lookup", a, kw, 0, 1, 1);
                String n = a[0] instanceof PyStr ? ((PyStr) a[0]).value
                        : Abstract.str(Abstract.callMethod(a[0], "decode", new PyStr("latin-1")));
                int cp = lookup(n);
                if (cp < 0) {
                    throw Exc.raise(Exc.KeyError, "undefined character name '" + n + "'");
                }
                return new PyStr(new String(Character.toChars(cp)));
            }
        });
        def(sink, "normalize", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("normalize", a, kw, 0, 2, 2);
                Normalizer.Form f = form(a[0]);
                String s = Args.str("normalize", a[1], 2);
                return new PyStr(Normalizer.normalize(s, f));
            }
        });
        def(sink, "is_normalized", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("is_normalized", a, kw, 0, 2, 2);
                Normalizer.Form f = form(a[0]);
                return PyBool.of(Normalizer.isNormalized(Args.str("is_normalized", a[1], 2), f));
            }
        });
    }

    private static Normalizer.Form form(PyObject o) {
        String f = Args.str("normalize", o, 1);
        switch (f) {
            case "NFC":
                return Normalizer.Form.NFC;
            case "NFD":
                return Normalizer.Form.NFD;
            case "NFKC":
                return Normalizer.Form.NFKC;
            case "NFKD":
                return Normalizer.Form.NFKD;
            default:
                throw Exc.valueError("invalid normalization form");
        }
    }

    private static void numeric(Sink sink, String fname, int column, String error) {
        def(sink, fname, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count(fname, a, kw, 0, 1, 2);
                int cp = chr(fname, a[0]);
                String[] v = Tables.NUMERIC.get(cp);
                String s = v == null ? "-" : v[column];
                if (s.equals("-")) {
                    if (a.length > 1) {
                        return a[1];
                    }
                    throw Exc.valueError(error);
                }
                return column == 2 ? new PyFloat(Double.parseDouble(s)) : PyInt.of(Long.parseLong(s));
            }
        });
    }

    private static PyObject one(String fname, PyObject[] a, String[] kw) {
        Args.count(fname, a, kw, 0, 1, 1);
        return a[0];
    }

    private static void def(Sink sink, String name, JFunc f) {
        sink.put(name, new PyBuiltinFunction(name, f, null, "unicodedata"));
        TypeSetup.def(UCD, name, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return f.call(Items.copyOfRange(a, 1, a.length), kw);
            }
        });
    }
}
