package dev.quicken.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Repr#repr} against python3.11's repr() (fixtures from tools/gen_value_fixtures.py). */
class ReprFixtureTest {

    @Test
    void reprMatchesCPython() throws Exception {
        List<String[]> rows = ValueCodec.fixture("repr.txt");
        assertTrue(rows.size() > 30000, "fixture size " + rows.size());
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            PyObject v = ValueCodec.decode(row[0]);
            String got;
            try {
                got = Repr.repr(v);
            } catch (PyTypedError e) {
                got = e.toString();
            }
            if (!got.equals(row[1])) {
                failures.add(row[0] + " -> " + got + " expected " + row[1]);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " of " + rows.size() + " differ");
    }

    @Test
    void reprOfFloatSwitchesToExponentAt1e16AndBelow1eMinus4() {
        assertEquals("1e+16", Repr.repr(new PyFloat(1e16)));
        assertEquals("1000000000000000.0", Repr.repr(new PyFloat(1e15)));
        assertEquals("0.0001", Repr.repr(new PyFloat(1e-4)));
        assertEquals("1e-05", Repr.repr(new PyFloat(1e-5)));
        assertEquals("-0.0", Repr.repr(new PyFloat(-0.0)));
        assertEquals("nan", Repr.repr(new PyFloat(Double.NaN)));
        assertEquals("-inf", Repr.repr(new PyFloat(Double.NEGATIVE_INFINITY)));
        // JDK 17's Double.toString gives 2.0E-3 style and is not always shortest (e.g. 2.0E-3, 1.0E23)
        assertEquals("1e+23", Repr.repr(new PyFloat(1e23)));
        assertEquals("5e-324", Repr.repr(new PyFloat(Double.MIN_VALUE)));
    }

    @Test
    void reprOfSmallContainers() {
        assertEquals("(1,)", Repr.repr(new PyTuple(new PyObject[] {PyInt.of(1)})));
        assertEquals("()", Repr.repr(PyTuple.EMPTY));
        assertEquals("frozenset()", Repr.repr(PyFrozenSet.of(List.of())));
        assertEquals("frozenset({1, 2})", Repr.repr(PyFrozenSet.of(List.of(PyInt.of(2), PyInt.of(1)))));
        assertEquals("\"'\"", Repr.repr(new PyStr("'")));
        assertEquals("b'\\x00'", Repr.repr(new PyBytes(new byte[1])));
    }
}
