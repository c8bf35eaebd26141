package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.BuiltinMethods;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyIter;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/**
 * The {@code _string} module behind {@code string.Formatter} (CPython 3.11: Objects/stringlib/unicode_format.h
 * MarkupIterator and FieldNameIterator).
 */
final class StringModule {

    static final PyObject NONE = PyNone.NONE;
    static final PyType FORMATTER_ITER = iterType("formatteriterator");
    static final PyType FIELDNAME_ITER = iterType("fieldnameiterator");

    private StringModule() {
    }

    private static PyType iterType(String name) {
        PyType t = new PyType(name);
        TypeSetup.registerExtra(t);
        BuiltinMethods.defIteratorProtocol(t);
        t.recomputeFlags();
        return t;
    }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_string");
        m.dict.setStr("__doc__", new PyStr("string helper module"));
        m.dict.setStr("formatter_parser", new PyBuiltinFunction("formatter_parser", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("formatter_parser", a, kw, 0, 1, 1);
                return new MarkupIterator(str(a[0]));
            }
        }, null, "_string"));
        m.dict.setStr("formatter_field_name_split", new PyBuiltinFunction("formatter_field_name_split", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("formatter_field_name_split", a, kw, 0, 1, 1);
                return fieldNameSplit(str(a[0]));
            }
        }, null, "_string"));
        DictOrder.apply(m, "formatter_field_name_split", "formatter_parser");
        return m;
    }

    private static String str(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Exc.typeError("expected str, got " + Abstract.typeName(o));
        }
        return ((PyStr) o).value;
    }

    /** CPython 3.11: unicode_format.h get_integer: the decimal value of {@code s}, or -1 when not all digits. */
    static long getInteger(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long acc = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.getType(s.charAt(i)) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(s.charAt(i), 10)
                    : -1;
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw Exc.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }

    /** {@code formatter_parser(str)}: (literal, field_name, format_spec, conversion) tuples. */
    static final class MarkupIterator extends PyIter {
        final String s;
        int pos;

        MarkupIterator(String s) {
            this.s = s;
        }

        @Override
        public PyType type() {
            return FORMATTER_ITER;
        }

        // CPython 3.11: unicode_format.h MarkupIterator_next and formatteriter_next
        @Override
        public PyObject next() {
            int end = s.length();
            if (pos >= end) {
                return null;
            }
            int start = pos;
            char c = 0;
            boolean markupFollows = false;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markupFollows = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - start;
            if (c == '}' && markupFollows && (atEnd || c != s.charAt(pos))) {
                throw Exc.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markupFollows) {
                throw Exc.valueError("Single '{' encountered in format string");
            }
            if (!atEnd && markupFollows) {
                if (c == s.charAt(pos)) {
                    pos++;
                    markupFollows = false;
                } else {
                    len--;
                }
            }
            PyObject literal = new PyStr(s.substring(start, start + len));
            if (!markupFollows) {
                return new PyTuple(new PyObject[] {literal, NONE, NONE, NONE});
            }
            return parseField(literal);
        }

        // CPython 3.11: unicode_format.h parse_field
        private PyObject parseField(PyObject literal) {
            int end = s.length();
            int fieldStart = pos;
            char c = 0;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{') {
                    throw Exc.valueError("unexpected '{' in field name");
                }
                if (c == '[') {
                    while (pos < end && s.charAt(pos) != ']') {
                        pos++;
                    }
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            String fieldName = s.substring(fieldStart, Math.max(fieldStart, pos - 1));
            PyObject conversion = NONE;
            String spec = "";
            if (c == '!' || c == ':') {
                if (c == '!') {
                    if (pos >= end) {
                        throw Exc.valueError("end of string while looking for conversion specifier");
                    }
                    conversion = new PyStr(String.valueOf(s.charAt(pos++)));
                    if (pos < end) {
                        char d = s.charAt(pos++);
                        if (d == '}') {
                            return tuple(literal, fieldName, "", conversion);
                        }
                        if (d != ':') {
                            throw Exc.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                int specStart = pos;
                int count = 1;
                while (pos < end) {
                    char d = s.charAt(pos++);
                    if (d == '{') {
                        count++;
                    } else if (d == '}') {
                        count--;
                        if (count == 0) {
                            spec = s.substring(specStart, pos - 1);
                            return tuple(literal, fieldName, spec, conversion);
                        }
                    }
                }
                throw Exc.valueError("unmatched '{' in format spec");
            } else if (c != '}') {
                throw Exc.valueError("expected '}' before end of string");
            }
            return tuple(literal, fieldName, spec, conversion);
        }

        private static PyObject tuple(PyObject literal, String field, String spec, PyObject conversion) {
            return new PyTuple(new PyObject[] {literal, new PyStr(field), new PyStr(spec), conversion});
        }
    }

    // CPython 3.11: unicode_format.h formatter_field_name_split / field_name_split
    static PyObject fieldNameSplit(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) != '[' && s.charAt(i) != '.') {
            i++;
        }
        String first = s.substring(0, i);
        long idx = getInteger(first);
        PyObject firstObj = idx != -1 ? PyInt.of(idx) : new PyStr(first);
        return new PyTuple(new PyObject[] {firstObj, new FieldNameIterator(s, i)});
    }

    /** The rest of a field name: (is_attribute, name_or_index) pairs. */
    static final class FieldNameIterator extends PyIter {
        final String s;
        int index;

        FieldNameIterator(String s, int index) {
            this.s = s;
            this.index = index;
        }

        @Override
        public PyType type() {
            return FIELDNAME_ITER;
        }

        // CPython 3.11: unicode_format.h FieldNameIterator_next
        @Override
        public PyObject next() {
            int end = s.length();
            if (index >= end) {
                return null;
            }
            char c = s.charAt(index++);
            int start = index;
            boolean isAttr;
            String name;
            PyObject obj;
            if (c == '.') {
                isAttr = true;
                while (index < end && s.charAt(index) != '[' && s.charAt(index) != '.') {
                    index++;
                }
                name = s.substring(start, index);
                obj = new PyStr(name);
            } else if (c == '[') {
                isAttr = false;
                while (index < end && s.charAt(index) != ']') {
                    index++;
                }
                if (index >= end) {
                    throw Exc.valueError("Missing ']' in format string");
                }
                name = s.substring(start, index);
                index++;
                long idx = getInteger(name);
                obj = idx != -1 ? PyInt.of(idx) : new PyStr(name);
            } else {
                throw Exc.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (name.isEmpty()) {
                throw Exc.valueError("Empty attribute in format string");
            }
            return new PyTuple(new PyObject[] {PyBool.of(isAttr), obj});
        }
    }
}
