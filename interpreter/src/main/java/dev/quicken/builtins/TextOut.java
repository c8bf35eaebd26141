package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Buffers;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code sys.stdout}/{@code sys.stderr}: a UTF-8 text stream over a Java {@link OutputStream} (the
 * embedder's), with the attributes of CPython's {@code TextIOWrapper} that programs use on them
 * ({@code encoding}, {@code errors}, {@code name}, {@code fileno()}, {@code buffer}, ...). Its
 * {@code buffer} writes bytes to the same stream, after the text written before them.
 */
public final class TextOut extends PyObject {

    public static final PyType TYPE = new PyType("TextIOWrapper");
    /** The type of {@code sys.stdout.buffer}. */
    static final PyType BUFFER_TYPE = new PyType("BufferedWriter");

    private final OutputStream out;
    private final StringBuilder buf = new StringBuilder();
    private final boolean lineBuffered;
    private final int fd;
    private final String errors;
    private BytesOut buffer;

    public TextOut(OutputStream out, boolean lineBuffered) {
        this(out, lineBuffered, lineBuffered ? 2 : 1, lineBuffered ? "backslashreplace" : "strict");
    }

    /** A stream for file descriptor {@code fd} (1 or 2) with the error handler {@code errors}. */
    public TextOut(OutputStream out, boolean lineBuffered, int fd, String errors) {
        this.out = out;
        this.lineBuffered = lineBuffered;
        this.fd = fd;
        this.errors = errors;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void write(String s) {
        buf.append(s);
        if (buf.length() > 8192 || lineBuffered && s.indexOf('\n') >= 0) {
            flush();
        }
    }

    public void flush() {
        if (buf.length() == 0) {
            return;
        }
        try {
            out.write(buf.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buf.setLength(0);
    }

    private String name() {
        return fd == 1 ? "<stdout>" : "<stderr>";
    }

    private static TextOut T(PyObject o) {
        return (TextOut) o;
    }

    static void setupType() {
        TypeSetup.def1(TYPE, TypeDef1.write);
        TypeSetup.def1(TYPE, TypeDef1.writelines);
        TypeSetup.def0(TYPE, TypeDef0.flush);
        TypeSetup.def0(TYPE, TypeDef0.fileno);
        TypeSetup.def0(TYPE, TypeDef0.isatty);
        TypeSetup.def0(TYPE, TypeDef0.readable);
        TypeSetup.def0(TYPE, TypeDef0.writable);
        TypeSetup.def0(TYPE, TypeDef0.seekable);
        TypeSetup.getset(TYPE, TypeGet.encoding, null);
        TypeSetup.getset(TYPE, "errors", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return new PyStr(T(a).errors);
            }
        }, null);
        TypeSetup.getset(TYPE, TypeGet.name, null);
        TypeSetup.getset(TYPE, TypeGet.mode, null);
        TypeSetup.getset(TYPE, TypeGet.closed, null);
        TypeSetup.getset(TYPE, TypeGet.newlines, null);
        TypeSetup.getset(TYPE, TypeGet.line_buffering, null);
        TypeSetup.getset(TYPE, TypeGet.write_through, null);
        TypeSetup.getset(TYPE, "buffer", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                TextOut t = T(a);
                if (t.buffer == null) {
                    t.buffer = new BytesOut(t);
                }
                return t.buffer;
            }
        }, null);
        TypeSetup.def0(TYPE, TypeDef0.__repr__);
        // registered once its methods are in: a registered type re-validates at each method added (PyType.modified)
        TypeSetup.registerExtra(TYPE);
        BytesOut.setupType();
    }

    /** The methods of self and one argument that setupType registers on TYPE: one switch instead of a lambda class each. */
    private enum TypeDef1 implements dev.quicken.runtime.TypeSetup.F1 {
        write, writelines;

        @Override
        public PyObject apply(PyObject a, PyObject s) {
            switch (this) {
            case write:
                return write_impl(a, s);
            case writelines:
                return writelines_impl(a, s);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject write_impl(PyObject a, PyObject s) {
            String v = Args.str("write", s, 1);
            T(a).write(v);
            return PyInt.of(v.length());
        }

        private static PyObject writelines_impl(PyObject a, PyObject lines) {
            PyObject it = Abstract.iter(lines);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                T(a).write(Args.str("writelines", x, 1));
            }
            return PyNone.NONE;
        }
    }

    /** The methods of self alone that setupType registers on TYPE: one switch instead of a lambda class each. */
    private enum TypeDef0 implements dev.quicken.runtime.TypeSetup.F0 {
        flush, fileno, isatty, readable, writable, seekable, __repr__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case flush:
                return flush_impl(a);
            case fileno:
                return PyInt.of(T(a).fd);
            case isatty:
                return PyBool.of(System.console() != null);
            case readable:
                return PyBool.FALSE;
            case writable:
                return PyBool.TRUE;
            case seekable:
                return PyBool.FALSE;
            case __repr__:
                return new PyStr("<_io.TextIOWrapper name='" + T(a).name()
                        + "' mode='w' encoding='utf-8'>");
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject flush_impl(PyObject a) {
            T(a).flush();
            return PyNone.NONE;
        }
    }

    /** The attribute getters that setupType registers on TYPE: one switch instead of a lambda class each. */
    private enum TypeGet implements java.util.function.Function<PyObject, PyObject> {
        encoding, name, mode, closed, newlines, line_buffering, write_through;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case encoding:
                return new PyStr("utf-8");
            case name:
                return new PyStr(T(a).name());
            case mode:
                return new PyStr("w");
            case closed:
                return PyBool.FALSE;
            case newlines:
                return PyNone.NONE;
            case line_buffering:
                return PyBool.of(T(a).lineBuffered);
            case write_through:
                return PyBool.FALSE;
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** {@code sys.stdout.buffer}: bytes to the same stream, after any text not yet flushed. */
    static final class BytesOut extends PyObject {
        private final TextOut text;

        BytesOut(TextOut text) {
            this.text = text;
        }

        @Override
        public PyType type() {
            return BUFFER_TYPE;
        }

        private static TextOut T(PyObject o) {
            return ((BytesOut) o).text;
        }

        static void setupType() {
            TypeSetup.def1(BUFFER_TYPE, TypeBufferTypeDef1.write);
            TypeSetup.def0(BUFFER_TYPE, TypeBufferTypeDef0.flush);
            TypeSetup.def0(BUFFER_TYPE, TypeBufferTypeDef0.fileno);
            TypeSetup.def0(BUFFER_TYPE, TypeBufferTypeDef0.isatty);
            TypeSetup.def0(BUFFER_TYPE, TypeBufferTypeDef0.readable);
            TypeSetup.def0(BUFFER_TYPE, TypeBufferTypeDef0.writable);
            TypeSetup.def0(BUFFER_TYPE, TypeBufferTypeDef0.seekable);
            TypeSetup.getset(BUFFER_TYPE, TypeBufferTypeGet.name, null);
            TypeSetup.getset(BUFFER_TYPE, TypeBufferTypeGet.mode, null);
            TypeSetup.getset(BUFFER_TYPE, TypeBufferTypeGet.closed, null);
            TypeSetup.def0(BUFFER_TYPE, TypeBufferTypeDef0.__repr__);
            TypeSetup.registerExtra(BUFFER_TYPE);
        }

    /** The methods of self and one argument that setupType registers on BUFFER_TYPE: one switch instead of a lambda class each. */
    private enum TypeBufferTypeDef1 implements dev.quicken.runtime.TypeSetup.F1 {
        write;

        @Override
        public PyObject apply(PyObject a, PyObject b) {
            switch (this) {
            case write:
                return write_impl(a, b);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject write_impl(PyObject a, PyObject b) {
            byte[] v = Buffers.require(b);
            TextOut t = T(a);
            t.flush();
            try {
                t.out.write(v);
                t.out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return PyInt.of(v.length);
        }
    }

    /** The methods of self alone that setupType registers on BUFFER_TYPE: one switch instead of a lambda class each. */
    private enum TypeBufferTypeDef0 implements dev.quicken.runtime.TypeSetup.F0 {
        flush, fileno, isatty, readable, writable, seekable, __repr__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case flush:
                return flush_impl(a);
            case fileno:
                return PyInt.of(T(a).fd);
            case isatty:
                return PyBool.of(System.console() != null);
            case readable:
                return PyBool.FALSE;
            case writable:
                return PyBool.TRUE;
            case seekable:
                return PyBool.FALSE;
            case __repr__:
                return new PyStr("<_io.BufferedWriter name='" + T(a).name()
                        + "'>");
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject flush_impl(PyObject a) {
            T(a).flush();
            return PyNone.NONE;
        }
    }

    /** The attribute getters that setupType registers on BUFFER_TYPE: one switch instead of a lambda class each. */
    private enum TypeBufferTypeGet implements java.util.function.Function<PyObject, PyObject> {
        name, mode, closed;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case name:
                return new PyStr(T(a).name());
            case mode:
                return new PyStr("wb");
            case closed:
                return PyBool.FALSE;
            default:
                throw new AssertionError(this);
            }
        }
    }
    }
}
