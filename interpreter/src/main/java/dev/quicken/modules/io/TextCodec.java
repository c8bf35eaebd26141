package dev.quicken.modules.io;

import dev.quicken.eval.Interpreter;
import dev.quicken.modules.ImportSystem;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Codecs;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Locale;

/**
 * The encoder and incremental decoder of a {@code TextIOWrapper}: quicken's own codecs (utf-8, ascii, latin-1,
 * utf-16, utf-32, with every error handler) and, for other encodings, {@code java.nio.charset}.
 */
final class TextCodec {

    final String encoding;
    final String errors;
    /** A java.nio charset for encodings the runtime's codecs lack, else null. */
    private final Charset charset;
    /** Unit size of the runtime codec (1 for utf-8 style, 2 or 4 for utf-16/32). */
    private final int unit;
    private final boolean utf8;
    private final boolean bomCodec;
    private boolean bomSeen;
    /** A BOM-writing codec has written its BOM (the next writes have none). */
    boolean encodedOnce;
    private byte[] pending = new byte[0];
    private CharsetDecoder nioDecoder;
    /** For encodings of the Python {@code encodings} package: its incremental encoder and decoder. */
    private PyObject pyEncoder;
    private PyObject pyDecoder;
    private PyObject pyInfo;

    TextCodec(String encoding, String errors) {
        this.encoding = encoding;
        this.errors = errors;
        String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        Charset cs = null;
        boolean own = true;
        try {
            Codecs.decode(new byte[0], encoding, errors);
        } catch (PyException e) {
            own = false;
        }
        if (!own) {
            pyInfo = pythonCodec(encoding);
            if (pyInfo == null) {
                cs = lookupCharset(encoding);
                if (cs == null) {
                    throw Exc.raise(Exc.LookupError, "unknown encoding: " + encoding);
                }
            }
        }
        this.charset = cs;
        this.utf8 = own && (n.equals("utf-8") || n.equals("utf8") || n.equals("u8") || n.equals("utf")
                || n.equals("cp65001"));
        this.unit = own && n.contains("32") ? 4 : own && n.contains("16") ? 2 : 1;
        this.bomCodec = own && (n.equals("utf-16") || n.equals("utf16") || n.equals("utf-32") || n.equals("utf32")
                || n.equals("u16") || n.equals("u32"));
    }

    /**
     * The {@code CodecInfo} of {@code encoding} from the codec registry ({@code codecs.lookup}), or null when
     * there is no registry (no Lib); LookupError when the registry does not know it.
     * CPython 3.11: Python/codecs.c _PyCodec_LookupTextEncoding.
     */
    private static PyObject pythonCodec(String encoding) {
        Interpreter in = Interpreter.current();
        if (in == null) {
            return null;
        }
        PyObject codecs;
        try {
            codecs = ImportSystem.importModuleLevel(in, "codecs", PyNone.NONE, PyNone.NONE, 0);
        } catch (PyException e) {
            return null;
        }
        PyObject info = Abstract.call(Abstract.getAttr(codecs, "lookup"), new PyStr(encoding));
        PyObject textEncoding = Abstract.lookupAttr(info, "_is_text_encoding");
        if (textEncoding != null && !Abstract.isTrue(textEncoding)) {
            throw Exc.raise(Exc.LookupError, "'" + encoding + "' is not a text encoding; use codecs.open() to "
                    + "handle arbitrary codecs");
        }
        return info;
    }

    private PyObject pyEncoder() {
        if (pyEncoder == null) {
            pyEncoder = Abstract.call(Abstract.getAttr(pyInfo, "incrementalencoder"), new PyStr(errors));
        }
        return pyEncoder;
    }

    private PyObject pyDecoder() {
        if (pyDecoder == null) {
            pyDecoder = Abstract.call(Abstract.getAttr(pyInfo, "incrementaldecoder"), new PyStr(errors));
        }
        return pyDecoder;
    }

    /** A java.nio charset for a Python encoding name, or null. */
    static Charset lookupCharset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] tries = {n, n.replace('_', '-'), n.replace("-", "").replace("_", ""), aliasOf(n)};
        for (String t : tries) {
            if (t == null) {
                continue;
            }
            try {
                return Charset.forName(t);
            } catch (RuntimeException e) {
                // try the next spelling
            }
        }
        return null;
    }

    private static String aliasOf(String n) {
        String k = n.replace('-', '_');
        if (k.startsWith("cp") && k.substring(2).chars().allMatch(Character::isDigit)) {
            int num = Integer.parseInt(k.substring(2));
            return num >= 1250 && num <= 1258 ? "windows-" + num : "IBM" + num;
        }
        if (k.startsWith("iso8859_")) {
            return "ISO-8859-" + k.substring(8);
        }
        if (k.startsWith("latin_")) {
            return null;
        }
        switch (k) {
            case "mac_roman":
                return "x-MacRoman";
            case "euc_jp":
                return "EUC-JP";
            case "shift_jis":
            case "sjis":
                return "Shift_JIS";
            case "koi8_r":
                return "KOI8-R";
            default:
                return null;
        }
    }

    byte[] encode(String s) {
        if (pyInfo != null) {
            PyObject b = Abstract.callMethod(pyEncoder(), "encode", new PyStr(s));
            if (!(b instanceof PyBytes)) {
                throw Exc.typeError("encoder should return a bytes object, not '" + Abstract.typeName(b) + "'");
            }
            return ((PyBytes) b).value;
        }
        if (charset == null) {
            if (bomCodec && encodedOnce) {
                return Codecs.encode(s, encoding + "-le", errors);
            }
            encodedOnce = !s.isEmpty();
            return Codecs.encode(s, encoding, errors);
        }
        CharsetEncoder enc = charset.newEncoder();
        CodingErrorAction act = action();
        enc.onMalformedInput(act).onUnmappableCharacter(act);
        try {
            ByteBuffer b = enc.encode(CharBuffer.wrap(s));
            return Arrays.copyOfRange(b.array(), b.position(), b.limit());
        } catch (CharacterCodingException e) {
            throw Exc.raise(Exc.UnicodeEncodeError, "'" + encoding + "' codec can't encode characters: "
                    + e.getMessage());
        }
    }

    private CodingErrorAction action() {
        switch (errors) {
            case "ignore":
                return CodingErrorAction.IGNORE;
            case "replace":
                return CodingErrorAction.REPLACE;
            default:
                return CodingErrorAction.REPORT;
        }
    }

    /** Decodes the next chunk; the trailing bytes of an incomplete character wait for the next call. */
    String decode(byte[] chunk, boolean fin) {
        if (pyInfo != null) {
            PyObject r = Abstract.call(Abstract.getAttr(pyDecoder(), "decode"), new PyObject[] {new PyBytes(chunk),
                PyBool.of(fin)}, null);
            if (!(r instanceof PyStr)) {
                throw Exc.typeError("decoder should return a string result, not '" + Abstract.typeName(r) + "'");
            }
            return ((PyStr) r).value;
        }
        byte[] b = pending.length == 0 ? chunk : concat(pending, chunk);
        pending = new byte[0];
        if (charset != null) {
            return decodeNio(b, fin);
        }
        int keep = fin ? 0 : incompleteTail(b);
        if (keep > 0) {
            pending = Arrays.copyOfRange(b, b.length - keep, b.length);
            b = Arrays.copyOf(b, b.length - keep);
        }
        if (b.length == 0) {
            return "";
        }
        if (bomCodec && bomSeen) {
            return Codecs.decode(b, encoding + "-le", errors);
        }
        bomSeen = true;
        return Codecs.decode(b, encoding, errors);
    }

    private String decodeNio(byte[] b, boolean fin) {
        if (nioDecoder == null) {
            nioDecoder = charset.newDecoder();
            CodingErrorAction act = action();
            nioDecoder.onMalformedInput(act).onUnmappableCharacter(act);
        }
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length * 2 + 16);
        CoderResult r = nioDecoder.decode(in, out, fin);
        if (r.isError()) {
            int pos = in.position();
            throw Exc.raise(Exc.UnicodeDecodeError, "'" + encoding + "' codec can't decode byte 0x"
                    + String.format("%02x", b[pos] & 0xff) + " in position " + pos + ": illegal multibyte sequence");
        }
        if (fin) {
            nioDecoder.flush(out);
            nioDecoder.reset();
        }
        if (in.hasRemaining()) {
            pending = Arrays.copyOfRange(b, in.position(), b.length);
        }
        out.flip();
        return out.toString();
    }

    /** How many bytes at the end of {@code b} start a character that continues in the next chunk. */
    private int incompleteTail(byte[] b) {
        if (unit > 1) {
            int k = b.length % unit;
            if (unit == 2 && k == 0 && b.length >= 2) {
                int hi = (b[b.length - 1] & 0xff);
                boolean be = encoding.toLowerCase(Locale.ROOT).endsWith("be");
                int lead = be ? (b[b.length - 2] & 0xff) : hi;
                if (lead >= 0xd8 && lead <= 0xdb) {
                    return 2;
                }
            }
            return k;
        }
        if (!utf8) {
            return 0;
        }
        // CPython 3.11: utf-8 decoding keeps an incomplete sequence for the next chunk
        for (int back = 1; back <= 3 && back <= b.length; back++) {
            int c = b[b.length - back] & 0xff;
            if ((c & 0xc0) == 0x80) {
                continue;
            }
            int need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 1;
            return need > back ? back : 0;
        }
        return 0;
    }

    /** The number of bytes {@code s} encodes to (without a BOM). */
    int encodedLength(String s) {
        if (pyInfo != null) {
            PyObject enc = Abstract.call(Abstract.getAttr(pyInfo, "encode"), new PyStr(s), new PyStr(errors));
            return ((PyBytes) Abstract.toArray(enc)[0]).value.length;
        }
        if (charset == null) {
            if (utf8) {
                return Codecs.encode(s, encoding, errors).length;
            }
            return Codecs.encode(s, bomCodec ? encoding + "-le" : encoding, errors).length;
        }
        CharsetEncoder enc = charset.newEncoder();
        enc.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return enc.encode(CharBuffer.wrap(s)).remaining();
        } catch (CharacterCodingException e) {
            return s.length();
        }
    }

    /** Bytes decoded but not yet returned (an incomplete character). */
    int pendingBytes() {
        if (pyInfo != null && pyDecoder != null) {
            PyObject st = Abstract.callMethod(pyDecoder, "getstate");
            return ((PyBytes) Abstract.toArray(st)[0]).value.length;
        }
        return pending.length;
    }

    void reset(boolean atStart) {
        pending = new byte[0];
        if (pyDecoder != null) {
            Abstract.callMethod(pyDecoder, "reset");
        }
        if (pyEncoder != null) {
            if (atStart) {
                Abstract.callMethod(pyEncoder, "reset");
            } else {
                Abstract.callMethod(pyEncoder, "setstate", dev.quicken.runtime.PyInt.of(0));
            }
        }
        if (atStart) {
            bomSeen = false;
            encodedOnce = false;
        } else {
            bomSeen = true;
            encodedOnce = true;
        }
        if (nioDecoder != null) {
            nioDecoder.reset();
        }
    }

    /** Whether encoding a string gives as many bytes as the decoder consumed for it (no state between chunks). */
    boolean statelessBom() {
        return !bomCodec;
    }

    void markBomSeen() {
        bomSeen = true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(a.length + b.length);
        o.write(a, 0, a.length);
        o.write(b, 0, b.length);
        return o.toByteArray();
    }
}
