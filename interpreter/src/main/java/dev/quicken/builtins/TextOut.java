package dev.quicken.builtins;

import dev.quicken.runtime.Args;
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

/** {@code sys.stdout}/{@code sys.stderr}: a UTF-8 text stream over a Java {@link OutputStream}. */
public final class TextOut extends PyObject {

    public static final PyType TYPE = new PyType("TextIOWrapper");

    private final OutputStream out;
    private final StringBuilder buf = new StringBuilder();
    private final boolean lineBuffered;

    public TextOut(OutputStream out, boolean lineBuffered) {
        this.out = out;
        this.lineBuffered = lineBuffered;
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

    static void setupType() {
        TypeSetup.registerExtra(TYPE);
        TypeSetup.def1(TYPE, "write", (a, s) -> {
            String v = Args.str("write", s, 1);
            ((TextOut) a).write(v);
            return PyInt.of(v.length());
        });
        TypeSetup.def0(TYPE, "flush", a -> {
            ((TextOut) a).flush();
            return PyNone.NONE;
        });
        TypeSetup.def0(TYPE, "__repr__", a -> new PyStr("<_io.TextIOWrapper encoding='utf-8'>"));
    }
}
