package dev.quicken.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Decoder of the 3.11 location table ({@code co_linetable}, {@code Objects/locations.md}).
 *
 * <p>Decoding never fails: a table that ends inside an entry reads missing bytes as 0, as the
 * entries CPython itself writes never do. Offsets in results are CPython byte offsets.
 */
public final class LineTable {

    // CPython 3.11: Include/cpython/code.h _PyCodeLocationInfoKind
    static final int INFO_SHORT0 = 0;
    static final int INFO_ONE_LINE0 = 10;
    static final int INFO_ONE_LINE1 = 11;
    static final int INFO_ONE_LINE2 = 12;
    static final int INFO_NO_COLUMNS = 13;
    static final int INFO_LONG = 14;
    static final int INFO_NONE = 15;

    private LineTable() {
    }

    /** One {@code co_lines()} item: byte offsets [start, end) and the line, null for none. */
    public record LineRange(int start, int end, Integer line) {
    }

    /**
     * One {@code co_positions()} item. Each value is null where CPython yields None (a decoded
     * -1); other values are reported as decoded, even negative ones.
     */
    public record Position(Integer line, Integer endLine, Integer column, Integer endColumn) {
    }

    /** A cursor over the table bytes. */
    private static final class Reader {
        final byte[] table;
        int pos;

        Reader(byte[] table) {
            this.table = table;
        }

        boolean atEnd() {
            return pos >= table.length;
        }

        int readByte() {
            return pos < table.length ? table[pos++] & 0xFF : 0;
        }

        // CPython 3.11: Objects/codeobject.c read_varint (6-bit chunks, least significant first)
        int readVarint() {
            int read = readByte();
            int val = read & 63;
            int shift = 0;
            while ((read & 64) != 0 && shift < 30) {
                read = readByte();
                shift += 6;
                val |= (read & 63) << shift;
            }
            return val;
        }

        // CPython 3.11: Objects/codeobject.c read_signed_varint
        int readSignedVarint() {
            int uval = readVarint();
            return (uval & 1) != 0 ? -(uval >>> 1) : uval >>> 1;
        }
    }

    /** {@code co_lines()}. */
    // CPython 3.11: Objects/codeobject.c lineiter_next / advance / get_line_delta
    public static List<LineRange> lines(byte[] table, int firstlineno) {
        List<LineRange> out = new ArrayList<>();
        Reader r = new Reader(table);
        int computedLine = firstlineno;
        int end = 0;
        while (!r.atEnd()) {
            int entryStart = r.pos;
            int first = r.readByte();
            int code = (first >> 3) & 15;
            computedLine += lineDelta(code, r);
            // is_no_line_marker tests the whole byte: bit 7 set and code 15
            Integer line = (first >> 3) == 0x1f ? null : computedLine;
            int start = end;
            end = start + ((first & 7) + 1) * 2;
            // skip to the next entry start (bit 7 set)
            r.pos = entryStart + 1;
            while (r.pos < table.length && (table[r.pos] & 0x80) == 0) {
                r.pos++;
            }
            out.add(new LineRange(start, end, line != null && line < 0 ? null : line));
        }
        return out;
    }

    /** {@code co_lnotab} (deprecated in 3.11, computed from the location table). */
    // CPython 3.11: Objects/codeobject.c decode_linetable / emit_delta
    public static byte[] lnotab(byte[] table, int firstlineno) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Reader r = new Reader(table);
        int computedLine = firstlineno;
        int arEnd = 0;
        int codeOffset = 0;
        int line = firstlineno;
        while (!r.atEnd()) {
            int entryStart = r.pos;
            int first = r.readByte();
            computedLine += lineDelta((first >> 3) & 15, r);
            int arStart = arEnd;
            arEnd = arStart + ((first & 7) + 1) * 2;
            r.pos = entryStart + 1;
            while (r.pos < table.length && (table[r.pos] & 0x80) == 0) {
                r.pos++;
            }
            if (computedLine != line) {
                int bdelta = arStart - codeOffset;
                int ldelta = computedLine - line;
                while (bdelta > 255) {
                    out.write(255);
                    out.write(0);
                    bdelta -= 255;
                }
                while (ldelta > 127) {
                    out.write(bdelta);
                    out.write(127);
                    bdelta = 0;
                    ldelta -= 127;
                }
                while (ldelta < -128) {
                    out.write(bdelta);
                    out.write(-128);
                    bdelta = 0;
                    ldelta += 128;
                }
                out.write(bdelta);
                out.write(ldelta);
                codeOffset = arStart;
                line = computedLine;
            }
        }
        return out.toByteArray();
    }

    private static int lineDelta(int code, Reader r) {
        switch (code) {
            case INFO_NO_COLUMNS:
            case INFO_LONG:
                return r.readSignedVarint();
            case INFO_ONE_LINE1:
                return 1;
            case INFO_ONE_LINE2:
                return 2;
            default:
                return 0;
        }
    }

    /** {@code co_positions()} for a code of {@code codeLength} bytes. */
    // CPython 3.11: Objects/codeobject.c positionsiter_next / advance_with_locations
    public static List<Position> positions(byte[] table, int firstlineno, int codeLength) {
        List<Position> out = new ArrayList<>(codeLength / 2);
        Reader r = new Reader(table);
        int computedLine = firstlineno;
        int arLine = -1;
        int arEnd = 0;
        int endLine = firstlineno;
        int column = -1;
        int endColumn = -1;
        int offset = 0;
        while (true) {
            if (offset >= arEnd) {
                if (r.atEnd()) {
                    break;
                }
                int first = r.readByte();
                int code = (first >> 3) & 15;
                arEnd += ((first & 7) + 1) * 2;
                switch (code) {
                    case INFO_NONE:
                        arLine = -1;
                        endLine = -1;
                        column = -1;
                        endColumn = -1;
                        break;
                    case INFO_LONG:
                        computedLine += r.readSignedVarint();
                        arLine = computedLine;
                        endLine = arLine + r.readVarint();
                        column = r.readVarint() - 1;
                        endColumn = r.readVarint() - 1;
                        break;
                    case INFO_NO_COLUMNS:
                        computedLine += r.readSignedVarint();
                        arLine = computedLine;
                        endLine = arLine;
                        column = -1;
                        endColumn = -1;
                        break;
                    case INFO_ONE_LINE0:
                    case INFO_ONE_LINE1:
                    case INFO_ONE_LINE2:
                        computedLine += code - INFO_ONE_LINE0;
                        arLine = computedLine;
                        endLine = arLine;
                        column = r.readByte();
                        endColumn = r.readByte();
                        break;
                    default: {
                        int second = r.readByte();
                        arLine = computedLine;
                        endLine = arLine;
                        column = code << 3 | (second >> 4);
                        endColumn = column + (second & 15);
                    }
                }
            }
            offset += 2;
            out.add(new Position(orNone(arLine), orNone(endLine), orNone(column), orNone(endColumn)));
        }
        return out;
    }

    // CPython 3.11: Objects/codeobject.c _source_offset_converter
    private static Integer orNone(int v) {
        return v == -1 ? null : v;
    }
}
