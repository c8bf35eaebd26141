package dev.quicken.runtime;

/**
 * An exception instance ({@code BaseException} and every subclass, built-in or Python-defined).
 * The members of particular exceptions ({@code StopIteration.value}, {@code SystemExit.code},
 * {@code name} of NameError, ...) live in {@link #members}, not in the instance dict (see {@link ExcMember}).
 */
public class PyBaseException extends PyInstance {

    public PyTuple args = PyTuple.EMPTY;
    /** {@code __traceback__}: a {@link PyTraceback} or null (None). */
    public PyObject traceback;
    /** {@code __cause__}, or null (None). */
    public PyBaseException cause;
    /** {@code __context__}, or null (None). */
    public PyBaseException context;
    public boolean suppressContext;
    /** {@code __notes__} support is via the instance dict. */
    /** The built-in members by {@link ExcMember} index (null = unset, reads as None); null until one is set. */
    private PyObject[] members;

    public PyBaseException(PyType cls) {
        super(cls);
    }

    public PyBaseException(PyType cls, PyTuple args) {
        super(cls);
        this.args = args;
    }

    /** The built-in member {@code name} ({@code "value"}, {@code "errno"}, ...), or null when unset. */
    public final PyObject member(String name) {
        return member(ExcMember.index(name));
    }

    /** Sets the built-in member {@code name}; null unsets it. */
    public final void setMember(String name, PyObject v) {
        setMember(ExcMember.index(name), v);
    }

    final PyObject member(int index) {
        PyObject[] m = members;
        return m != null && index < m.length ? m[index] : null;
    }

    final void setMember(int index, PyObject v) {
        PyObject[] m = members;
        if (m == null || index >= m.length) {
            if (v == null) {
                return;
            }
            m = members = m == null ? new PyObject[index + 1] : Items.copyOf(m, index + 1);
        }
        m[index] = v;
    }

    /** {@code str(self)} without calling Python code (for Java-side messages). */
    public String strSafe() {
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1 && args.get(0) instanceof PyStr) {
            return ((PyStr) args.get(0)).value;
        }
        return String.valueOf(args.size() == 1 ? args.get(0) : args);
    }

    /** The Java throwable for raising this exception. */
    public PyException raise() {
        return new PyException(this);
    }
}
