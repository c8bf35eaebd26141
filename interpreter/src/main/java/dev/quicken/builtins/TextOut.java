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
        TypeSetup.registerExtra(TYPE);
        TypeSetup.def1(TYPE, "write", (a, s) -> {
            String v = Args.str("write", s, 1);
            T(a).write(v);
            return PyInt.of(v.length());
        });
        TypeSetup.def1(TYPE, "writelines", (a, lines) -> {
            PyObject it = Abstract.iter(lines);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                T(a).write(Args.str("writelines", x, 1));
            }
            return PyNone.NONE;
        });
        TypeSetup.def0(TYPE, "flush", a -> {
            T(a).flush();
            return PyNone.NONE;
        });
        TypeSetup.def0(TYPE, "fileno", a -> PyInt.of(T(a).fd));
        TypeSetup.def0(TYPE, "isatty", a -> PyBool.of(System.console() != null));
        TypeSetup.def0(TYPE, "readable", a -> PyBool.FALSE);
        TypeSetup.def0(TYPE, "writable", a -> PyBool.TRUE);
        TypeSetup.def0(TYPE, "seekable", a -> PyBool.FALSE);
        TypeSetup.getset(TYPE, "encoding", a -> new PyStr("utf-8"), null);
        TypeSetup.getset(TYPE, "errors", a -> new PyStr(T(a).errors), null);
        TypeSetup.getset(TYPE, "name", a -> new PyStr(T(a).name()), null);
        TypeSetup.getset(TYPE, "mode", a -> new PyStr("w"), null);
        TypeSetup.getset(TYPE, "closed", a -> PyBool.FALSE, null);
        TypeSetup.getset(TYPE, "newlines", a -> PyNone.NONE, null);
        TypeSetup.getset(TYPE, "line_buffering", a -> PyBool.of(T(a).lineBuffered), null);
        TypeSetup.getset(TYPE, "write_through", a -> PyBool.FALSE, null);
        TypeSetup.getset(TYPE, "buffer", a -> {
            TextOut t = T(a);
            if (t.buffer == null) {
                t.buffer = new BytesOut(t);
            }
            return t.buffer;
        }, null);
        TypeSetup.def0(TYPE, "__repr__", a -> new PyStr("<_io.TextIOWrapper name='" + T(a).name()
                + "' mode='w' encoding='utf-8'>"));
        BytesOut.setupType();
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
            TypeSetup.registerExtra(BUFFER_TYPE);
            TypeSetup.def1(BUFFER_TYPE, "write", (a, b) -> {
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
            });
            TypeSetup.def0(BUFFER_TYPE, "flush", a -> {
                T(a).flush();
                return PyNone.NONE;
            });
            TypeSetup.def0(BUFFER_TYPE, "fileno", a -> PyInt.of(T(a).fd));
            TypeSetup.def0(BUFFER_TYPE, "isatty", a -> PyBool.of(System.console() != null));
            TypeSetup.def0(BUFFER_TYPE, "readable", a -> PyBool.FALSE);
            TypeSetup.def0(BUFFER_TYPE, "writable", a -> PyBool.TRUE);
            TypeSetup.def0(BUFFER_TYPE, "seekable", a -> PyBool.FALSE);
            TypeSetup.getset(BUFFER_TYPE, "name", a -> new PyStr(T(a).name()), null);
            TypeSetup.getset(BUFFER_TYPE, "mode", a -> new PyStr("wb"), null);
            TypeSetup.getset(BUFFER_TYPE, "closed", a -> PyBool.FALSE, null);
            TypeSetup.def0(BUFFER_TYPE, "__repr__", a -> new PyStr("<_io.BufferedWriter name='" + T(a).name()
                    + "'>"));
        }
    }
}
