package dev.quicken.runtime;

/**
 * An exception instance ({@code BaseException} and every subclass, built-in or Python-defined).
 * Extra attributes of particular exceptions ({@code StopIteration.value}, {@code SystemExit.code},
 * {@code name} of NameError, ...) are ordinary instance attributes set by their {@code __init__}.
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

    public PyBaseException(PyType cls) {
        super(cls);
    }

    public PyBaseException(PyType cls, PyTuple args) {
        super(cls);
        this.args = args;
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
