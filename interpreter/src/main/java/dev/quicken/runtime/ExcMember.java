package dev.quicken.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A C-level member of a built-in exception type ({@code StopIteration.value}, {@code OSError.errno},
 * {@code SyntaxError.lineno}, ...), kept in {@link PyBaseException#members} rather than in the
 * instance dict, so {@code e.__dict__} stays empty as in CPython. The type dict holds a
 * {@code member_descriptor} for each (a {@link PyDescriptors.GetSet} shown as a member, which the
 * specializer classes as CPython classes a {@code T_OBJECT} member: {@code OTHER_SLOT}). An unset
 * member reads as None and can be deleted (CPython 3.11: Python/structmember.c, {@code T_OBJECT});
 * {@code start} and {@code end} of the Unicode errors are {@code T_PYSSIZET}: ints, 0 when unset, not deletable.
 *
 * <p>CPython 3.11: Objects/exceptions.c {@code StopIteration_members}, {@code SystemExit_members},
 * {@code ImportError_members}, {@code OSError_members}, {@code NameError_members},
 * {@code AttributeError_members}, {@code SyntaxError_members}, {@code UnicodeError_members}.
 */
final class ExcMember implements Function<PyObject, PyObject>, BiConsumer<PyObject, PyObject> {

    /** Every member name; an instance's array index is the name's position (the common ones first, arrays stay short). */
    private static final String[] NAMES = {"value", "code", "name", "obj", "msg", "path", "errno", "strerror",
        "filename", "filename2", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line",
        "encoding", "object", "start", "end", "reason"};

    private final PyType owner;
    private final String name;
    private final int index;
    /** A {@code T_PYSSIZET} member (UnicodeError's start and end). */
    private final boolean ssize;

    private ExcMember(PyType owner, String name) {
        this.owner = owner;
        this.name = name;
        this.index = index(name);
        this.ssize = name.equals("start") || name.equals("end");
    }

    /** The array index of member {@code name}. */
    static int index(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not an exception member: " + name);
    }

    /** Puts the member descriptors of {@code names} into {@code t}'s dict. */
    static void define(PyType t, String... names) {
        for (String n : names) {
            ExcMember m = new ExcMember(t, n);
            t.dict.setStr(n, new PyDescriptors.GetSet(t, n, m, m, true));
        }
    }

    /** Installs the members of every built-in exception type that has them. */
    static void defineAll() {
        define(Exc.StopIteration, "value");
        define(Exc.SystemExit, "code");
        define(Exc.ImportError, "msg", "name", "path");
        define(Exc.OSError, "errno", "strerror", "filename", "filename2");
        define(Exc.NameError, "name");
        define(Exc.AttributeError, "name", "obj");
        define(Exc.SyntaxError, "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                "print_file_and_line");
        for (PyType t : new PyType[] {Exc.UnicodeEncodeError, Exc.UnicodeDecodeError, Exc.UnicodeTranslateError}) {
            define(t, "encoding", "object", "start", "end", "reason");
        }
    }

    private PyBaseException check(PyObject self) {
        if (self instanceof PyBaseException && self.type().isSubtypeOf(owner)) {
            return (PyBaseException) self;
        }
        throw Exc.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                + Abstract.typeName(self) + "' object");
    }

    @Override
    public PyObject apply(PyObject self) {
        PyObject v = check(self).member(index);
        return v != null ? v : ssize ? PyInt.of(0) : PyNone.NONE;
    }

    // CPython 3.11: Python/structmember.c PyMember_SetOne
    @Override
    public void accept(PyObject self, PyObject value) {
        PyBaseException e = check(self);
        if (ssize) {
            if (value == null) {
                throw Exc.typeError("can't delete numeric/char attribute");
            }
            if (!(value instanceof PyInt)) {
                throw Exc.typeError("an integer is required");
            }
            value = PyInt.of(((PyInt) value).value);
        }
        e.setMember(index, value);
    }
}
