package dev.quicken.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * float(str), int(str, base), str(int), float.hex/fromhex, round(), format(x, spec) and
 * str % args against python3.11 (fixtures from tools/gen_value_fixtures.py).
 */
class NumberTextFixtureTest {

    /** Runs one fixture operation and encodes its result or error as the generator does. */
    static String run(String op, PyObject[] args) {
        try {
            return ValueCodec.encode(apply(op, args));
        } catch (PyTypedError e) {
            return "!" + e.pyType + ": " + e.getMessage();
        }
    }

    private static String str(PyObject o) {
        return ((PyStr) o).value;
    }

    static PyObject apply(String op, PyObject[] a) {
        switch (op) {
            case "float":
                return new PyFloat(NumberParse.parseFloat(str(a[0])));
            case "int":
                return NumberParse.parseInt(str(a[0]), (int) ((PyInt) a[1]).value);
            case "str":
                return new PyStr(IntText.toDecimal((PyInt) a[0]));
            case "hex":
                return new PyStr(NumberParse.floatHex(((PyFloat) a[0]).value));
            case "fromhex":
                return new PyFloat(NumberParse.floatFromHex(str(a[0])));
            case "round": {
                double x = ((PyFloat) a[0]).value;
                if (a[1] instanceof PyNone) {
                    return FloatFormat.roundToInt(x);
                }
                return new PyFloat(FloatFormat.round(x, ((PyInt) a[1]).value));
            }
            case "format":
                return new PyStr(FormatSpec.format(a[0], str(a[1])));
            case "percent":
                return new PyStr(PercentFormat.format(str(a[0]), a[1]));
            default:
                throw new IllegalArgumentException(op);
        }
    }

    static PyObject[] args(String encoded) {
        // top-level values are separated by spaces outside parentheses
        List<PyObject> out = new ArrayList<>();
        String[] toks = encoded.split(" ");
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (String t : toks) {
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(t);
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")")) {
                depth--;
            }
            if (depth == 0) {
                out.add(ValueCodec.decode(cur.toString()));
                cur.setLength(0);
            }
        }
        return out.toArray(new PyObject[0]);
    }

    private static void check(String fixture, int minimum) throws Exception {
        List<String[]> rows = ValueCodec.fixture(fixture);
        assertTrue(rows.size() >= minimum, "fixture size " + rows.size());
        List<String> failures = new ArrayList<>();
        int saved = IntText.maxStrDigits;
        try {
            for (String[] row : rows) {
                String got = run(row[0], args(row[1]));
                if (!got.equals(row[2])) {
                    failures.add(row[0] + " " + abbreviate(row[1]) + " -> " + abbreviate(got) + " expected "
                            + abbreviate(row[2]));
                }
            }
        } finally {
            IntText.maxStrDigits = saved;
        }
        assertEquals(List.of(), failures.subList(0, Math.min(25, failures.size())),
                failures.size() + " of " + rows.size() + " differ");
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    @Test
    void numbersMatchCPython() throws Exception {
        check("numbers.txt", 15000);
    }

    @Test
    void formatSpecMatchesCPython() throws Exception {
        check("format.txt", 9000);
    }

    @Test
    void percentFormatMatchesCPython() throws Exception {
        check("percent.txt", 7000);
    }
}
