package dev.quicken.modules;

import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyObject;

/** {@code _quicken_floats}: IEEE 754 packing for {@code _struct} ({@code PyFloat_Pack4/8}, {@code Unpack4/8}). */
final class FloatsModule {

    private FloatsModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("_quicken_floats");
        m.dict.setStr("pack", new PyBuiltinFunction("pack", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("pack", a, kw, 0, 3, 3);
                return new PyBytes(pack(((PyFloat) a[0]).value, (int) Args.integer(a[1]), a[2] == dev.quicken.runtime.PyBool.TRUE));
            }
        }, null, "_quicken_floats"));
        m.dict.setStr("unpack", new PyBuiltinFunction("unpack", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("unpack", a, kw, 0, 2, 2);
                return new PyFloat(unpack(((PyBytes) a[0]).value, a[1] == dev.quicken.runtime.PyBool.TRUE));
            }
        }, null, "_quicken_floats"));
        return m;
    }

    // CPython 3.11: Objects/floatobject.c PyFloat_Pack4 / PyFloat_Pack8
    static byte[] pack(double x, int size, boolean little) {
        long bits;
        if (size == 8) {
            bits = Double.doubleToRawLongBits(x);
        } else if (size == 4) {
            float f = (float) x;
            if (Float.isInfinite(f) && !Double.isInfinite(x)) {
                throw Exc.raise(Exc.OverflowError, "float too large to pack with f format");
            }
            bits = Float.floatToRawIntBits(f) & 0xFFFFFFFFL;
        } else {
            throw Exc.raise(Exc.NotImplementedError, "half-float ('e') packing is not implemented in quicken yet");
        }
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            int shift = 8 * i;
            out[little ? i : size - 1 - i] = (byte) (bits >>> shift);
        }
        return out;
    }

    static double unpack(byte[] b, boolean little) {
        long bits = 0;
        int n = b.length;
        for (int i = 0; i < n; i++) {
            bits |= (b[little ? i : n - 1 - i] & 0xFFL) << (8 * i);
        }
        if (n == 8) {
            return Double.longBitsToDouble(bits);
        }
        if (n == 4) {
            return Float.intBitsToFloat((int) bits);
        }
        throw Exc.raise(Exc.NotImplementedError, "half-float ('e') unpacking is not implemented in quicken yet");
    }
}
