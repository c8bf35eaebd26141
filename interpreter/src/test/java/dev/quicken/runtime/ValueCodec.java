package dev.quicken.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Decodes the value encoding of {@code tools/gen_value_fixtures.py} and reads fixture files. */
final class ValueCodec {

    private ValueCodec() {
    }

    static List<String[]> fixture(String name) throws IOException {
        String path = "/dev/quicken/runtime/values/" + name;
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ValueCodec.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing fixture " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    static PyObject decode(String s) {
        String[] toks = s.trim().split(" ");
        int[] pos = {0};
        PyObject v = parse(toks, pos);
        if (pos[0] != toks.length) {
            throw new IllegalArgumentException("trailing tokens in " + s);
        }
        return v;
    }

    private static PyObject parse(String[] toks, int[] pos) {
        String t = toks[pos[0]++];
        if (t.equals("(")) {
            String kind = toks[pos[0]++];
            List<PyObject> items = new ArrayList<>();
            while (!toks[pos[0]].equals(")")) {
                items.add(parse(toks, pos));
            }
            pos[0]++;
            return kind.equals("t") ? new PyTuple(items.toArray(new PyObject[0])) : PyFrozenSet.of(items);
        }
        return atom(t);
    }

    static PyObject atom(String t) {
        switch (t.charAt(0)) {
            case 'N':
                return PyNone.NONE;
            case 'T':
                return PyBool.TRUE;
            case 'F':
                return PyBool.FALSE;
            case 'E':
                return PyEllipsis.ELLIPSIS;
            case 'i': {
                String d = t.substring(1);
                int x = d.indexOf('x');
                if (x >= 0) {
                    BigInteger h = new BigInteger(d.substring(x + 1), 16);
                    return PyInt.of(x > 0 ? h.negate() : h);
                }
                return PyInt.of(new BigInteger(d));
            }
            case 'f':
                return new PyFloat(bits(t.substring(1)));
            case 'c': {
                String[] p = t.substring(1).split(",");
                return new PyComplex(bits(p[0]), bits(p[1]));
            }
            case 's':
                return new PyStr(str(t.substring(1)));
            case 'q':
                return new PyStr(unquote(t.substring(1)));
            case 'b': {
                String h = t.substring(1);
                byte[] b = new byte[h.length() / 2];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
                }
                return new PyBytes(b);
            }
            default:
                throw new IllegalArgumentException("bad token " + t);
        }
    }

    static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    /** The encoding of a result value, as the generator's enc() writes it (str, int, float, bool). */
    static String encode(PyObject v) {
        if (v instanceof PyStr) {
            StringBuilder sb = new StringBuilder("q");
            ((PyStr) v).value.codePoints().forEach(c -> {
                if (c >= 0x21 && c <= 0x7e && c != '\\' && c != ';') {
                    sb.append((char) c);
                } else if (c == ' ') {
                    sb.append("\\s");
                } else if (c < 0x10000) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            });
            return sb.toString();
        }
        if (v instanceof PyBool) {
            return ((PyBool) v).value != 0 ? "T" : "F";
        }
        if (v instanceof PyInt) {
            BigInteger b = ((PyInt) v).toBigInteger();
            if (b.bitLength() > 10000) {
                return "i" + (b.signum() < 0 ? "-" : "") + "x" + b.abs().toString(16);
            }
            return "i" + b;
        }
        if (v instanceof PyFloat) {
            return String.format("f%016x", Double.doubleToRawLongBits(((PyFloat) v).value));
        }
        if (v instanceof PyBytes) {
            StringBuilder sb = new StringBuilder("b");
            for (byte b : ((PyBytes) v).value) {
                sb.append(String.format("%02x", b & 0xff));
            }
            return sb.toString();
        }
        if (v instanceof PyComplex) {
            PyComplex c = (PyComplex) v;
            return String.format("c%016x,%016x", Double.doubleToRawLongBits(c.real), Double.doubleToRawLongBits(c.imag));
        }
        throw new IllegalArgumentException("cannot encode " + v);
    }

    static String unquote(String q) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q.length(); ) {
            char c = q.charAt(i);
            if (c == '\\' && q.charAt(i + 1) == 's') {
                sb.append(' ');
                i += 2;
            } else if (c == '\\') {
                int n = q.charAt(i + 1) == 'u' ? 4 : 8;
                sb.appendCodePoint(Integer.parseInt(q.substring(i + 2, i + 2 + n), 16));
                i += 2 + n;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    static String str(String cps) {
        StringBuilder sb = new StringBuilder();
        if (!cps.isEmpty()) {
            for (String h : cps.split("\\.")) {
                sb.appendCodePoint(Integer.parseInt(h, 16));
            }
        }
        return sb.toString();
    }
}
