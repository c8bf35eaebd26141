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
            case "floatb":
                return new PyFloat(NumberParse.parseFloat(((PyBytes) a[0]).value));
            case "intb":
                return NumberParse.parseInt(((PyBytes) a[0]).value, (int) ((PyInt) a[1]).value);
            case "complex": {
                double[] c = NumberParse.parseComplex(str(a[0]));
                return new PyComplex(c[0], c[1]);
            }
            case "truediv":
                return new PyFloat(IntText.trueDivide(((PyInt) a[0]).toBigInteger(), ((PyInt) a[1]).toBigInteger()));
            case "roundint":
                return IntText.round((PyInt) a[0], ((PyInt) a[1]).toBigInteger());
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
            case "bpercent":
                return new PyBytes(PercentFormat.formatBytes(((PyBytes) a[0]).value, a[1]));
            case "setalg":
                return new PyStr(Repr.repr(new PyTuple(setAlgebra(a).items())));
            default:
                throw new IllegalArgumentException(op);
        }
    }

    private static SetTable build(PyObject adds, PyObject discards) {
        SetTable t = new SetTable();
        for (PyObject x : ((PyTuple) adds).items) {
            t.add(x, Hashing.hash(x), ValueEq.EQUALITY);
        }
        for (PyObject x : ((PyTuple) discards).items) {
            t.discard(x, Hashing.hash(x), ValueEq.EQUALITY);
        }
        return t;
    }

    /** The set operations of tools/value_oracle.py set_algebra, through {@link SetTable}. */
    static SetTable setAlgebra(PyObject[] a) {
        SetTable x = build(a[0], a[1]);
        SetTable y = build(a[2], a[3]);
        SetTable.Equality eq = ValueEq.EQUALITY;
        switch (str(a[4])) {
            case "or":
                return SetTable.union(x, y, eq);
            case "and":
                return SetTable.intersection(x, y, eq);
            case "sub":
                return SetTable.difference(x, y, eq);
            case "xor":
                return SetTable.symmetricDifference(x, y, eq);
            case "ior":
                x.merge(y, eq);
                return x;
            case "iand":
                x.swapBodies(SetTable.intersection(x, y, eq));
                return x;
            case "isub":
                x.differenceUpdate(y, eq);
                return x;
            case "ixor":
                x.symmetricDifferenceUpdate(y, eq);
                return x;
            case "and_iter":
                return SetTable.intersection(x, List.of(((PyTuple) a[2]).items).iterator(), Hashing::hash, eq);
            case "sub_iter":
                x.differenceUpdate(List.of(((PyTuple) a[2]).items).iterator(), Hashing::hash, eq);
                return x;
            case "copy":
                return x.copy();
            case "same_and":
                return SetTable.intersection(x, x, eq);
            default:
                throw new IllegalArgumentException(str(a[4]));
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
    void setAlgebraOrderMatchesCPython() throws Exception {
        check("setalg.txt", 1200);
    }

    @Test
    void percentFormatMatchesCPython() throws Exception {
        check("percent.txt", 7000);
    }
}
