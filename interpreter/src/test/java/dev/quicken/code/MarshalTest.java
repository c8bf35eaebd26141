package dev.quicken.code;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyEllipsis;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** marshal reading and writing; expected bytes are what python3.11's marshal.dumps writes. */
class MarshalTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static PyObject load(String hex) throws MarshalException {
        return Marshal.loads(hex(hex));
    }

    @Test
    void singletons() throws Exception {
        assertSame(PyNone.NONE, load("4e"));
        assertSame(PyBool.TRUE, load("54"));
        assertSame(PyBool.FALSE, load("46"));
        assertSame(PyEllipsis.ELLIPSIS, load("2e"));
    }

    @Test
    void ints() throws Exception {
        // marshal.dumps(-2) == b'\xe9\xfe\xff\xff\xff' (FLAG_REF on small ints CPython shares)
        assertEquals(-2, ((PyInt) load("e9feffffff")).value);
        assertEquals(0x7fffffff, ((PyInt) load("69ffffff7f")).value);
        // marshal.dumps(2**31) == b'l\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00'
        assertEquals(1L << 31, ((PyInt) load("6c03000000000000000200")).value);
        // marshal.dumps(-2**100)
        PyInt big = (PyInt) load("6cf9ffffff0000000000000000000000000004");
        assertEquals(BigInteger.TWO.pow(100).negate(), big.toBigInteger());
        assertEquals(7L, ((PyInt) load("490700000000000000")).value);
        assertEquals(0, ((PyInt) load("6c00000000")).value);
        for (BigInteger v : new BigInteger[] {BigInteger.ZERO, BigInteger.valueOf(-1), BigInteger.valueOf(1L << 31),
                BigInteger.valueOf(-(1L << 31) - 1), BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE),
                BigInteger.TEN.pow(40), BigInteger.TEN.pow(40).negate(), BigInteger.TWO.pow(60), BigInteger.TWO.pow(45)}) {
            PyInt back = (PyInt) Marshal.loads(Marshal.dumps(PyInt.of(v)));
            assertEquals(v, back.toBigInteger());
        }
        assertArrayEquals(hex("6c03000000000000000200"), Marshal.dumps(PyInt.of(1L << 31)));
        assertArrayEquals(hex("69ffffff7f"), Marshal.dumps(PyInt.of(0x7fffffff)));
    }

    @Test
    void floatsAndComplex() throws Exception {
        // marshal.dumps(1.5) == b'\xe7\x00\x00\x00\x00\x00\x00\xf8?'
        assertEquals(1.5, ((PyFloat) load("e7000000000000f83f")).value);
        assertArrayEquals(hex("67000000000000f83f"), Marshal.dumps(new PyFloat(1.5)));
        PyComplex c = (PyComplex) load("79000000000000f03f00000000000000c0");
        assertEquals(1.0, c.real);
        assertEquals(-2.0, c.imag);
        // version 1 text forms
        assertEquals(-2.5, ((PyFloat) load("66042d322e35")).value);
        assertEquals(Double.POSITIVE_INFINITY, ((PyFloat) load("6603696e66")).value);
        PyComplex t = (PyComplex) load("7803312e3003322e30");
        assertEquals(2.0, t.imag);
        assertEquals(Double.doubleToRawLongBits(-0.0),
                Double.doubleToRawLongBits(((PyFloat) Marshal.loads(Marshal.dumps(new PyFloat(-0.0)))).value));
    }

    @Test
    void strings() throws Exception {
        assertEquals("abc", ((PyStr) load("da03616263")).value);
        assertEquals("abc", ((PyStr) load("7a03616263")).value);
        assertEquals("ab", ((PyStr) load("41020000006162")).value);
        // marshal.dumps('\u00e9\ud800') == b'\xf5\x05\x00\x00\x00\xc3\xa9\xed\xa0\x80'
        assertEquals("\u00e9\ud800", ((PyStr) load("f505000000c3a9eda080")).value);
        assertEquals("\ud83d\ude00", ((PyStr) load("7504000000f09f9880")).value);
        assertArrayEquals(hex("7505000000c3a9eda080"), Marshal.dumps(new PyStr("\u00e9\ud800")));
        assertArrayEquals(hex("7a03616263"), Marshal.dumps(new PyStr("abc")));
        String longAscii = "x".repeat(300);
        byte[] d = Marshal.dumps(new PyStr(longAscii));
        assertEquals('a', d[0]);
        assertEquals(longAscii, ((PyStr) Marshal.loads(d)).value);
        assertEquals("", ((PyStr) load("7500000000")).value);
        assertArrayEquals(new byte[] {1, 2}, ((PyBytes) load("73020000000102")).value);
    }

    @Test
    void containersAndRefs() throws Exception {
        // marshal.dumps(('a', 'a')) == b'\xa9\x02\xda\x01ar\x01\x00\x00\x00'
        PyTuple t = (PyTuple) load("a902da01617201000000");
        assertSame(t.get(0), t.get(1));
        assertEquals(0, ((PyTuple) load("2900")).size());
        PyTuple big = (PyTuple) load("28020000004e4e");
        assertEquals(2, big.size());
        PyFrozenSet fs = (PyFrozenSet) load("3e02000000e901000000e902000000");
        assertEquals(2, fs.size());
        assertEquals(0, ((PyFrozenSet) load("3e00000000")).size());
        // shared objects are written once and referenced
        PyStr s = new PyStr("shared");
        byte[] out = Marshal.dumps(new PyTuple(new PyObject[] {s, s, s}));
        PyTuple back = (PyTuple) Marshal.loads(out);
        assertSame(back.get(0), back.get(2));
        assertEquals(out.length, 2 + 8 + 5 + 5);
    }

    @TestFactory
    List<DynamicTest> badInput() {
        Object[][] cases = {
            {"", 0L, "EOF read where object expected"},
            {"69 0100", 1L, "marshal data too short"},
            {"73 ffffff7f", 1L, "marshal data too short: bytes object of 2147483647 bytes"},
            {"73 ffffffff", 1L, "bytes object size out of range"},
            {"28 ffffff0f", 1L, "tuple of 268435455 items"},
            {"3e ffffff0f", 1L, "set of 268435455 items"},
            {"6c ffffff7f", 1L, "long digits"},
            {"6c 01000000 0000", 5L, "unnormalized long data"},
            {"6c 01000000 0080", 5L, "digit out of range"},
            {"72 00000000", 0L, "invalid reference"},
            {"29 02 e9 01000000 72 05000000", 7L, "invalid reference 5"},
            {"a9 01 72 00000000", 2L, "still being read"},
            {"01", 0L, "unknown type code 0x01"},
            {"5b 00000000", 0L, "list"},
            {"7b 30", 0L, "dict"},
            {"53", 0L, "StopIteration"},
            {"30", 0L, "NULL object"},
            {"29 01 30", 2L, "NULL object in marshal data for tuple"},
            {"75 02000000 c328", 5L, "invalid continuation byte"},
            {"75 01000000 ff", 5L, "invalid start byte"},
            {"66 03 616263", 2L, "could not convert string to float"},
        };
        List<DynamicTest> tests = new ArrayList<>();
        for (Object[] c : cases) {
            tests.add(DynamicTest.dynamicTest((String) c[0] + " -> " + c[2], () -> {
                MarshalException e = assertThrows(MarshalException.class, () -> load((String) c[0]));
                assertEquals((long) c[1], e.offset, e.getMessage());
                assertTrue(e.problem.contains((String) c[2]), e.getMessage());
            }));
        }
        return tests;
    }

    @Test
    void deepNestingIsAnError() {
        byte[] data = new byte[5000 * 2];
        for (int i = 0; i < 5000; i++) {
            data[2 * i] = ')';
            data[2 * i + 1] = 1;
        }
        MarshalException e = assertThrows(MarshalException.class, () -> Marshal.loads(data));
        assertTrue(e.problem.contains("recursion limit exceeded"), e.getMessage());
    }

    @Test
    void pycHeader() throws Exception {
        byte[] pyc = Fixtures.bytes("basics.pyc");
        Pyc.PycFile f = Pyc.read(pyc);
        assertEquals(0, f.flags());
        assertEquals(0, f.mtime());
        assertNull(f.sourceHash());
        byte[] bad = pyc.clone();
        bad[0] = 0x6f; // 3439 + ... not 3495
        MarshalException e = assertThrows(MarshalException.class, () -> Pyc.read(bad));
        assertEquals(0, e.offset);
        assertTrue(e.problem.contains("bad magic number"), e.problem);
        byte[] flags = pyc.clone();
        flags[4] = 4;
        assertTrue(assertThrows(MarshalException.class, () -> Pyc.read(flags)).problem.contains("invalid flags"));
        assertTrue(assertThrows(MarshalException.class, () -> Pyc.read(new byte[5])).problem.contains("too short"));
        byte[] notCode = {(byte) 0xa7, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'N'};
        assertTrue(assertThrows(MarshalException.class, () -> Pyc.read(notCode)).problem.contains("not a code object"));
        byte[] hashed = Pyc.writeHashBased(f.code(), new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, true);
        Pyc.PycFile h = Pyc.read(hashed);
        assertEquals(3, h.flags());
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, h.sourceHash());
        byte[] truncated = java.util.Arrays.copyOf(pyc, pyc.length - 7);
        MarshalException t = assertThrows(MarshalException.class, () -> Pyc.read(truncated));
        assertTrue(t.offset >= 16 && t.offset <= truncated.length, t.getMessage());
    }

    @Test
    void sourceHashIsImportlibs() {
        // importlib.util.source_hash(...) in python3.11
        assertEquals("738d9cd5d5e87f73", HexFormat.of().formatHex(Pyc.sourceHash(new byte[0])));
        assertEquals("4c0372aa93f75252", HexFormat.of().formatHex(Pyc.sourceHash("x = 1\n".getBytes())));
        byte[] all = new byte[768];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertEquals("752f2f40f441addd", HexFormat.of().formatHex(Pyc.sourceHash(all)));
    }

    /** Every sample loads, writes back, and reloads to an equal object; writing is deterministic. */
    @TestFactory
    List<DynamicTest> writeBackRoundTrip() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : Fixtures.samples()) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                CodeObject co = Fixtures.load(name + ".pyc");
                byte[] once = Pyc.write(co, 0, 0);
                CodeObject back = Pyc.load(once);
                assertNull(CodeCompare.diff(co, back, "<module>"));
                assertArrayEquals(once, Pyc.write(back, 0, 0));
            }));
        }
        return tests;
    }
}
