package dev.quicken.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Hashing} and {@link SetTable} against python3.11 with PYTHONHASHSEED=0. */
class HashFixtureTest {

    @Test
    void hashMatchesCPython() throws Exception {
        List<String[]> rows = ValueCodec.fixture("hash.txt");
        assertTrue(rows.size() > 10000, "fixture size " + rows.size());
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            long got = Hashing.hash(ValueCodec.decode(row[0]));
            if (got != Long.parseLong(row[1])) {
                failures.add(row[0] + " -> " + got + " expected " + row[1]);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " of " + rows.size() + " differ");
    }

    @Test
    void setIterationOrderMatchesCPython() throws Exception {
        List<String[]> rows = ValueCodec.fixture("sets.txt");
        assertTrue(rows.size() >= 1000, "fixture size " + rows.size());
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            SetTable t = new SetTable();
            String problem = null;
            for (String op : row[0].isEmpty() ? new String[0] : row[0].split(";")) {
                char c = op.charAt(0);
                if (c == '+') {
                    PyObject v = ValueCodec.decode(op.substring(1));
                    t.add(v, Hashing.hash(v), ValueEq.EQUALITY);
                } else if (c == '-') {
                    PyObject v = ValueCodec.decode(op.substring(1));
                    t.discard(v, Hashing.hash(v), ValueEq.EQUALITY);
                } else if (c == 'p') {
                    PyObject expected = ValueCodec.decode(op.substring(1));
                    PyObject got = t.pop();
                    if (!ValueEq.eq(got, expected)) {
                        problem = "pop gave " + Repr.repr(got) + " expected " + Repr.repr(expected);
                        break;
                    }
                } else if (c == 'u') {
                    t = t.copy();
                } else if (c == 'c') {
                    t.clear();
                }
            }
            if (problem == null) {
                StringBuilder order = new StringBuilder();
                for (PyObject item : t.items()) {
                    if (order.length() > 0) {
                        order.append(';');
                    }
                    order.append(Repr.repr(item));
                }
                StringBuilder expected = new StringBuilder();
                for (String e : row[1].isEmpty() ? new String[0] : row[1].split(";")) {
                    if (expected.length() > 0) {
                        expected.append(';');
                    }
                    expected.append(Repr.repr(ValueCodec.decode(e)));
                }
                if (!order.toString().equals(expected.toString())) {
                    problem = "order " + order + " expected " + expected;
                } else if (PyFrozenSet.wrap(t).hash() != Long.parseLong(row[2])) {
                    problem = "frozenset hash " + PyFrozenSet.wrap(t).hash() + " expected " + row[2];
                }
            }
            if (problem != null) {
                failures.add(row[0].substring(0, Math.min(200, row[0].length())) + ": " + problem);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())),
                failures.size() + " of " + rows.size() + " differ");
    }
}
