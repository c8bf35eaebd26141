package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Buffers;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;

/**
 * {@code _quicken_binascii}: the byte loops of {@code binascii} ({@code lib/binascii.py} adds argument
 * coercion and the {@code Error}/{@code Incomplete} exceptions). A failing conversion returns its error
 * message as a str, which the Python layer raises as {@code binascii.Error}.
 */
public final class BinasciiModule {

    private BinasciiModule() {
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] B64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII);
    private static final int[] A2B = new int[256];
    private static final int[] CRC_HQX = new int[256];

    static {
        java.util.Arrays.fill(A2B, 64);
        for (int i = 0; i < 64; i++) {
            A2B[B64[i]] = i;
        }
        // CRC-CCITT (x^16 + x^12 + x^5 + 1), most significant bit first
        for (int i = 0; i < 256; i++) {
            int c = i << 8;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
            }
            CRC_HQX[i] = c & 0xffff;
        }
    }

    /** {@code hexlify} with an optional separator every {@code perSep} bytes (counted from the right if positive). */
    // CPython 3.11: Python/pystrhex.c _Py_strhex_impl
    static byte[] hexlify(byte[] b, int sep, long perSep) {
        if (sep < 0 || b.length == 0 || perSep == 0) {
            byte[] out = new byte[b.length * 2];
            for (int i = 0; i < b.length; i++) {
                out[2 * i] = HEX[(b[i] >> 4) & 15];
                out[2 * i + 1] = HEX[b[i] & 15];
            }
            return out;
        }
        int group = (int) Math.min(Math.abs(perSep), b.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int first = perSep > 0 ? b.length % group : 0;
        for (int i = 0; i < b.length; i++) {
            boolean boundary = perSep > 0 ? i != 0 && (i - first) % group == 0 : i != 0 && i % group == 0;
            if (boundary) {
                out.write(sep);
            }
            out.write(HEX[(b[i] >> 4) & 15]);
            out.write(HEX[b[i] & 15]);
        }
        return out.toByteArray();
    }

    static int hexVal(byte c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : -1;
    }

    // CPython 3.11: Modules/binascii.c binascii_a2b_hex_impl
    static Object unhexlify(byte[] b) {
        if (b.length % 2 != 0) {
            return "Odd-length string";
        }
        byte[] out = new byte[b.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = hexVal(b[2 * i]);
            int lo = hexVal(b[2 * i + 1]);
            if (hi < 0 || lo < 0) {
                return "Non-hexadecimal digit found";
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    // CPython 3.11: Modules/binascii.c binascii_a2b_base64_impl
    static Object a2bBase64(byte[] data, boolean strict) {
        if (strict && data.length > 0 && data[0] == '=') {
            return "Leading padding not allowed";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 * 3 + 3);
        boolean paddingStarted = false;
        int quadPos = 0;
        int left = 0;
        int pads = 0;
        for (int i = 0; i < data.length; i++) {
            int c = data[i] & 0xff;
            if (c == '=') {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < data.length) {
                        return "Excess data after padding";
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = A2B[c];
            if (v >= 64) {
                if (strict) {
                    return "Only base64 data is allowed";
                }
                continue;
            }
            if (strict && paddingStarted) {
                return "Discontinuous padding not allowed";
            }
            pads = 0;
            switch (quadPos) {
                case 0:
                    quadPos = 1;
                    left = v;
                    break;
                case 1:
                    quadPos = 2;
                    out.write((left << 2) | (v >> 4));
                    left = v & 0x0f;
                    break;
                case 2:
                    quadPos = 3;
                    out.write((left << 4) | (v >> 2));
                    left = v & 0x03;
                    break;
                default:
                    quadPos = 0;
                    out.write((left << 6) | v);
                    left = 0;
            }
        }
        if (quadPos == 1) {
            return "Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1)
                    + ") cannot be 1 more than a multiple of 4";
        }
        if (quadPos != 0) {
            return "Incorrect padding";
        }
        return out.toByteArray();
    }

    static byte[] b2aBase64(byte[] b, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((b.length + 2) / 3 * 4 + 1);
        int i = 0;
        for (; i + 2 < b.length; i += 3) {
            int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff);
            out.write(B64[v >> 18]);
            out.write(B64[(v >> 12) & 63]);
            out.write(B64[(v >> 6) & 63]);
            out.write(B64[v & 63]);
        }
        if (b.length - i == 1) {
            int v = (b[i] & 0xff) << 16;
            out.write(B64[v >> 18]);
            out.write(B64[(v >> 12) & 63]);
            out.write('=');
            out.write('=');
        } else if (b.length - i == 2) {
            int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8;
            out.write(B64[v >> 18]);
            out.write(B64[(v >> 12) & 63]);
            out.write(B64[(v >> 6) & 63]);
            out.write('=');
        }
        if (newline) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** CRC-32 (zlib's) of {@code b} continuing from {@code crc}. */
    public static long crc32(byte[] b, long crc) {
        if (crc == 0) {
            CRC32 c = new CRC32();
            c.update(b);
            return c.getValue();
        }
        // continue a running CRC: undo the final xor, run the table loop, redo it
        long c = ~crc & 0xffffffffL;
        for (byte x : b) {
            c ^= x & 0xff;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xedb88320L : c >>> 1;
            }
        }
        return ~c & 0xffffffffL;
    }

    static long crcHqx(byte[] b, long crc) {
        int c = (int) (crc & 0xffff);
        for (byte x : b) {
            c = ((c << 8) & 0xff00) ^ CRC_HQX[((c >> 8) ^ (x & 0xff)) & 0xff];
        }
        return c;
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
        }, null, "_quicken_binascii"));
    }

    private static PyObject result(Object r) {
        return r instanceof String ? new PyStr((String) r) : new PyBytes((byte[]) r);
    }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_quicken_binascii");
        fn(m, "hexlify", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyBytes(hexlify(Buffers.require(a[0]), (int) Args.integer(a[1]), Args.integer(a[2])));
            }
        });
        fn(m, "unhexlify", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return result(unhexlify(Buffers.require(a[0])));
            }
        });
        fn(m, "a2b_base64", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return result(a2bBase64(Buffers.require(a[0]), Abstract.isTrue(a[1])));
            }
        });
        fn(m, "b2a_base64", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyBytes(b2aBase64(Buffers.require(a[0]), Abstract.isTrue(a[1])));
            }
        });
        fn(m, "crc32", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(crc32(Buffers.require(a[0]), Args.integer(a[1]) & 0xffffffffL));
            }
        });
        fn(m, "crc_hqx", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(crcHqx(Buffers.require(a[0]), Args.integer(a[1])));
            }
        });
        return m;
    }
}
