package dev.quicken.analysis.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the chunk headers of a JFR file (magic {@code FLR\0}, version, chunk size) without
 * parsing events, to find where a truncated or damaged recording stops being readable.
 */
public final class Chunks {

    /** Bytes of a chunk header this scanner reads: magic, major, minor, size, constant pool and metadata offsets. */
    static final int HEADER = 32;

    /** One complete chunk. */
    public record Chunk(long offset, long size) {
    }

    /**
     * The result of a scan.
     *
     * @param fileSize   bytes in the file
     * @param chunks     the complete chunks, in file order
     * @param goodBytes  bytes covered by complete chunks (a prefix of the file)
     * @param problem    what is wrong after {@code goodBytes}, or null when the whole file is chunks
     */
    public record Scan(long fileSize, List<Chunk> chunks, long goodBytes, String problem) {
        public boolean complete() {
            return problem == null;
        }
    }

    private Chunks() {
    }

    /** True when the file starts with gzip's magic (JMC reads {@code .jfr.gz}; so do we). */
    public static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** Scans {@code file}'s chunk headers. */
    public static Scan scan(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            List<Chunk> chunks = new ArrayList<>();
            long pos = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (pos < size) {
                header.clear();
                int n = 0;
                while (header.hasRemaining()) {
                    int r = ch.read(header, pos + n);
                    if (r < 0) {
                        break;
                    }
                    n += r;
                }
                if (n < HEADER) {
                    return new Scan(size, chunks, pos, String.format(
                            "truncated chunk header at byte %,d (%d of %d header bytes present)", pos, n, HEADER));
                }
                header.flip();
                int magic = header.getInt();
                if (magic != 0x464c5200) {
                    return new Scan(size, chunks, pos, pos == 0 ? "not a JFR recording (no FLR magic at byte 0)"
                            : String.format("no chunk header at byte %,d (corrupt data after chunk %d)", pos,
                                    chunks.size()));
                }
                int major = Short.toUnsignedInt(header.getShort());
                header.getShort();
                long chunkSize = header.getLong();
                if (major < 1 || major > 2) {
                    return new Scan(size, chunks, pos, String.format(
                            "chunk %d at byte %,d has unsupported format version %d", chunks.size() + 1, pos, major));
                }
                if (chunkSize < HEADER) {
                    return new Scan(size, chunks, pos, String.format(
                            "chunk %d at byte %,d was never finished (size %d in its header)", chunks.size() + 1,
                            pos, chunkSize));
                }
                if (pos + chunkSize > size) {
                    return new Scan(size, chunks, pos, String.format(
                            "truncated: chunk %d at byte %,d declares %,d bytes but only %,d remain",
                            chunks.size() + 1, pos, chunkSize, size - pos));
                }
                chunks.add(new Chunk(pos, chunkSize));
                pos += chunkSize;
            }
            return new Scan(size, chunks, pos, null);
        }
    }
}
