package dev.quicken.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The built-in text codecs behind {@code str.encode} and {@code bytes.decode}: utf-8, ascii,
 * latin-1, utf-16 and utf-32 (with and without byte order), with the error handlers
 * strict, ignore, replace, xmlcharrefreplace, backslashreplace and surrogateescape.
 */
public final class Codecs {

    private Codecs() {
    }

    /** CPython 3.11: Python/codecs.c normalizestring and Lib/encodings/aliases.py, reduced to what we implement. */
    static String normalize(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001":
                return "utf-8";
            case "ascii": case "us-ascii": case "646": case "us":
                return "ascii";
            case "latin-1": case "latin1": case "latin": case "l1": case "iso-8859-1": case "iso8859-1":
            case "8859": case "cp819": case "iso-ir-100":
                return "latin-1";
            case "utf-16": case "utf16": case "u16":
                return "utf-16";
            case "utf-16-le": case "utf-16le": case "utf16le":
                return "utf-16-le";
            case "utf-16-be": case "utf-16be": case "utf16be":
                return "utf-16-be";
            case "utf-32": case "utf32": case "u32":
                return "utf-32";
            case "utf-32-le": case "utf-32le":
                return "utf-32-le";
            case "utf-32-be": case "utf-32be":
                return "utf-32-be";
            default:
                throw Exc.raise(Exc.LookupError, "unknown encoding: " + encoding);
        }
    }

    /** The normalized name of an encoding these codecs implement, or null. */
    static String known(String encoding) {
        try {
            return normalize(encoding);
        } catch (PyException e) {
            return null;
        }
    }

    static String errorsName(PyObject errors) {
        return errors == null ? "strict" : Args.str("encode", errors, 2);
    }

    // ---------------------------------------------------------------- encode

    public static byte[] encode(String s, String encoding, String errors) {
        String enc = known(encoding);
        if (enc == null) {
            return RegistryCodecs.encode(s, encoding, errors);
        }
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (enc.equals("utf-16")) {
            out.write(0xff);
            out.write(0xfe);
            enc = "utf-16-le";
        } else if (enc.equals("utf-32")) {
            out.write(0xff);
            out.write(0xfe);
            out.write(0);
            out.write(0);
            enc = "utf-32-le";
        }
        int limit = enc.equals("ascii") ? 128 : enc.equals("latin-1") ? 256 : 0x110000;
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            boolean surrogate = c >= 0xd800 && c < 0xe000;
            if (c < limit && !surrogate) {
                writeUnit(out, enc, c);
                i++;
                continue;
            }
            // a run of unencodable characters, reported together (CPython's start..end)
            int j = i + 1;
            while (j < cps.length && (cps[j] >= limit || (limit == 0x110000 && cps[j] >= 0xd800 && cps[j] < 0xe000)
                    || (limit < 0x110000 && cps[j] >= 0xd800 && cps[j] < 0xe000))) {
                j++;
            }
            String reason = limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
            switch (errors) {
                case "strict":
                    throw encodeError(enc, cps, i, j, reason);
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < j; k++) {
                        writeUnit(out, enc, '?');
                    }
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < j; k++) {
                        writeAscii(out, enc, "&#" + cps[k] + ";");
                    }
                    break;
                case "backslashreplace":
                    for (int k = i; k < j; k++) {
                        writeAscii(out, enc, escape(cps[k]));
                    }
                    break;
                case "surrogateescape": {
                    for (int k = i; k < j; k++) {
                        if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                            throw encodeError(enc, cps, k, k + 1, reason);
                        }
                        out.write(cps[k] - 0xdc00);
                    }
                    break;
                }
                default:
                    j = encodeWithHandler(out, enc, errors, encodeError(enc, cps, i, j, reason), cps.length, limit);
            }
            i = j;
        }
        return out.toByteArray();
    }

    /**
     * Calls the registered handler {@code errors} for the unencodable run in {@code exc}, writes its
     * replacement and returns where to resume. A replacement str must be encodable as it is (ASCII for
     * the UTF codecs), else the original exception is raised.
     */
    // CPython 3.11: Objects/unicodeobject.c unicode_encode_call_errorhandler and its callers
    private static int encodeWithHandler(ByteArrayOutputStream out, String enc, String errors, PyException exc,
            int length, int limit) {
        PyObject[] r = callErrorHandler(errors, exc, length, true);
        if (r[0] instanceof PyBytes) {
            byte[] v = ((PyBytes) r[0]).value;
            out.write(v, 0, v.length);
        } else {
            for (int c : ((PyStr) r[0]).codePointArray()) {
                if (c >= (limit == 0x110000 ? 128 : limit)) {
                    throw exc;
                }
                writeUnit(out, enc, c);
            }
        }
        return (int) ((PyInt) r[1]).value;
    }

    /**
     * The registered error handler {@code errors} (the interpreter's {@code _codecs} registry) called with
     * {@code exc}: {replacement, position to resume at (negative counted from the end, checked)}.
     */
    // CPython 3.11: Python/codecs.c PyCodec_LookupError; Objects/unicodeobject.c unicode_*_call_errorhandler
    static PyObject[] callErrorHandler(String errors, PyException exc, int length, boolean encoding) {
        dev.quicken.eval.Interpreter in = dev.quicken.eval.Interpreter.current();
        if (in == null) {
            throw Exc.raise(Exc.LookupError, "unknown error handler name '" + errors + "'");
        }
        PyObject codecs = dev.quicken.modules.ImportSystem.importModuleLevel(in, "_codecs", PyNone.NONE, PyNone.NONE,
                0);
        PyObject h = Abstract.call(Abstract.getAttr(codecs, "lookup_error"), new PyStr(errors));
        PyObject r = Abstract.call(h, exc.value);
        if (!(r instanceof PyTuple) || ((PyTuple) r).size() != 2
                || !(((PyTuple) r).get(0) instanceof PyStr || encoding && ((PyTuple) r).get(0) instanceof PyBytes)
                || !(((PyTuple) r).get(1) instanceof PyInt)) {
            throw Exc.typeError(encoding ? "encoding error handler must return (str/bytes, int) tuple"
                    : "decoding error handler must return (str, int) tuple");
        }
        long pos = Args.integer(((PyTuple) r).get(1));
        if (pos < 0) {
            pos += length;
        }
        if (pos < 0 || pos > length) {
            throw Exc.indexError("position " + ((PyTuple) r).get(1) + " from error handler out of bounds");
        }
        return new PyObject[] {((PyTuple) r).get(0), PyInt.of(pos)};
    }

    private static String escape(int c) {
        if (c < 0x100) {
            return String.format("\\x%02x", c);
        } else if (c < 0x10000) {
            return String.format("\\u%04x", c);
        }
        return String.format("\\U%08x", c);
    }

    private static void writeAscii(ByteArrayOutputStream out, String enc, String text) {
        for (int k = 0; k < text.length(); k++) {
            writeUnit(out, enc, text.charAt(k));
        }
    }

    private static void writeUnit(ByteArrayOutputStream out, String enc, int c) {
        switch (enc) {
            case "utf-8":
                if (c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.write(0xc0 | (c >> 6));
                    out.write(0x80 | (c & 0x3f));
                } else if (c < 0x10000) {
                    out.write(0xe0 | (c >> 12));
                    out.write(0x80 | ((c >> 6) & 0x3f));
                    out.write(0x80 | (c & 0x3f));
                } else {
                    out.write(0xf0 | (c >> 18));
                    out.write(0x80 | ((c >> 12) & 0x3f));
                    out.write(0x80 | ((c >> 6) & 0x3f));
                    out.write(0x80 | (c & 0x3f));
                }
                break;
            case "utf-16-le":
            case "utf-16-be": {
                boolean le = enc.endsWith("le");
                if (c >= 0x10000) {
                    int v = c - 0x10000;
                    unit16(out, 0xd800 | (v >> 10), le);
                    unit16(out, 0xdc00 | (v & 0x3ff), le);
                } else {
                    unit16(out, c, le);
                }
                break;
            }
            case "utf-32-le":
            case "utf-32-be":
                if (enc.endsWith("le")) {
                    unit16(out, c & 0xffff, true);
                    unit16(out, c >>> 16, true);
                } else {
                    unit16(out, c >>> 16, false);
                    unit16(out, c & 0xffff, false);
                }
                break;
            default:
                out.write(c);
        }
    }

    private static void unit16(ByteArrayOutputStream out, int u, boolean le) {
        if (le) {
            out.write(u & 0xff);
            out.write(u >> 8);
        } else {
            out.write(u >> 8);
            out.write(u & 0xff);
        }
    }

    private static PyException encodeError(String enc, int[] cps, int start, int end, String reason) {
        return unicodeError(Exc.UnicodeEncodeError, enc, PyStr.ofCodePoints(cps, cps.length), start, end, reason);
    }

    /**
     * A UnicodeEncodeError or UnicodeDecodeError with CPython's arguments and attributes (encoding, object,
     * start, end, reason); its message is formatted from them.
     */
    // CPython 3.11: Objects/exceptions.c PyUnicodeEncodeError_Create / PyUnicodeDecodeError_Create
    static PyException unicodeError(PyType t, String enc, PyObject object, int start, int end, String reason) {
        PyBaseException e = Exc.make(t);
        PyObject[] args = {new PyStr(enc), object, PyInt.of(start), PyInt.of(end), new PyStr(reason)};
        e.args = new PyTuple(args);
        String[] names = {"encoding", "object", "start", "end", "reason"};
        for (int k = 0; k < names.length; k++) {
            e.setMember(names[k], args[k]);
        }
        return new PyException(e);
    }

    // ---------------------------------------------------------------- decode

    public static String decode(byte[] b, String encoding, String errors) {
        String enc = known(encoding);
        if (enc == null) {
            return RegistryCodecs.decode(b, encoding, errors);
        }
        StringBuilder sb = new StringBuilder();
        switch (enc) {
            case "latin-1":
                for (byte x : b) {
                    sb.append((char) (x & 0xff));
                }
                return sb.toString();
            case "ascii":
                for (int i = 0; i < b.length; i++) {
                    int x = b[i] & 0xff;
                    if (x < 128) {
                        sb.append((char) x);
                    } else {
                        i = decodeError(sb, enc, b, i, i + 1, "ordinal not in range(128)", errors) - 1;
                    }
                }
                return sb.toString();
            case "utf-8":
                decodeUtf8(sb, b, errors);
                return sb.toString();
            default:
                return decodeWide(sb, b, enc, errors);
        }
    }

    /** Handles the undecodable bytes {@code start..end}; returns where decoding resumes. */
    private static int decodeError(StringBuilder sb, String enc, byte[] b, int start, int end, String reason,
            String errors) {
        switch (errors) {
            case "strict":
                String what = end - start == 1
                        ? String.format("byte 0x%02x in position %d", b[start] & 0xff, start)
                        : "bytes in position " + start + "-" + (end - 1);
                throw unicodeError(Exc.UnicodeDecodeError, enc, new PyBytes(b), start, end, reason);
            case "ignore":
                return end;
            case "replace":
                sb.append('\ufffd');
                return end;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xff));
                }
                return end;
            case "surrogateescape":
                for (int k = start; k < end; k++) {
                    sb.append((char) (0xdc00 + (b[k] & 0xff)));
                }
                return end;
            default:
                PyObject[] r = callErrorHandler(errors,
                        unicodeError(Exc.UnicodeDecodeError, enc, new PyBytes(b), start, end, reason), b.length, false);
                sb.append(((PyStr) r[0]).value);
                return (int) ((PyInt) r[1]).value;
        }
    }

    /** CPython 3.11: Objects/stringlib/codecs.h utf8_decode and Objects/unicodeobject.c error reasons. */
    private static void decodeUtf8(StringBuilder sb, byte[] b, String errors) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed) {
                    hi = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                i = decodeError(sb, "utf-8", b, i, i + 1, "invalid start byte", errors);
                continue;
            }
            int cp = c & (0x3f >> need);
            int k = 1;
            boolean bad = false;
            while (k <= need) {
                if (i + k >= n) {
                    i = decodeError(sb, "utf-8", b, i, n, "unexpected end of data", errors);
                    bad = true;
                    break;
                }
                int x = b[i + k] & 0xff;
                int l = k == 1 ? lo : 0x80;
                int h = k == 1 ? hi : 0xbf;
                if (x < l || x > h) {
                    i = decodeError(sb, "utf-8", b, i, i + k, "invalid continuation byte", errors);
                    bad = true;
                    break;
                }
                cp = (cp << 6) | (x & 0x3f);
                k++;
            }
            if (!bad) {
                sb.appendCodePoint(cp);
                i += need + 1;
            }
        }
    }

    private static String decodeWide(StringBuilder sb, byte[] b, String enc, String errors) {
        boolean wide32 = enc.startsWith("utf-32");
        int unit = wide32 ? 4 : 2;
        boolean le = !enc.endsWith("be");
        int i = 0;
        if (enc.equals("utf-16") && b.length >= 2) {
            if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                i = 2;
            } else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                i = 2;
                le = false;
            }
        } else if (enc.equals("utf-32") && b.length >= 4) {
            if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
                i = 4;
            } else if (b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
                i = 4;
                le = false;
            }
        }
        while (i < b.length) {
            if (i + unit > b.length) {
                i = decodeError(sb, enc, b, i, b.length, "truncated data", errors);
                continue;
            }
            long v = 0;
            for (int k = 0; k < unit; k++) {
                int x = b[le ? i + unit - 1 - k : i + k] & 0xff;
                v = (v << 8) | x;
            }
            if (wide32) {
                if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) {
                    i = decodeError(sb, enc, b, i, i + 4, v > 0x10ffff ? "code point not in range(0x110000)"
                            : "code point in surrogate code point range(0xd800, 0xe000)", errors);
                    continue;
                } else {
                    sb.appendCodePoint((int) v);
                }
            } else if (v < 0xd800 || v >= 0xe000) {
                sb.append((char) v);
            } else {
                // CPython 3.11: Objects/stringlib/codecs.h utf16_decode (surrogate pairs and their errors)
                if (v >= 0xdc00) {
                    i = decodeError(sb, enc, b, i, i + 2, "illegal encoding", errors);
                    continue;
                }
                if (i + 4 > b.length) {
                    i = decodeError(sb, enc, b, i, b.length, "unexpected end of data", errors);
                    continue;
                }
                int v2 = le ? (b[i + 2] & 0xff) | (b[i + 3] & 0xff) << 8 : (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
                if (v2 < 0xdc00 || v2 >= 0xe000) {
                    i = decodeError(sb, enc, b, i, i + 2, "illegal UTF-16 surrogate", errors);
                    continue;
                }
                sb.append((char) v).append((char) v2);
                i += 2;
            }
            i += unit;
        }
        return sb.toString();
    }
}
