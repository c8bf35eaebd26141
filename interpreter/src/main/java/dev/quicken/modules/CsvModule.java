package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.BuiltinMethods;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyIter;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The {@code _csv} module as CPython 3.11's {@code Modules/_csv.c}: {@code Dialect} with its validation,
 * the reader's parsing state machine, the writer's quoting/escaping, the dialect registry and the field
 * size limit (both per interpreter, as CPython's module state), and {@code _csv.Error}.
 */
final class CsvModule {

    private CsvModule() {
    }

    private static final PyObject NONE = PyNone.NONE;
    /** CPython's NOT_SET and EOL pseudo-characters. */
    private static final int NOT_SET = -1;
    private static final int EOL = -2;

    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;

    static final PyType DIALECT = type("Dialect");
    static final PyType READER = type("reader");
    static final PyType WRITER = type("writer");

    /** CPython's _csvstate: one per interpreter that imported {@code _csv}. */
    static final class State {
        PyType error;
        final PyDict dialects = new PyDict();
        long fieldLimit = 128 * 1024;
    }

    private static final Map<Interpreter, State> STATES = new WeakHashMap<>();

    private static State state() {
        synchronized (STATES) {
            State s = STATES.get(Interpreter.current());
            if (s == null) {
                throw Exc.typeError("_csv: no module state");
            }
            return s;
        }
    }

    private static PyType type(String name) {
        PyType t = new PyType(name);
        TypeSetup.registerExtra(t);
        t.dict().setStr("__module__", new PyStr("_csv"));
        return t;
    }

    // ---------------------------------------------------------------- Dialect

    /** CPython's DialectObj. */
    static final class Dialect extends PyInstance {
        boolean doublequote;
        boolean skipinitialspace;
        boolean strict;
        int quoting;
        int delimiter;
        int quotechar;
        int escapechar;
        PyObject lineterminator;
        String lineterm;

        Dialect(PyType cls) {
            super(cls);
        }
    }

    private static Dialect D(PyObject o) {
        if (!(o instanceof Dialect)) {
            throw Exc.typeError("descriptor requires a '_csv.Dialect' object but received '" + Abstract.typeName(o)
                    + "'");
        }
        return (Dialect) o;
    }

    private static PyObject charOrNone(int c) {
        return c == NOT_SET ? NONE : new PyStr(new String(Character.toChars(c)));
    }

    static final String[] DIALECT_KWS = {"dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
        "quotechar", "quoting", "skipinitialspace", "strict"};

    static {
        PyType t = DIALECT;
        t.dict().setStr("__doc__", new PyStr("CSV dialect\n\nThe Dialect type records CSV parsing and generation "
                + "options.\n"));
        TypeSetup.defNew(t, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyType cls = (PyType) a[0];
                int npos = Args.npos(a, kw) - 1;
                if (npos > DIALECT_KWS.length) {
                    throw Exc.typeError("function takes at most 9 arguments (" + (npos + (kw == null ? 0 : kw.length))
                            + " given)");
                }
                PyObject[] v = new PyObject[DIALECT_KWS.length];
                System.arraycopy(a, 1, v, 0, npos);
                if (kw != null) {
                    for (int k = 0; k < kw.length; k++) {
                        int idx = java.util.Arrays.asList(DIALECT_KWS).indexOf(kw[k]);
                        if (idx < 0) {
                            throw Exc.typeError("'" + kw[k] + "' is an invalid keyword argument for this function");
                        }
                        if (idx < npos || v[idx] != null) {
                            throw Exc.typeError("argument for function given by name ('" + kw[k]
                                    + "') and position (" + (idx + 1) + ")");
                        }
                        v[idx] = a[1 + npos + k];
                    }
                }
                return dialectNew(cls, v);
            }
        });
        TypeSetup.getset(t, "delimiter", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return charOrNone(D(o).delimiter);
            }
        }, notWritable("delimiter"));
        TypeSetup.getset(t, "escapechar", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return charOrNone(D(o).escapechar);
            }
        }, notWritable("escapechar"));
        TypeSetup.getset(t, "lineterminator", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return D(o).lineterminator;
            }
        }, notWritable("lineterminator"));
        TypeSetup.getset(t, "quotechar", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return charOrNone(D(o).quotechar);
            }
        }, notWritable("quotechar"));
        TypeSetup.getset(t, "quoting", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return PyInt.of(D(o).quoting);
            }
        }, notWritable("quoting"));
        TypeSetup.getset(t, "doublequote", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return PyBool.of(D(o).doublequote);
            }
        }, new java.util.function.BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject x0, PyObject x1) {
                CsvModule.readonly(x0, x1);
            }
        });
        TypeSetup.getset(t, "skipinitialspace", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return PyBool.of(D(o).skipinitialspace);
            }
        }, new java.util.function.BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject x0, PyObject x1) {
                CsvModule.readonly(x0, x1);
            }
        });
        TypeSetup.getset(t, "strict", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return PyBool.of(D(o).strict);
            }
        }, new java.util.function.BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject x0, PyObject x1) {
                CsvModule.readonly(x0, x1);
            }
        });
        // CPython 3.11: Modules/_csv.c Dialect_reduce
        for (String n : new String[] {"__reduce__", "__reduce_ex__"}) {
            TypeSetup.def(t, n, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    throw Exc.typeError("cannot pickle '" + a[0].type().name() + "' instances");
                }
            });
        }
        t.recomputeFlags();
    }

    private static java.util.function.BiConsumer<PyObject, PyObject> notWritable(String name) {
        return new java.util.function.BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject o, PyObject v) {
                throw Exc.raise(Exc.AttributeError, "attribute '" + name + "' of '_csv.Dialect' objects is not writable");
            }
        };
    }

    private static void readonly(PyObject o, PyObject v) {
        throw Exc.raise(Exc.AttributeError, "readonly attribute");
    }

    // CPython 3.11: Modules/_csv.c get_dialect_from_registry
    private static PyObject fromRegistry(State st, PyObject name) {
        PyObject d = st.dialects.getItem(name);
        if (d == null) {
            throw Exc.raise(st.error, "unknown dialect");
        }
        return d;
    }

    // CPython 3.11: Modules/_csv.c dialect_new (v: dialect and the eight settings, null when not given)
    static PyObject dialectNew(PyType cls, PyObject[] v) {
        PyObject dialect = v[0];
        if (dialect != null) {
            if (dialect instanceof PyStr) {
                dialect = fromRegistry(state(), dialect);
            }
            boolean noOverrides = true;
            for (int i = 1; i < v.length; i++) {
                noOverrides &= v[i] == null;
            }
            if (dialect instanceof Dialect && noOverrides) {
                return dialect;
            }
        }
        Dialect self = new Dialect(cls);
        if (dialect != null) {
            for (int i = 1; i < v.length; i++) {
                if (v[i] == null) {
                    try {
                        v[i] = Abstract.lookupAttr(dialect, DIALECT_KWS[i]);
                    } catch (dev.quicken.runtime.PyException e) {
                        v[i] = null;
                    }
                }
            }
        }
        PyObject delimiter = v[1];
        PyObject doublequote = v[2];
        PyObject escapechar = v[3];
        PyObject lineterminator = v[4];
        PyObject quotechar = v[5];
        PyObject quoting = v[6];
        self.delimiter = setChar("delimiter", delimiter, ',');
        self.doublequote = doublequote == null || Abstract.isTrue(doublequote);
        self.escapechar = setCharOrNone("escapechar", escapechar, NOT_SET);
        // CPython 3.11: Modules/_csv.c _set_str
        if (lineterminator == null) {
            self.lineterminator = new PyStr("\r\n");
        } else if (lineterminator == NONE) {
            self.lineterminator = null;
        } else if (!(lineterminator instanceof PyStr)) {
            throw Exc.typeError("\"lineterminator\" must be a string");
        } else {
            self.lineterminator = lineterminator;
        }
        self.quotechar = setCharOrNone("quotechar", quotechar, '"');
        self.quoting = setInt("quoting", quoting, QUOTE_MINIMAL);
        self.skipinitialspace = v[7] != null && Abstract.isTrue(v[7]);
        self.strict = v[8] != null && Abstract.isTrue(v[8]);
        if (self.quoting < QUOTE_MINIMAL || self.quoting > QUOTE_NONE) {
            throw Exc.typeError("bad \"quoting\" value");
        }
        if (self.delimiter == NOT_SET) {
            throw Exc.typeError("\"delimiter\" must be a 1-character string");
        }
        if (quotechar == NONE && quoting == null) {
            self.quoting = QUOTE_NONE;
        }
        if (self.quoting != QUOTE_NONE && self.quotechar == NOT_SET) {
            throw Exc.typeError("quotechar must be set if quoting enabled");
        }
        if (self.lineterminator == null) {
            throw Exc.typeError("lineterminator must be set");
        }
        self.lineterm = ((PyStr) self.lineterminator).value;
        return self;
    }

    private static int oneChar(String name, PyStr s) {
        String v = s.value;
        if (v.isEmpty() || v.codePointCount(0, v.length()) != 1) {
            throw Exc.typeError("\"" + name + "\" must be a 1-character string");
        }
        return v.codePointAt(0);
    }

    // CPython 3.11: Modules/_csv.c _set_char
    private static int setChar(String name, PyObject src, int dflt) {
        if (src == null) {
            return dflt;
        }
        if (!(src instanceof PyStr)) {
            throw Exc.typeError("\"" + name + "\" must be string, not " + Abstract.typeName(src));
        }
        return oneChar(name, (PyStr) src);
    }

    // CPython 3.11: Modules/_csv.c _set_char_or_none
    private static int setCharOrNone(String name, PyObject src, int dflt) {
        if (src == null) {
            return dflt;
        }
        if (src == NONE) {
            return NOT_SET;
        }
        if (!(src instanceof PyStr)) {
            throw Exc.typeError("\"" + name + "\" must be string or None, not " + Abstract.typeName(src));
        }
        return oneChar(name, (PyStr) src);
    }

    // CPython 3.11: Modules/_csv.c _set_int
    private static int setInt(String name, PyObject src, int dflt) {
        if (src == null) {
            return dflt;
        }
        if (src.type() != PyInt.TYPE) {
            throw Exc.typeError("\"" + name + "\" must be an integer");
        }
        PyInt i = (PyInt) src;
        if (i.big != null || i.value < Integer.MIN_VALUE || i.value > Integer.MAX_VALUE) {
            throw Exc.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /** CPython's _call_dialect: {@code Dialect(dialect, **kwargs)} from a function's trailing arguments. */
    private static PyObject callDialect(PyObject dialect, PyObject[] a, String[] kw, int kwStart) {
        PyObject[] v = new PyObject[DIALECT_KWS.length];
        v[0] = dialect;
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                int idx = java.util.Arrays.asList(DIALECT_KWS).indexOf(kw[k]);
                if (idx < 0) {
                    throw Exc.typeError("'" + kw[k] + "' is an invalid keyword argument for this function");
                }
                if (idx == 0 && dialect != null) {
                    throw Exc.typeError("argument for function given by name ('dialect') and position (1)");
                }
                v[idx] = a[kwStart + k];
            }
        }
        return dialectNew(DIALECT, v);
    }

    /** PyArg_UnpackTuple(args, "", min, max): the positional arguments, with CPython's nameless messages. */
    private static int unpack(PyObject[] a, String[] kw, int min, int max) {
        int n = Args.npos(a, kw);
        if (n < min) {
            throw Exc.typeError(" expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Exc.typeError(" expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
        return n;
    }

    // ---------------------------------------------------------------- reader

    private static final int START_RECORD = 0;
    private static final int START_FIELD = 1;
    private static final int ESCAPED_CHAR = 2;
    private static final int IN_FIELD = 3;
    private static final int IN_QUOTED_FIELD = 4;
    private static final int ESCAPE_IN_QUOTED_FIELD = 5;
    private static final int QUOTE_IN_QUOTED_FIELD = 6;
    private static final int EAT_CRNL = 7;
    private static final int AFTER_ESCAPED_CRNL = 8;

    /** CPython's ReaderObj. */
    static final class Reader extends PyIter {
        final State st;
        final PyObject inputIter;
        final Dialect dialect;
        PyList fields;
        int state;
        final StringBuilder field = new StringBuilder();
        long fieldLen;
        boolean numericField;
        long lineNum;

        Reader(State st, PyObject inputIter, Dialect dialect) {
            this.st = st;
            this.inputIter = inputIter;
            this.dialect = dialect;
            parseReset();
        }

        @Override
        public PyType type() {
            return READER;
        }

        // CPython 3.11: Modules/_csv.c parse_reset
        private void parseReset() {
            fields = new PyList();
            field.setLength(0);
            fieldLen = 0;
            state = START_RECORD;
            numericField = false;
        }

        // CPython 3.11: Modules/_csv.c parse_save_field
        private void saveField() {
            PyObject f = new PyStr(field.toString());
            field.setLength(0);
            fieldLen = 0;
            if (numericField) {
                numericField = false;
                f = dev.quicken.runtime.BuiltinMethods.floatNew(f);
            }
            fields.append(f);
        }

        // CPython 3.11: Modules/_csv.c parse_add_char
        private void addChar(int c) {
            if (fieldLen >= st.fieldLimit) {
                throw Exc.raise(st.error, "field larger than field limit (" + st.fieldLimit + ")");
            }
            field.appendCodePoint(c);
            fieldLen++;
        }

        // CPython 3.11: Modules/_csv.c parse_process_char
        private void processChar(int c) {
            Dialect d = dialect;
            switch (state) {
                case START_RECORD:
                    if (c == EOL) {
                        // empty line: return []
                        break;
                    } else if (c == '\n' || c == '\r') {
                        state = EAT_CRNL;
                        break;
                    }
                    state = START_FIELD;
                    startField(c, d);
                    break;
                case START_FIELD:
                    startField(c, d);
                    break;
                case ESCAPED_CHAR:
                    if (c == '\n' || c == '\r') {
                        addChar(c);
                        state = AFTER_ESCAPED_CRNL;
                        break;
                    }
                    addChar(c == EOL ? '\n' : c);
                    state = IN_FIELD;
                    break;
                case AFTER_ESCAPED_CRNL:
                    if (c == EOL) {
                        break;
                    }
                    inField(c, d);
                    break;
                case IN_FIELD:
                    inField(c, d);
                    break;
                case IN_QUOTED_FIELD:
                    if (c == EOL) {
                        // the line ended inside quotes: the next line continues the field
                    } else if (c == d.escapechar) {
                        state = ESCAPE_IN_QUOTED_FIELD;
                    } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
                        state = d.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
                    } else {
                        addChar(c);
                    }
                    break;
                case ESCAPE_IN_QUOTED_FIELD:
                    addChar(c == EOL ? '\n' : c);
                    state = IN_QUOTED_FIELD;
                    break;
                case QUOTE_IN_QUOTED_FIELD:
                    if (d.quoting != QUOTE_NONE && c == d.quotechar) {
                        // "" is "
                        addChar(c);
                        state = IN_QUOTED_FIELD;
                    } else if (c == d.delimiter) {
                        saveField();
                        state = START_FIELD;
                    } else if (c == '\n' || c == '\r' || c == EOL) {
                        saveField();
                        state = c == EOL ? START_RECORD : EAT_CRNL;
                    } else if (!d.strict) {
                        addChar(c);
                        state = IN_FIELD;
                    } else {
                        throw Exc.raise(st.error, "'" + new String(Character.toChars(d.delimiter))
                                + "' expected after '" + new String(Character.toChars(d.quotechar)) + "'");
                    }
                    break;
                case EAT_CRNL:
                    if (c == '\n' || c == '\r') {
                        break;
                    } else if (c == EOL) {
                        state = START_RECORD;
                    } else {
                        throw Exc.raise(st.error, "new-line character seen in unquoted field - do you need to open"
                                + " the file in universal-newline mode?");
                    }
                    break;
                default:
                    throw new IllegalStateException("csv parser state " + state);
            }
        }

        private void startField(int c, Dialect d) {
            if (c == '\n' || c == '\r' || c == EOL) {
                // save an empty field: return [fields]
                saveField();
                state = c == EOL ? START_RECORD : EAT_CRNL;
            } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
                state = IN_QUOTED_FIELD;
            } else if (c == d.escapechar) {
                state = ESCAPED_CHAR;
            } else if (c == ' ' && d.skipinitialspace) {
                // ignore spaces at the start of a field
            } else if (c == d.delimiter) {
                saveField();
            } else {
                if (d.quoting == QUOTE_NONNUMERIC) {
                    numericField = true;
                }
                addChar(c);
                state = IN_FIELD;
            }
        }

        private void inField(int c, Dialect d) {
            if (c == '\n' || c == '\r' || c == EOL) {
                saveField();
                state = c == EOL ? START_RECORD : EAT_CRNL;
            } else if (c == d.escapechar) {
                state = ESCAPED_CHAR;
            } else if (c == d.delimiter) {
                saveField();
                state = START_FIELD;
            } else {
                addChar(c);
            }
        }

        // CPython 3.11: Modules/_csv.c Reader_iternext
        @Override
        public PyObject next() {
            parseReset();
            do {
                PyObject line = Abstract.next(inputIter);
                if (line == null) {
                    if (fieldLen != 0 || state == IN_QUOTED_FIELD) {
                        if (dialect.strict) {
                            throw Exc.raise(st.error, "unexpected end of data");
                        }
                        saveField();
                        break;
                    }
                    return null;
                }
                if (!(line instanceof PyStr)) {
                    throw Exc.raise(st.error, "iterator should return strings, not " + Abstract.typeName(line)
                            + " (the file should be opened in text mode)");
                }
                lineNum++;
                String s = ((PyStr) line).value;
                for (int i = 0; i < s.length(); ) {
                    int c = s.codePointAt(i);
                    processChar(c);
                    i += Character.charCount(c);
                }
                processChar(EOL);
            } while (state != START_RECORD);
            PyList r = fields;
            fields = null;
            return r;
        }
    }

    static {
        PyType t = READER;
        t.dict().setStr("__doc__", new PyStr("CSV reader\n\nReader objects are responsible for reading and parsing "
                + "tabular data\nin CSV format.\n"));
        TypeSetup.defNew(t, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                throw Exc.typeError("cannot create '_csv.reader' instances");
            }
        });
        BuiltinMethods.defIteratorProtocol(t);
        TypeSetup.getset(t, "dialect", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Reader) o).dialect;
            }
        }, new java.util.function.BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject x0, PyObject x1) {
                CsvModule.readonly(x0, x1);
            }
        });
        TypeSetup.getset(t, "line_num", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return PyInt.of(((Reader) o).lineNum);
            }
        }, new java.util.function.BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject x0, PyObject x1) {
                CsvModule.readonly(x0, x1);
            }
        });
        t.recomputeFlags();
    }

    // ---------------------------------------------------------------- writer

    /** CPython's WriterObj. */
    static final class Writer extends PyObject {
        final State st;
        final PyObject write;
        final Dialect dialect;
        final StringBuilder rec = new StringBuilder();
        int numFields;

        Writer(State st, PyObject write, Dialect dialect) {
            this.st = st;
            this.write = write;
            this.dialect = dialect;
        }

        @Override
        public PyType type() {
            return WRITER;
        }

        // CPython 3.11: Modules/_csv.c join_append / join_append_data (one pass: the quoting decision is
        // known after scanning the field, so the field is built aside and wrapped)
        void joinAppend(String fieldText, boolean quoted) {
            Dialect d = dialect;
            StringBuilder body = new StringBuilder();
            if (fieldText != null) {
                for (int i = 0; i < fieldText.length(); ) {
                    int c = fieldText.codePointAt(i);
                    i += Character.charCount(c);
                    boolean wantEscape = false;
                    if (c == d.delimiter || c == d.escapechar || c == d.quotechar || d.lineterm.indexOf(c) >= 0) {
                        if (d.quoting == QUOTE_NONE) {
                            wantEscape = true;
                        } else {
                            if (c == d.quotechar) {
                                if (d.doublequote) {
                                    body.appendCodePoint(d.quotechar);
                                } else {
                                    wantEscape = true;
                                }
                            } else if (c == d.escapechar) {
                                wantEscape = true;
                            }
                            if (!wantEscape) {
                                quoted = true;
                            }
                        }
                        if (wantEscape) {
                            if (d.escapechar == NOT_SET) {
                                throw Exc.raise(st.error, "need to escape, but no escapechar set");
                            }
                            body.appendCodePoint(d.escapechar);
                        }
                    }
                    body.appendCodePoint(c);
                }
            }
            if (numFields > 0) {
                rec.appendCodePoint(d.delimiter);
            }
            if (quoted) {
                rec.appendCodePoint(d.quotechar).append(body).appendCodePoint(d.quotechar);
            } else {
                rec.append(body);
            }
            numFields++;
        }

        // CPython 3.11: Modules/_csv.c csv_writerow
        PyObject writerow(PyObject seq) {
            Dialect d = dialect;
            PyObject it;
            try {
                it = Abstract.iter(seq);
            } catch (dev.quicken.runtime.PyException e) {
                if (e.matches(Exc.TypeError)) {
                    throw Exc.raise(st.error, "iterable expected, not " + Abstract.typeName(seq));
                }
                throw e;
            }
            rec.setLength(0);
            numFields = 0;
            PyObject f;
            while ((f = Abstract.next(it)) != null) {
                boolean quoted = d.quoting == QUOTE_NONNUMERIC ? !isNumber(f) : d.quoting == QUOTE_ALL;
                if (f instanceof PyStr) {
                    joinAppend(((PyStr) f).value, quoted);
                } else if (f == NONE) {
                    joinAppend(null, quoted);
                } else {
                    joinAppend(Abstract.str(f), quoted);
                }
            }
            if (numFields > 0 && rec.length() == 0) {
                if (d.quoting == QUOTE_NONE) {
                    throw Exc.raise(st.error, "single empty field record must be quoted");
                }
                numFields--;
                joinAppend(null, true);
            }
            rec.append(d.lineterm);
            return Abstract.call(write, new PyStr(rec.toString()));
        }
    }

    /** CPython's PyNumber_Check. */
    private static boolean isNumber(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex) {
            return true;
        }
        PyType t = o.type();
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    static {
        PyType t = WRITER;
        t.dict().setStr("__doc__", new PyStr("CSV writer\n\nWriter objects are responsible for generating tabular "
                + "data\nin CSV format from sequence input.\n"));
        TypeSetup.defNew(t, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                throw Exc.typeError("cannot create '_csv.writer' instances");
            }
        });
        TypeSetup.def1(t, "writerow", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject seq) {
                return ((Writer) a).writerow(seq);
            }
        });
        // CPython 3.11: Modules/_csv.c csv_writerows
        TypeSetup.def1(t, "writerows", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject seqseq) {
                PyObject it = Abstract.iter(seqseq);
                PyObject row;
                while ((row = Abstract.next(it)) != null) {
                    ((Writer) a).writerow(row);
                }
                return NONE;
            }
        });
        TypeSetup.getset(t, "dialect", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Writer) o).dialect;
            }
        }, new java.util.function.BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject x0, PyObject x1) {
                CsvModule.readonly(x0, x1);
            }
        });
        t.recomputeFlags();
    }

    // ---------------------------------------------------------------- module

    private static void def(PyModule m, String name, dev.quicken.runtime.JFunc f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, f, null, "_csv"));
    }

    static PyModule create(Interpreter in) {
        State st = new State();
        synchronized (STATES) {
            STATES.put(in, st);
        }
        PyModule m = new PyModule("_csv");
        m.dict.setStr("__doc__", new PyStr("CSV parsing and writing.\n"));
        m.dict.setStr("Dialect", DIALECT);
        m.dict.setStr("Reader", READER);
        m.dict.setStr("Writer", WRITER);
        m.dict.setStr("__version__", new PyStr("1.0"));
        m.dict.setStr("_dialects", st.dialects);
        m.dict.setStr("QUOTE_MINIMAL", PyInt.of(QUOTE_MINIMAL));
        m.dict.setStr("QUOTE_ALL", PyInt.of(QUOTE_ALL));
        m.dict.setStr("QUOTE_NONNUMERIC", PyInt.of(QUOTE_NONNUMERIC));
        m.dict.setStr("QUOTE_NONE", PyInt.of(QUOTE_NONE));
        PyDict ns = new PyDict();
        ns.setStr("__module__", new PyStr("_csv"));
        st.error = TypeSetup.newHeapType(PyType.TYPE, "Error", new PyType[] {Exc.Exception}, ns, new PyDict());
        m.dict.setStr("Error", st.error);
        // CPython 3.11: Modules/_csv.c csv_reader
        def(m, "reader", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                int n = unpack(a, kw, 1, 2);
                PyObject it = Abstract.iter(a[0]);
                Dialect d = (Dialect) callDialect(n > 1 ? a[1] : null, a, kw, n);
                return new Reader(st, it, d);
            }
        });
        // CPython 3.11: Modules/_csv.c csv_writer
        def(m, "writer", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                int n = unpack(a, kw, 1, 2);
                PyObject write = Abstract.lookupAttr(a[0], "write");
                if (write == null || !callable(write)) {
                    throw Exc.typeError("argument 1 must have a \"write\" method");
                }
                Dialect d = (Dialect) callDialect(n > 1 ? a[1] : null, a, kw, n);
                return new Writer(st, write, d);
            }
        });
        // CPython 3.11: Modules/_csv.c csv_register_dialect
        def(m, "register_dialect", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                int n = unpack(a, kw, 1, 2);
                if (!(a[0] instanceof PyStr)) {
                    throw Exc.typeError("dialect name must be a string");
                }
                PyObject d = callDialect(n > 1 ? a[1] : null, a, kw, n);
                st.dialects.setItem(a[0], d);
                return NONE;
            }
        });
        def(m, "list_dialects", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("list_dialects", a, kw, 0, 0, 0);
                return new PyList(st.dialects.keysArray());
            }
        });
        def(m, "unregister_dialect", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("unregister_dialect", a, kw, 0, new String[] {"name"}, 1, 1);
                if (st.dialects.delItem(p[0]) == null) {
                    throw Exc.raise(st.error, "unknown dialect");
                }
                return NONE;
            }
        });
        def(m, "get_dialect", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("get_dialect", a, kw, 0, new String[] {"name"}, 1, 1);
                return fromRegistry(st, p[0]);
            }
        });
        // CPython 3.11: Modules/_csv.c _csv_field_size_limit_impl
        def(m, "field_size_limit", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                if (Args.npos(a, kw) > 1) {
                    throw Exc.typeError("field_size_limit() takes at most 1 argument (" + Args.npos(a, kw) + " given)");
                }
                PyObject[] p = Args.parse("field_size_limit", a, kw, 0, new String[] {"new_limit"}, 0, 1);
                long old = st.fieldLimit;
                if (p[0] != null) {
                    if (p[0].type() != PyInt.TYPE) {
                        throw Exc.typeError("limit must be an integer");
                    }
                    PyInt i = (PyInt) p[0];
                    if (i.big != null && i.big.bitLength() > 63) {
                        throw Exc.overflowError("Python int too large to convert to C long");
                    }
                    st.fieldLimit = i.big != null ? i.big.longValue() : i.value;
                }
                return PyInt.of(old);
            }
        });
        DictOrder.apply(m, "field_size_limit", "get_dialect", "list_dialects", "reader", "register_dialect",
                "unregister_dialect", "writer");
        return m;
    }

    private static boolean callable(PyObject o) {
        return o instanceof dev.quicken.runtime.PyFunction || o instanceof PyBuiltinFunction
                || o instanceof dev.quicken.runtime.PyMethodDescr || o instanceof dev.quicken.runtime.PyMethod
                || o instanceof PyType || o.type().lookup("__call__") != null;
    }
}
