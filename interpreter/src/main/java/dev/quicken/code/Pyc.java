package dev.quicken.code;

import dev.quicken.runtime.PyObject;
import java.io.ByteArrayOutputStream;

/**
 * A CPython 3.11 {@code .pyc} file: a 16-byte header (magic 3495, flags, then mtime and source
 * size, or a source hash) followed by the marshalled module code object.
 */
public final class Pyc {

    /** CPython 3.11's magic number ({@code importlib.util.MAGIC_NUMBER} as a little-endian short). */
    public static final int MAGIC = 3495;
    /** Header length in bytes. */
    public static final int HEADER_SIZE = 16;
    /** Flags bit 0: the pyc is hash-based. */
    public static final int FLAG_HASH_BASED = 1;
    /** Flags bit 1: check the source hash (only with {@link #FLAG_HASH_BASED}). */
    public static final int FLAG_CHECK_SOURCE = 2;

    /** The header fields and the code object. For hash-based pycs {@code hash} is set, else mtime/size. */
    public record PycFile(int flags, long mtime, long sourceSize, byte[] sourceHash, CodeObject code) {
    }

    private Pyc() {
    }

    /** Reads a whole {@code .pyc}. */
    // CPython 3.11: Lib/importlib/_bootstrap_external.py _classify_pyc / _compile_bytecode
    public static PycFile read(byte[] data) throws MarshalException {
        if (data.length < HEADER_SIZE) {
            throw new MarshalException(data.length, "file too short for a .pyc header (" + data.length
                    + " bytes, the header has " + HEADER_SIZE + ")");
        }
        int magic = (data[0] & 0xFF) | (data[1] & 0xFF) << 8;
        if (magic != MAGIC || data[2] != '\r' || data[3] != '\n') {
            throw new MarshalException(0, String.format(
                    "bad magic number %02x %02x %02x %02x (%d): not a CPython 3.11 .pyc (expected a7 0d 0d 0a, %d)",
                    data[0] & 0xFF, data[1] & 0xFF, data[2] & 0xFF, data[3] & 0xFF, magic, MAGIC));
        }
        int flags = le32(data, 4);
        if ((flags & ~(FLAG_HASH_BASED | FLAG_CHECK_SOURCE)) != 0) {
            throw new MarshalException(4, String.format("invalid flags 0x%x in the .pyc header", flags));
        }
        long mtime = 0;
        long size = 0;
        byte[] hash = null;
        if ((flags & FLAG_HASH_BASED) != 0) {
            hash = java.util.Arrays.copyOfRange(data, 8, 16);
        } else {
            mtime = le32(data, 8) & 0xFFFFFFFFL;
            size = le32(data, 12) & 0xFFFFFFFFL;
        }
        PyObject o = Marshal.loads(data, HEADER_SIZE, 0);
        if (!(o instanceof CodeObject)) {
            throw new MarshalException(HEADER_SIZE, "the .pyc holds a " + o.type().name() + ", not a code object");
        }
        return new PycFile(flags, mtime, size, hash, (CodeObject) o);
    }

    /** Reads a {@code .pyc} and returns its code object. */
    public static CodeObject load(byte[] data) throws MarshalException {
        return read(data).code();
    }

    /** A timestamp-based {@code .pyc} ({@code importlib._bootstrap_external._code_to_timestamp_pyc}). */
    public static byte[] write(CodeObject code, long mtime, long sourceSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeHeader(out, 0);
        writeLe32(out, (int) mtime);
        writeLe32(out, (int) sourceSize);
        out.writeBytes(Marshal.dumps(code));
        return out.toByteArray();
    }

    /** A hash-based {@code .pyc} with the given 8-byte source hash. */
    public static byte[] writeHashBased(CodeObject code, byte[] sourceHash, boolean checkSource) {
        if (sourceHash.length != 8) {
            throw new IllegalArgumentException("source hash must be 8 bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeHeader(out, FLAG_HASH_BASED | (checkSource ? FLAG_CHECK_SOURCE : 0));
        out.writeBytes(sourceHash);
        out.writeBytes(Marshal.dumps(code));
        return out.toByteArray();
    }

    /**
     * {@code importlib.util.source_hash(source)}: SipHash-1-3 keyed with the magic bytes read as a
     * little-endian int, as 8 little-endian bytes (the hash of a hash-based .pyc).
     */
    // CPython 3.11: Python/import.c _imp_source_hash_impl
    public static byte[] sourceHash(byte[] source) {
        long key = (MAGIC & 0xFFFF) | ('\r' << 16) | ((long) '\n' << 24);
        long h = dev.quicken.runtime.Hashing.keyedHash(key, source);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h >>> (8 * i));
        }
        return out;
    }

    private static void writeHeader(ByteArrayOutputStream out, int flags) {
        out.write(MAGIC & 0xFF);
        out.write(MAGIC >> 8);
        out.write('\r');
        out.write('\n');
        writeLe32(out, flags);
    }

    private static int le32(byte[] d, int i) {
        return (d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8 | (d[i + 2] & 0xFF) << 16 | (d[i + 3] & 0xFF) << 24;
    }

    private static void writeLe32(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >> 8);
        out.write(v >> 16);
        out.write(v >> 24);
    }
}
