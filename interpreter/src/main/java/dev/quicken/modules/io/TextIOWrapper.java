package dev.quicken.modules.io;

import static dev.quicken.modules.io.IoSupport.NONE;
import static dev.quicken.modules.io.IoSupport.call;
import static dev.quicken.modules.io.IoSupport.def;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyEllipsis;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/**
 * {@code _io.TextIOWrapper} (CPython 3.11: Modules/_io/textio.c): text over a buffered binary stream.
 * Decoded text is kept as decoded (newlines untranslated) so {@code tell()} can count its bytes; newline
 * translation happens as text is handed out.
 */
final class TextIOWrapper extends IOBaseObj {

    static final PyType TYPE = IoSupport.type("TextIOWrapper", new PyType.Factory() {
        @Override
        public PyObject make(PyType x) {
            return new TextIOWrapper(x);
        }
    }, IoModule.TEXT_IOBASE);
    static final int CHUNK_SIZE = 8192;

    PyObject buffer;
    boolean ok;
    boolean detached;
    TextCodec codec;
    PyObject encodingObj;
    String errors;
    boolean readable;
    boolean writable;
    boolean seekable;
    boolean readUniversal;
    boolean readTranslate;
    String readnl;
    String writenl;
    boolean lineBuffering;
    boolean writeThrough;
    int chunkSize = CHUNK_SIZE;
    int seennl;
    final StringBuilder decoded = new StringBuilder();
    int dpos;
    boolean eof;

    TextIOWrapper(PyType cls) {
        super(cls);
    }

    static {
        setup();
    }

    private static TextIOWrapper attached(PyObject o) {
        TextIOWrapper t = (TextIOWrapper) o;
        if (!t.ok) {
            throw Exc.valueError("I/O operation on uninitialized object");
        }
        if (t.detached) {
            throw Exc.valueError("underlying buffer has been detached");
        }
        return t;
    }

    private static TextIOWrapper open(PyObject o) {
        TextIOWrapper t = attached(o);
        t.checkClosed();
        return t;
    }

    private Buffered fastBuffer() {
        return buffer instanceof Buffered && !buffer.type().isHeapType() && ((Buffered) buffer).raw != null
                ? (Buffered) buffer : null;
    }

    boolean bufferClosed() {
        Buffered b = fastBuffer();
        return b != null ? b.rawClosed() : IoModule.isClosed(buffer);
    }

    void checkClosed() {
        if (bufferClosed()) {
            throw Exc.valueError("I/O operation on closed file.");
        }
    }

    // CPython 3.11: textio.c _io_TextIOWrapper___init___impl
    void init(PyObject buf, PyObject encoding, PyObject errorsObj, PyObject newlineObj, boolean lineBuf,
            boolean writeThru) {
        ok = false;
        detached = false;
        String nl = null;
        if (newlineObj != null && newlineObj != NONE) {
            if (!(newlineObj instanceof PyStr)) {
                throw Exc.typeError("TextIOWrapper() argument 'newline' must be str or None, not "
                        + Abstract.typeName(newlineObj));
            }
            nl = ((PyStr) newlineObj).value;
            if (!nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw Exc.valueError("illegal newline value: " + nl);
            }
        }
        if (encoding != null && encoding != NONE && !(encoding instanceof PyStr)) {
            throw Exc.typeError("TextIOWrapper() argument 'encoding' must be str or None, not "
                    + Abstract.typeName(encoding));
        }
        if (errorsObj != null && errorsObj != NONE && !(errorsObj instanceof PyStr)) {
            throw Exc.typeError("TextIOWrapper() argument 'errors' must be str or None, not "
                    + Abstract.typeName(errorsObj));
        }
        String enc = encoding == null || encoding == NONE || ((PyStr) encoding).value.equals("locale")
                ? "UTF-8" : ((PyStr) encoding).value;
        errors = errorsObj == null || errorsObj == NONE ? "strict" : ((PyStr) errorsObj).value;
        codec = new TextCodec(enc, errors);
        encodingObj = new PyStr(enc);
        buffer = buf;
        lineBuffering = lineBuf;
        writeThrough = writeThru;
        readnl = nl;
        readUniversal = nl == null || nl.isEmpty();
        readTranslate = nl == null;
        writenl = nl != null && !nl.isEmpty() && !nl.equals("\n") ? nl : null;
        readable = Abstract.isTrue(call(buf, "readable"));
        writable = Abstract.isTrue(call(buf, "writable"));
        seekable = Abstract.isTrue(call(buf, "seekable"));
        decoded.setLength(0);
        dpos = 0;
        eof = false;
        seennl = 0;
        if (seekable && writable) {
            long pos = Abstract.asIndex(call(buf, "tell"), "tell");
            if (pos != 0) {
                codec.reset(false);
            }
        }
        ok = true;
    }

    // ---------------------------------------------------------------- reading

    /** Reads and decodes one more chunk; false at end of file. */
    private boolean readChunk() {
        if (eof) {
            return false;
        }
        byte[] bytes;
        Buffered b = fastBuffer();
        if (b != null) {
            b.checkClosed("read of closed file");
            bytes = b.read1(chunkSize);
        } else {
            PyObject r = Abstract.lookupAttr(buffer, "read1") != null
                    ? call(buffer, "read1", PyInt.of(chunkSize)) : call(buffer, "read", PyInt.of(chunkSize));
            if (r == NONE) {
                return false;
            }
            if (!(r instanceof PyBytes)) {
                throw Exc.typeError("underlying read1() should have returned a bytes-like object, not '"
                        + Abstract.typeName(r) + "'");
            }
            bytes = ((PyBytes) r).value;
        }
        eof = bytes.length == 0;
        String text = codec.decode(bytes, eof);
        if (dpos > 0 && dpos == decoded.length()) {
            decoded.setLength(0);
            dpos = 0;
        } else if (dpos > 65536) {
            decoded.delete(0, dpos);
            dpos = 0;
        }
        decoded.append(text);
        if (readUniversal) {
            seennl |= NewlineDecoder.scanNewlines(text);
        }
        return !eof || !text.isEmpty();
    }

    /** Hands out the decoded text up to {@code end} (translating newlines when asked). */
    private String consume(int end) {
        String raw = decoded.substring(dpos, end);
        dpos = end;
        return readTranslate && raw.indexOf('\r') >= 0 ? NewlineDecoder.translateNewlines(raw) : raw;
    }

    /**
     * The raw index after {@code count} characters (as handed out) from {@code from}, stopping at the end
     * of the decoded text; -1 when a {@code \r} at the very end needs the next chunk to be decided.
     */
    private int advance(int from, long count) {
        int i = from;
        int len = decoded.length();
        long c = 0;
        while (c < count && i < len) {
            char ch = decoded.charAt(i);
            if (readTranslate && ch == '\r') {
                if (i + 1 < len) {
                    i += decoded.charAt(i + 1) == '\n' ? 2 : 1;
                } else if (eof) {
                    i++;
                } else {
                    return -1 - i;
                }
            } else {
                i += Character.isHighSurrogate(ch) && i + 1 < len && Character.isLowSurrogate(decoded.charAt(i + 1))
                        ? 2 : 1;
            }
            c++;
        }
        return i;
    }

    String read(long n) {
        if (n < 0) {
            byte[] rest;
            Buffered b = fastBuffer();
            if (b != null) {
                rest = b.read(-1);
            } else {
                PyObject r = call(buffer, "read");
                rest = r == NONE ? new byte[0] : IoSupport.bytesOf(r);
            }
            String text = codec.decode(rest == null ? new byte[0] : rest, true);
            eof = true;
            decoded.append(text);
            if (readUniversal) {
                seennl |= NewlineDecoder.scanNewlines(text);
            }
            String out = consume(decoded.length());
            decoded.setLength(0);
            dpos = 0;
            return out;
        }
        StringBuilder out = new StringBuilder();
        long need = n;
        while (need > 0) {
            if (dpos >= decoded.length() && !readChunk()) {
                break;
            }
            int end = advance(dpos, need);
            if (end < 0) {
                int stop = -1 - end;
                String part = consume(stop);
                out.append(part);
                need -= part.codePointCount(0, part.length());
                if (!readChunk()) {
                    continue;
                }
                continue;
            }
            String part = consume(end);
            out.append(part);
            need -= part.codePointCount(0, part.length());
        }
        return out.toString();
    }

    // CPython 3.11: textio.c _textiowrapper_readline
    String readline(long limit) {
        int scanFrom = dpos;
        while (true) {
            int len = decoded.length();
            int end = -1;
            if (readUniversal) {
                for (int i = scanFrom; i < len; i++) {
                    char c = decoded.charAt(i);
                    if (c == '\n') {
                        end = i + 1;
                        break;
                    }
                    if (c == '\r') {
                        if (i + 1 < len) {
                            end = decoded.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                        } else if (eof) {
                            end = i + 1;
                        } else {
                            end = -2 - i;
                        }
                        break;
                    }
                }
            } else {
                int i = decoded.indexOf(readnl, scanFrom);
                end = i < 0 ? -1 : i + readnl.length();
                if (i < 0 && readnl.length() == 2 && len > scanFrom && decoded.charAt(len - 1) == '\r' && !eof) {
                    end = -2 - (len - 1);
                }
            }
            if (end >= 0) {
                return limited(end, limit);
            }
            if (limit >= 0 && decoded.codePointCount(dpos, len) >= limit + 1) {
                return limited(len, limit);
            }
            // readChunk may drop the consumed text before dpos: resume relative to dpos
            int resume = (end <= -2 ? -2 - end : len) - dpos;
            if (!readChunk()) {
                if (dpos >= decoded.length()) {
                    return "";
                }
                return limited(decoded.length(), limit);
            }
            scanFrom = dpos + Math.max(0, resume);
        }
    }

    private String limited(int end, long limit) {
        if (limit >= 0) {
            int cut = advance(dpos, limit);
            if (cut < 0) {
                cut = -1 - cut;
            }
            if (cut < end) {
                end = cut;
            }
        }
        return consume(end);
    }

    // ---------------------------------------------------------------- writing

    // CPython 3.11: textio.c _io_TextIOWrapper_write_impl
    int write(String text) {
        int n = text.codePointCount(0, text.length());
        boolean haslf = text.indexOf('\n') >= 0;
        boolean needflush = lineBuffering && (haslf || text.indexOf('\r') >= 0);
        if (haslf && writenl != null) {
            text = text.replace("\n", writenl);
        }
        byte[] b = codec.encode(text);
        if (dpos < decoded.length() || decoded.length() > 0) {
            decoded.setLength(0);
            dpos = 0;
            codec.reset(false);
        }
        Buffered fb = fastBuffer();
        if (fb != null && fb.writable) {
            if (fb.rawClosed()) {
                throw Exc.valueError("write to closed file");
            }
            fb.write(b);
        } else {
            call(buffer, "write", new PyBytes(b));
        }
        if (needflush || writeThrough) {
            call(buffer, "flush");
        }
        return n;
    }

    long tell() {
        if (!seekable) {
            throw IoSupport.unsupported("underlying stream is not seekable");
        }
        call(buffer, "flush");
        long pos = Abstract.asIndex(call(buffer, "tell"), "tell");
        if (dpos >= decoded.length() && codec.pendingBytes() == 0) {
            return pos;
        }
        return pos - codec.pendingBytes() - codec.encodedLength(decoded.substring(dpos));
    }

    private void clearDecoded() {
        decoded.setLength(0);
        dpos = 0;
        eof = false;
    }

    // ---------------------------------------------------------------- the Python methods

    private static void setup() {
        PyType t = TYPE;
        def(t, "__init__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("TextIOWrapper", a, kw, 1, new String[] {"buffer", "encoding", "errors",
                    "newline", "line_buffering", "write_through"}, 1, 6);
                ((TextIOWrapper) a[0]).init(p[0], p[1], p[2], p[3], p[4] != null && Abstract.isTrue(p[4]),
                        p[5] != null && Abstract.isTrue(p[5]));
                return NONE;
            }
        });
        def(t, "read", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("read", a, kw, 1, new String[] {"size"}, 0, 1);
                TextIOWrapper w = open(a[0]);
                long n = IoSupport.sizeArg(p[0]);
                if (!w.readable) {
                    throw IoSupport.unsupported("not readable");
                }
                return new PyStr(w.read(n));
            }
        });
        def(t, "readline", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("readline", a, kw, 1, new String[] {"size"}, 0, 1);
                TextIOWrapper w = open(a[0]);
                long n = IoSupport.sizeArg(p[0]);
                if (!w.readable) {
                    throw IoSupport.unsupported("not readable");
                }
                return new PyStr(w.readline(n));
            }
        });
        def(t, "__next__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                TextIOWrapper w = open(a[0]);
                if (!w.readable) {
                    throw IoSupport.unsupported("not readable");
                }
                String line = w.readline(-1);
                if (line.isEmpty()) {
                    throw Exc.stopIteration();
                }
                return new PyStr(line);
            }
        });
        def(t, "write", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("write", a, kw, 1, 1, 1);
                TextIOWrapper w = open(a[0]);
                if (!(a[1] instanceof PyStr)) {
                    throw Exc.typeError("write() argument must be str, not " + Abstract.typeName(a[1]));
                }
                if (!w.writable) {
                    throw IoSupport.unsupported("not writable");
                }
                return PyInt.of(w.write(((PyStr) a[1]).value));
            }
        });
        def(t, "flush", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                TextIOWrapper w = open(a[0]);
                return IoSupport.call(w.buffer, "flush");
            }
        });
        def(t, "close", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                TextIOWrapper w = attached(a[0]);
                if (w.bufferClosed()) {
                    return NONE;
                }
                try {
                    IoSupport.call(w, "flush");
                } finally {
                    IoSupport.call(w.buffer, "close");
                }
                return NONE;
            }
        });
        def(t, "detach", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                TextIOWrapper w = attached(a[0]);
                IoSupport.call(w, "flush");
                PyObject b = w.buffer;
                w.buffer = null;
                w.detached = true;
                return b;
            }
        });
        def(t, "tell", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                TextIOWrapper w = open(a[0]);
                return PyInt.of(w.tell());
            }
        });
        // CPython 3.11: textio.c _io_TextIOWrapper_seek_impl
        def(t, "seek", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("seek", a, kw, 1, 1, 2);
                TextIOWrapper w = open(a[0]);
                PyObject cookieObj = a[1];
                long whence = a.length > 2 ? Args.integer(a[2]) : 0;
                if (!w.seekable) {
                    throw IoSupport.unsupported("underlying stream is not seekable");
                }
                boolean zero = Abstract.eq(cookieObj, PyInt.of(0));
                if (whence == 1) {
                    if (!zero) {
                        throw IoSupport.unsupported("can't do nonzero cur-relative seeks");
                    }
                    cookieObj = PyInt.of(w.tell());
                } else if (whence == 2) {
                    if (!zero) {
                        throw IoSupport.unsupported("can't do nonzero end-relative seeks");
                    }
                    IoSupport.call(w, "flush");
                    w.clearDecoded();
                    w.codec.reset(false);
                    return IoSupport.call(w.buffer, "seek", PyInt.of(0), PyInt.of(2));
                } else if (whence != 0) {
                    throw Exc.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
                }
                long cookie = Abstract.asIndex(cookieObj, "seek");
                if (cookie < 0) {
                    throw Exc.valueError("negative seek position " + Abstract.repr(cookieObj));
                }
                IoSupport.call(w, "flush");
                IoSupport.call(w.buffer, "seek", PyInt.of(cookie));
                w.clearDecoded();
                w.codec.reset(cookie == 0);
                return cookieObj;
            }
        });
        def(t, "truncate", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("truncate", a, kw, 1, 0, 1);
                TextIOWrapper w = attached(a[0]);
                IoSupport.call(w, "flush");
                return IoSupport.call(w.buffer, "truncate", a.length > 1 ? a[1] : NONE);
            }
        });
        for (String n : new String[] {"fileno", "isatty"}) {
            def(t, n, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    return IoSupport.call(attached(a[0]).buffer, n);
                }
            });
        }
        def(t, "seekable", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                TextIOWrapper w = open(a[0]);
                return PyBool.of(w.seekable);
            }
        });
        def(t, "readable", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return IoSupport.call(open(a[0]).buffer, "readable");
            }
        });
        def(t, "writable", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return IoSupport.call(open(a[0]).buffer, "writable");
            }
        });
        def(t, "reconfigure", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("reconfigure", a, kw, 1, new String[] {"encoding", "errors", "newline",
                    "line_buffering", "write_through"}, 0, 0);
                TextIOWrapper w = attached(a[0]);
                if (p[0] != null && p[0] != NONE || p[1] != null && p[1] != NONE) {
                    String enc = p[0] == null || p[0] == NONE ? ((PyStr) w.encodingObj).value
                            : Args.str("reconfigure", p[0], 1);
                    if (enc.equals("locale")) {
                        enc = "UTF-8";
                    }
                    String err = p[1] == null || p[1] == NONE ? (p[0] == null || p[0] == NONE ? w.errors : "strict")
                            : Args.str("reconfigure", p[1], 2);
                    IoSupport.call(w, "flush");
                    w.codec = new TextCodec(enc, err);
                    w.encodingObj = new PyStr(enc);
                    w.errors = err;
                }
                if (p[2] != null && p[2] != PyEllipsis.ELLIPSIS) {
                    String nl = p[2] == NONE ? null : Args.str("reconfigure", p[2], 3);
                    if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                        throw Exc.valueError("illegal newline value: " + nl);
                    }
                    IoSupport.call(w, "flush");
                    w.readnl = nl;
                    w.readUniversal = nl == null || nl.isEmpty();
                    w.readTranslate = nl == null;
                    w.writenl = nl != null && !nl.isEmpty() && !nl.equals("\n") ? nl : null;
                }
                if (p[3] != null && p[3] != NONE) {
                    w.lineBuffering = Abstract.isTrue(p[3]);
                }
                if (p[4] != null && p[4] != NONE) {
                    w.writeThrough = Abstract.isTrue(p[4]);
                }
                return NONE;
            }
        });
        TypeSetup.getset(t, "encoding", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return attached(s).encodingObj;
            }
        }, null);
        TypeSetup.getset(t, "errors", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return new PyStr(attached(s).errors);
            }
        }, null);
        TypeSetup.getset(t, "buffer", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return attached(s).buffer;
            }
        }, null);
        TypeSetup.getset(t, "line_buffering", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return PyBool.of(attached(s).lineBuffering);
            }
        }, null);
        TypeSetup.getset(t, "write_through", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return PyBool.of(attached(s).writeThrough);
            }
        }, null);
        TypeSetup.getset(t, "newlines", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                TextIOWrapper w = attached(s);
                return w.readUniversal && w.readable ? NewlineDecoder.newlinesOf(w.seennl) : NONE;
            }
        }, null);
        TypeSetup.getset(t, "name", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return Abstract.getAttr(attached(s).buffer, "name");
            }
        }, null);
        TypeSetup.getset(t, "closed", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return PyBool.of(attached(s).bufferClosed());
            }
        }, null);
        TypeSetup.getset(t, "_CHUNK_SIZE", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return PyInt.of(attached(s).chunkSize);
            }
        }, new java.util.function.BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject s, PyObject v) {
                long n = Args.integer(v);
                if (n <= 0) {
                    throw Exc.valueError("a strictly positive integer is required");
                }
                attached(s).chunkSize = (int) n;
            }
        });
        def(t, "__repr__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                TextIOWrapper w = (TextIOWrapper) a[0];
                String cls = a[0].type().isHeapType() ? a[0].type().qualname() : "_io.TextIOWrapper";
                if (!w.ok) {
                    return new PyStr("<" + cls + ">");
                }
                StringBuilder sb = new StringBuilder("<" + cls);
                for (String attr : new String[] {"name", "mode"}) {
                    try {
                        PyObject v = Abstract.lookupAttr(a[0], attr);
                        if (v != null) {
                            sb.append(' ').append(attr).append('=').append(Abstract.repr(v));
                        }
                    } catch (PyException e) {
                        if (!e.matches(Exc.Exception) || e.matches(Exc.ValueError)) {
                            throw e;
                        }
                    }
                }
                sb.append(" encoding=").append(Abstract.repr(w.encodingObj)).append('>');
                return new PyStr(sb.toString());
            }
        });
        def(t, "__getstate__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                throw Exc.typeError("cannot pickle '" + Abstract.typeName(a[0]) + "' object");
            }
        });
        t.recomputeFlags();
    }
}
