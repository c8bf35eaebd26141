package dev.quicken.code;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quicken.runtime.PyObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exception table encoding, decoding and handler lookup, and line lookup, on every code object of the samples. */
class ExceptionTableTest {

    @Test
    void specExample() {
        // spec 2.6: 8c 0a 21 03 = start 12 units, size 10, target 33, depth 1, lasti
        List<ExceptionTable.Entry> e = ExceptionTable.parse(new byte[] {(byte) 0x8c, 0x0a, 0x21, 0x03});
        assertEquals(List.of(new ExceptionTable.Entry(12, 22, 33, 1, true)), e);
        assertEquals(24, e.get(0).startOffset());
        assertEquals(66, e.get(0).targetOffset());
        assertArrayEquals(new byte[] {(byte) 0x8c, 0x0a, 0x21, 0x03}, ExceptionTable.encode(e));
        assertEquals(e.get(0), ExceptionTable.find(new byte[] {(byte) 0x8c, 0x0a, 0x21, 0x03}, 21));
        assertNull(ExceptionTable.find(new byte[] {(byte) 0x8c, 0x0a, 0x21, 0x03}, 22));
        assertNull(ExceptionTable.find(new byte[] {(byte) 0x8c, 0x0a, 0x21, 0x03}, 11));
        // big values: 6-bit chunks, most significant first
        List<ExceptionTable.Entry> big = List.of(new ExceptionTable.Entry(70000, 70100, 1 << 20, 300, false));
        assertEquals(big, ExceptionTable.parse(ExceptionTable.encode(big)));
        // a trailing partial entry is dropped, as dis does
        assertEquals(List.of(), ExceptionTable.parse(new byte[] {(byte) 0x8c, 0x0a, 0x21}));
    }

    @Test
    void samplesRoundTripAndLookup() {
        for (String name : Fixtures.samples()) {
            walk(Fixtures.load(name + ".pyc"));
        }
    }

    private static void walk(CodeObject co) {
        List<ExceptionTable.Entry> entries = co.exceptionEntries();
        List<LineTable.Position> positions = co.positions();
        assertArrayEquals(co.exceptiontable, ExceptionTable.encode(entries), co.qualname.value);
        for (int i = 0; i < co.codeUnits(); i++) {
            ExceptionTable.Entry expected = null;
            for (ExceptionTable.Entry e : entries) {
                if (e.startIndex() <= i && i < e.endIndex()) {
                    expected = e;
                    break;
                }
            }
            assertEquals(expected, ExceptionTable.find(co.exceptiontable, i), co.qualname + " index " + i);
            // the line array the eval loop uses agrees with co_positions()
            Integer line = positions.get(i).line();
            assertEquals(line == null ? -1 : line, co.lineNumber(i), co.qualname + " line at index " + i);
        }
        for (PyObject c : co.consts.items) {
            if (c instanceof CodeObject) {
                walk((CodeObject) c);
            }
        }
    }
}
