package dev.quicken.code;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The 3.11 exception table ({@code co_exceptiontable}, {@code Objects/exception_handling_notes.txt}):
 * entries of four varints (start, size, target, depth << 1 | lasti), in code units, 6-bit chunks
 * most significant first, bit 6 = more, bit 7 = start of entry.
 */
public final class ExceptionTable {

    private ExceptionTable() {
    }

    /**
     * One handler entry. Indices are code-unit indices; {@code end} is exclusive.
     */
    public record Entry(int startIndex, int endIndex, int targetIndex, int depth, boolean lasti) {

        /** Start as a byte offset. */
        public int startOffset() {
            return 2 * startIndex;
        }

        /** Exclusive end as a byte offset. */
        public int endOffset() {
            return 2 * endIndex;
        }

        /** Handler target as a byte offset. */
        public int targetOffset() {
            return 2 * targetIndex;
        }
    }

    /**
     * All complete entries, as {@code dis._parse_exception_table} reads them (a trailing partial
     * entry is dropped; the start-of-entry bits are not checked).
     */
    // CPython 3.11: Lib/dis.py _parse_exception_table
    public static List<Entry> parse(byte[] table) {
        List<Entry> entries = new ArrayList<>();
        int[] pos = {0};
        while (true) {
            long start = parseVarint(table, pos);
            long length = parseVarint(table, pos);
            long target = parseVarint(table, pos);
            long dl = parseVarint(table, pos);
            if (dl < 0) {
                return entries;
            }
            entries.add(new Entry((int) start, (int) (start + length), (int) target, (int) (dl >> 1), (dl & 1) != 0));
        }
    }

    /** A varint at pos[0], or -1 at the end of the table. Values are truncated to 32 bits. */
    private static long parseVarint(byte[] table, int[] pos) {
        if (pos[0] >= table.length) {
            return -1;
        }
        int b = table[pos[0]++] & 0xFF;
        long val = b & 63;
        while ((b & 64) != 0) {
            if (pos[0] >= table.length) {
                return -1;
            }
            b = table[pos[0]++] & 0xFF;
            val = ((val << 6) | (b & 63)) & 0xFFFFFFFFL;
        }
        return val;
    }

    /**
     * The handler for the instruction at code-unit {@code index}, or null. Scans linearly, as
     * CPython does for short tables (the binary search it uses for long tables finds the same entry
     * in well-formed tables).
     */
    // CPython 3.11: Python/ceval.c get_exception_handler
    public static Entry find(byte[] table, int index) {
        int[] pos = {0};
        int end = table.length;
        while (pos[0] < end) {
            long start = parseVarint(table, pos);
            if (start < 0 || start > index) {
                return null;
            }
            long size = parseVarint(table, pos);
            if (size < 0) {
                return null;
            }
            if (start + size > index) {
                long target = parseVarint(table, pos);
                long dl = parseVarint(table, pos);
                if (dl < 0) {
                    return null;
                }
                return new Entry((int) start, (int) (start + size), (int) target, (int) (dl >> 1), (dl & 1) != 0);
            }
            while (pos[0] < end && (table[pos[0]] & 0x80) == 0) {
                pos[0]++;
            }
        }
        return null;
    }

    /** Encodes entries as the 3.11 compiler does. */
    // CPython 3.11: Python/compile.c assemble_emit_exception_table_entry
    public static byte[] encode(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            writeVarint(out, e.startIndex(), 0x80);
            writeVarint(out, e.endIndex() - e.startIndex(), 0);
            writeVarint(out, e.targetIndex(), 0);
            writeVarint(out, e.depth() << 1 | (e.lasti() ? 1 : 0), 0);
        }
        return out.toByteArray();
    }

    // CPython 3.11: Python/compile.c assemble_emit_exception_table_item
    private static void writeVarint(ByteArrayOutputStream out, int value, int mark) {
        if (value >= 1 << 24) {
            out.write((value >> 24) | 64 | mark);
            mark = 0;
        }
        if (value >= 1 << 18) {
            out.write(((value >> 18) & 63) | 64 | mark);
            mark = 0;
        }
        if (value >= 1 << 12) {
            out.write(((value >> 12) & 63) | 64 | mark);
            mark = 0;
        }
        if (value >= 1 << 6) {
            out.write(((value >> 6) & 63) | 64 | mark);
            mark = 0;
        }
        out.write((value & 63) | mark);
    }
}
