package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Buffers;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * {@code _quicken_zlib}: deflate streams over {@code java.util.zip} (the JDK's zlib) under quicken's
 * {@code zlib} module ({@code lib/zlib.py} adds the gzip framing, the stream objects and {@code zlib.error}).
 * Streams here are raw deflate ({@code nowrap}) or zlib-wrapped; failures come back as
 * {@code (code, message)} tuples.
 */
public final class ZlibModule {

    private ZlibModule() {
    }

    static final PyType STREAM = new PyType("_quicken_zlib_stream");

    static {
        TypeSetup.registerExtra(STREAM);
    }

    static final class Stream extends PyObject {
        final Deflater def;
        final Inflater inf;
        final byte[] zdict;

        Stream(Deflater def, Inflater inf, byte[] zdict) {
            this.def = def;
            this.inf = inf;
            this.zdict = zdict;
        }

        @Override
        public PyType type() {
            return STREAM;
        }
    }

    interface F {
        PyObject apply(PyObject[] a);
    }

    private static void fn(PyModule m, String name, F f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.noKw(name, kw);
                return f.apply(a);
            }
        }, null, "_quicken_zlib"));
    }

    static byte[] bytes(PyObject o) {
        return o == PyNone.NONE ? null : Buffers.require(o);
    }

    /** Feeds {@code data} to a deflater and returns what it produced under {@code flush} (Deflater's mode). */
    static byte[] deflate(Deflater d, byte[] data, int flush, boolean finish) {
        if (data != null && data.length > 0) {
            d.setInput(data);
        }
        if (finish) {
            d.finish();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        while (true) {
            int n = finish ? d.deflate(buf) : d.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
            if (finish ? d.finished() : (n < buf.length && d.needsInput())) {
                break;
            }
        }
        return out.toByteArray();
    }

    /**
     * Inflates {@code data} (at most {@code maxLength} output bytes when positive): (output, bytes of input
     * left unread, eof) or (error code, message).
     */
    static PyTuple inflate(Stream s, byte[] data, long maxLength) {
        Inflater inf = s.inf;
        inf.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        try {
            while (!inf.finished()) {
                int room = maxLength > 0 ? (int) Math.min(buf.length, maxLength - out.size()) : buf.length;
                if (room <= 0) {
                    break;
                }
                int n = inf.inflate(buf, 0, room);
                out.write(buf, 0, n);
                if (n == 0) {
                    if (inf.needsDictionary()) {
                        if (s.zdict == null) {
                            return new PyTuple(new PyObject[] {PyInt.of(2), new PyStr("Error 2 while decompressing "
                                    + "data")});
                        }
                        inf.setDictionary(s.zdict);
                        continue;
                    }
                    if (inf.needsInput()) {
                        break;
                    }
                }
            }
        } catch (DataFormatException e) {
            String msg = e.getMessage() == null ? "invalid stream" : e.getMessage();
            return new PyTuple(new PyObject[] {PyInt.of(-3), new PyStr(msg)});
        }
        return new PyTuple(new PyObject[] {new PyBytes(out.toByteArray()), PyInt.of(inf.getRemaining()),
            PyBool.of(inf.finished())});
    }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_quicken_zlib");
        // deflater(level, raw, strategy, zdict)
        fn(m, "deflater", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Deflater d = new Deflater((int) Args.integer(a[0]), a[1] == PyBool.TRUE);
                int strategy = (int) Args.integer(a[2]);
                d.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY
                        : Deflater.DEFAULT_STRATEGY);
                byte[] zdict = bytes(a[3]);
                if (zdict != null) {
                    d.setDictionary(zdict);
                }
                return new Stream(d, null, zdict);
            }
        });
        // compress(stream, data) and flush(stream, mode): mode 4 = Z_FINISH
        fn(m, "compress", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyBytes(deflate(((Stream) a[0]).def, Buffers.require(a[1]), Deflater.NO_FLUSH,
                false));
            }
        });
        fn(m, "flush", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                int mode = (int) Args.integer(a[1]);
                Deflater d = ((Stream) a[0]).def;
                if (mode == 0) {
                    return new PyBytes(new byte[0]);
                }
                if (mode == 4) {
                    byte[] r = deflate(d, null, 0, true);
                    d.end();
                    return new PyBytes(r);
                }
                return new PyBytes(deflate(d, null, mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH, false));
            }
        });
        fn(m, "inflater", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new Stream(null, new Inflater(a[0] == PyBool.TRUE), bytes(a[1]));
            }
        });
        fn(m, "decompress", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return inflate((Stream) a[0], Buffers.require(a[1]), Args.integer(a[2]));
            }
        });
        fn(m, "adler32", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                long start = Args.integer(a[1]) & 0xffffffffL;
                byte[] b = Buffers.require(a[0]);
                if (start == 1) {
                    Adler32 ad = new Adler32();
                    ad.update(b);
                    return PyInt.of(ad.getValue());
                }
                long s1 = start & 0xffff;
                long s2 = start >>> 16;
                for (byte x : b) {
                    s1 = (s1 + (x & 0xff)) % 65521;
                    s2 = (s2 + s1) % 65521;
                }
                return PyInt.of((s2 << 16) | s1);
            }
        });
        fn(m, "crc32", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(BinasciiModule.crc32(Buffers.require(a[0]), Args.integer(a[1]) & 0xffffffffL));
            }
        });
        return m;
    }
}
