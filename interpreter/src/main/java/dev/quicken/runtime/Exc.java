package dev.quicken.runtime;

/** The built-in exception types (process-wide, immutable) and helpers that make Java throwables of them. */
public final class Exc {

    private Exc() {
    }

    public static final PyType BaseException = new PyType("BaseException");
    public static final PyType BaseExceptionGroup = new PyType("BaseExceptionGroup");
    public static final PyType ExceptionGroup = new PyType("ExceptionGroup");
    public static final PyType Exception = new PyType("Exception");
    public static final PyType ArithmeticError = new PyType("ArithmeticError");
    public static final PyType FloatingPointError = new PyType("FloatingPointError");
    public static final PyType OverflowError = new PyType("OverflowError");
    public static final PyType ZeroDivisionError = new PyType("ZeroDivisionError");
    public static final PyType AssertionError = new PyType("AssertionError");
    public static final PyType AttributeError = new PyType("AttributeError");
    public static final PyType BufferError = new PyType("BufferError");
    public static final PyType EOFError = new PyType("EOFError");
    public static final PyType ImportError = new PyType("ImportError");
    public static final PyType ModuleNotFoundError = new PyType("ModuleNotFoundError");
    public static final PyType LookupError = new PyType("LookupError");
    public static final PyType IndexError = new PyType("IndexError");
    public static final PyType KeyError = new PyType("KeyError");
    public static final PyType MemoryError = new PyType("MemoryError");
    public static final PyType NameError = new PyType("NameError");
    public static final PyType UnboundLocalError = new PyType("UnboundLocalError");
    public static final PyType OSError = new PyType("OSError");
    public static final PyType BlockingIOError = new PyType("BlockingIOError");
    public static final PyType ChildProcessError = new PyType("ChildProcessError");
    public static final PyType ConnectionError = new PyType("ConnectionError");
    public static final PyType BrokenPipeError = new PyType("BrokenPipeError");
    public static final PyType ConnectionAbortedError = new PyType("ConnectionAbortedError");
    public static final PyType ConnectionRefusedError = new PyType("ConnectionRefusedError");
    public static final PyType ConnectionResetError = new PyType("ConnectionResetError");
    public static final PyType FileExistsError = new PyType("FileExistsError");
    public static final PyType FileNotFoundError = new PyType("FileNotFoundError");
    public static final PyType InterruptedError = new PyType("InterruptedError");
    public static final PyType IsADirectoryError = new PyType("IsADirectoryError");
    public static final PyType NotADirectoryError = new PyType("NotADirectoryError");
    public static final PyType PermissionError = new PyType("PermissionError");
    public static final PyType ProcessLookupError = new PyType("ProcessLookupError");
    public static final PyType TimeoutError = new PyType("TimeoutError");
    public static final PyType ReferenceError = new PyType("ReferenceError");
    public static final PyType RuntimeError = new PyType("RuntimeError");
    public static final PyType NotImplementedError = new PyType("NotImplementedError");
    public static final PyType RecursionError = new PyType("RecursionError");
    public static final PyType StopAsyncIteration = new PyType("StopAsyncIteration");
    public static final PyType StopIteration = new PyType("StopIteration");
    public static final PyType SyntaxError = new PyType("SyntaxError");
    public static final PyType IndentationError = new PyType("IndentationError");
    public static final PyType TabError = new PyType("TabError");
    public static final PyType SystemError = new PyType("SystemError");
    public static final PyType TypeError = new PyType("TypeError");
    public static final PyType ValueError = new PyType("ValueError");
    public static final PyType UnicodeError = new PyType("UnicodeError");
    public static final PyType UnicodeDecodeError = new PyType("UnicodeDecodeError");
    public static final PyType UnicodeEncodeError = new PyType("UnicodeEncodeError");
    public static final PyType UnicodeTranslateError = new PyType("UnicodeTranslateError");
    public static final PyType Warning = new PyType("Warning");
    public static final PyType BytesWarning = new PyType("BytesWarning");
    public static final PyType DeprecationWarning = new PyType("DeprecationWarning");
    public static final PyType EncodingWarning = new PyType("EncodingWarning");
    public static final PyType FutureWarning = new PyType("FutureWarning");
    public static final PyType ImportWarning = new PyType("ImportWarning");
    public static final PyType PendingDeprecationWarning = new PyType("PendingDeprecationWarning");
    public static final PyType ResourceWarning = new PyType("ResourceWarning");
    public static final PyType RuntimeWarning = new PyType("RuntimeWarning");
    public static final PyType SyntaxWarning = new PyType("SyntaxWarning");
    public static final PyType UnicodeWarning = new PyType("UnicodeWarning");
    public static final PyType UserWarning = new PyType("UserWarning");
    public static final PyType GeneratorExit = new PyType("GeneratorExit");
    public static final PyType KeyboardInterrupt = new PyType("KeyboardInterrupt");
    public static final PyType SystemExit = new PyType("SystemExit");

    /** Wires the hierarchy (called once by {@link TypeSetup}). */
    static void wire() {
        BaseException.setBases(TypeSetup.OBJECT);
        BaseExceptionGroup.setBases(BaseException);
        Exception.setBases(BaseException);
        ExceptionGroup.setBases(BaseExceptionGroup, Exception);
        ArithmeticError.setBases(Exception);
        FloatingPointError.setBases(ArithmeticError);
        OverflowError.setBases(ArithmeticError);
        ZeroDivisionError.setBases(ArithmeticError);
        AssertionError.setBases(Exception);
        AttributeError.setBases(Exception);
        BufferError.setBases(Exception);
        EOFError.setBases(Exception);
        ImportError.setBases(Exception);
        ModuleNotFoundError.setBases(ImportError);
        LookupError.setBases(Exception);
        IndexError.setBases(LookupError);
        KeyError.setBases(LookupError);
        MemoryError.setBases(Exception);
        NameError.setBases(Exception);
        UnboundLocalError.setBases(NameError);
        OSError.setBases(Exception);
        BlockingIOError.setBases(OSError);
        ChildProcessError.setBases(OSError);
        ConnectionError.setBases(OSError);
        BrokenPipeError.setBases(ConnectionError);
        ConnectionAbortedError.setBases(ConnectionError);
        ConnectionRefusedError.setBases(ConnectionError);
        ConnectionResetError.setBases(ConnectionError);
        FileExistsError.setBases(OSError);
        FileNotFoundError.setBases(OSError);
        InterruptedError.setBases(OSError);
        IsADirectoryError.setBases(OSError);
        NotADirectoryError.setBases(OSError);
        PermissionError.setBases(OSError);
        ProcessLookupError.setBases(OSError);
        TimeoutError.setBases(OSError);
        ReferenceError.setBases(Exception);
        RuntimeError.setBases(Exception);
        NotImplementedError.setBases(RuntimeError);
        RecursionError.setBases(RuntimeError);
        StopAsyncIteration.setBases(Exception);
        StopIteration.setBases(Exception);
        SyntaxError.setBases(Exception);
        IndentationError.setBases(SyntaxError);
        TabError.setBases(IndentationError);
        SystemError.setBases(Exception);
        TypeError.setBases(Exception);
        ValueError.setBases(Exception);
        UnicodeError.setBases(ValueError);
        UnicodeDecodeError.setBases(UnicodeError);
        UnicodeEncodeError.setBases(UnicodeError);
        UnicodeTranslateError.setBases(UnicodeError);
        Warning.setBases(Exception);
        BytesWarning.setBases(Warning);
        DeprecationWarning.setBases(Warning);
        EncodingWarning.setBases(Warning);
        FutureWarning.setBases(Warning);
        ImportWarning.setBases(Warning);
        PendingDeprecationWarning.setBases(Warning);
        ResourceWarning.setBases(Warning);
        RuntimeWarning.setBases(Warning);
        SyntaxWarning.setBases(Warning);
        UnicodeWarning.setBases(Warning);
        UserWarning.setBases(Warning);
        GeneratorExit.setBases(BaseException);
        KeyboardInterrupt.setBases(BaseException);
        SystemExit.setBases(BaseException);
    }

    /** All built-in exception types, for the builtins module. */
    public static PyType[] all() {
        return new PyType[] {BaseException, BaseExceptionGroup, ExceptionGroup, Exception, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning, GeneratorExit, KeyboardInterrupt, SystemExit};
    }

    /** A new exception of type {@code t} with the single argument {@code msg}. */
    public static PyBaseException make(PyType t, String msg) {
        PyBaseException e = (PyBaseException) t.allocate();
        PyStr m = new PyStr(msg);
        e.args = new PyTuple(new PyObject[] {m});
        // CPython 3.11: Objects/exceptions.c ImportError_init / SystemExit_init / StopIteration_init (one argument)
        if (t.isSubtypeOf(ImportError)) {
            e.setMember("msg", m);
        } else if (t.isSubtypeOf(SystemExit)) {
            e.setMember("code", m);
        } else if (t.isSubtypeOf(StopIteration)) {
            e.setMember("value", m);
        }
        return e;
    }

    /** A new exception of type {@code t} with no arguments. */
    public static PyBaseException make(PyType t) {
        return (PyBaseException) t.allocate();
    }

    public static PyException raise(PyType t, String msg) {
        return new PyException(make(t, msg));
    }

    /** The Python exception for an error raised by the values slice's algorithms. */
    public static PyException fromTyped(PyTypedError e) {
        PyType t;
        switch (e.pyType) {
            case "TypeError":
                t = TypeError;
                break;
            case "OverflowError":
                t = OverflowError;
                break;
            case "KeyError":
                t = KeyError;
                break;
            case "ZeroDivisionError":
                t = ZeroDivisionError;
                break;
            case "IndexError":
                t = IndexError;
                break;
            default:
                t = ValueError;
        }
        return raise(t, e.getMessage());
    }

    public static PyException typeError(String msg) {
        return raise(TypeError, msg);
    }

    public static PyException valueError(String msg) {
        return raise(ValueError, msg);
    }

    public static PyException indexError(String msg) {
        return raise(IndexError, msg);
    }

    public static PyException overflowError(String msg) {
        return raise(OverflowError, msg);
    }

    public static PyException zeroDivision(String msg) {
        return raise(ZeroDivisionError, msg);
    }

    public static PyException runtimeError(String msg) {
        return raise(RuntimeError, msg);
    }

    public static PyException systemError(String msg) {
        return raise(SystemError, msg);
    }

    public static PyException keyError(PyObject key) {
        PyBaseException e = make(KeyError);
        e.args = new PyTuple(new PyObject[] {key});
        return new PyException(e);
    }

    public static PyException stopIteration() {
        return new PyException(make(StopIteration));
    }

    /** AttributeError with {@code name} and {@code obj} set, as CPython 3.11 does. */
    public static PyException attributeError(String msg, PyObject obj, String name) {
        PyBaseException e = make(AttributeError, msg);
        e.setMember("name", new PyStr(name));
        e.setMember("obj", obj);
        return new PyException(e);
    }

    /** NameError("name 'x' is not defined") with {@code name} set. */
    public static PyException nameError(String name) {
        PyBaseException e = make(NameError, "name '" + name + "' is not defined");
        e.setMember("name", new PyStr(name));
        return new PyException(e);
    }

    /** The OSError subclass {@code OSError(errno, ...)} makes for {@code errno} (Linux numbers), or OSError. */
    // CPython 3.11: Objects/exceptions.c _PyExc_InitState (errnomap)
    public static PyType osErrorType(long errno) {
        switch ((int) errno) {
            case 11: case 114: case 115: // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
                return BlockingIOError;
            case 10: // ECHILD
                return ChildProcessError;
            case 32: case 108: // EPIPE, ESHUTDOWN
                return BrokenPipeError;
            case 103: // ECONNABORTED
                return ConnectionAbortedError;
            case 111: // ECONNREFUSED
                return ConnectionRefusedError;
            case 104: // ECONNRESET
                return ConnectionResetError;
            case 17: // EEXIST
                return FileExistsError;
            case 2: // ENOENT
                return FileNotFoundError;
            case 21: // EISDIR
                return IsADirectoryError;
            case 20: // ENOTDIR
                return NotADirectoryError;
            case 4: // EINTR
                return InterruptedError;
            case 13: case 1: // EACCES, EPERM
                return PermissionError;
            case 3: // ESRCH
                return ProcessLookupError;
            case 110: // ETIMEDOUT
                return TimeoutError;
            default:
                return OSError;
        }
    }
}
