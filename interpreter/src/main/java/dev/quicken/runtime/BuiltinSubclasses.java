package dev.quicken.runtime;

/**
 * Instances of Python classes derived from {@code int}, {@code str}, {@code bytes}, {@code complex}, {@code tuple} and
 * {@code float}: the built-in representation plus the class and an instance dict. Exact-type
 * guards ({@code getClass() == PyStr.class}) never match these.
 */
public final class BuiltinSubclasses {

    private BuiltinSubclasses() {
    }

    /** An object with an instance dict outside {@link PyInstance}. */
    public interface HasDict {
        /** The instance dict; created when {@code create} and absent, else possibly null. */
        PyDict instanceDict(boolean create);
    }

    public static final class IntSub extends PyInt implements HasDict {
        final PyType cls;
        PyDict dict;

        public IntSub(PyType cls, PyInt v) {
            super(v.value, v.big);
            this.cls = cls;
        }

        @Override
        public PyType type() {
            return cls;
        }

        @Override
        public PyDict instanceDict(boolean create) {
            if (dict == null && create) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    public static final class StrSub extends PyStr implements HasDict {
        final PyType cls;
        PyDict dict;

        public StrSub(PyType cls, String v) {
            super(v);
            this.cls = cls;
        }

        @Override
        public PyType type() {
            return cls;
        }

        @Override
        public PyDict instanceDict(boolean create) {
            if (dict == null && create) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    public static final class ComplexSub extends PyComplex implements HasDict {
        final PyType cls;
        PyDict dict;

        public ComplexSub(PyType cls, double real, double imag) {
            super(real, imag);
            this.cls = cls;
        }

        @Override
        public PyType type() {
            return cls;
        }

        @Override
        public PyDict instanceDict(boolean create) {
            if (dict == null && create) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    public static final class BytesSub extends PyBytes implements HasDict {
        final PyType cls;
        PyDict dict;

        public BytesSub(PyType cls, byte[] v) {
            super(v);
            this.cls = cls;
        }

        @Override
        public PyType type() {
            return cls;
        }

        @Override
        public PyDict instanceDict(boolean create) {
            if (dict == null && create) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    public static final class TupleSub extends PyTuple implements HasDict {
        final PyType cls;
        PyDict dict;

        public TupleSub(PyType cls, PyObject[] items) {
            super(items);
            this.cls = cls;
        }

        @Override
        public PyType type() {
            return cls;
        }

        @Override
        public PyDict instanceDict(boolean create) {
            if (dict == null && create) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    public static final class FloatSub extends PyFloat implements HasDict {
        final PyType cls;
        PyDict dict;

        public FloatSub(PyType cls, double v) {
            super(v);
            this.cls = cls;
        }

        @Override
        public PyType type() {
            return cls;
        }

        @Override
        public PyDict instanceDict(boolean create) {
            if (dict == null && create) {
                dict = new PyDict();
            }
            return dict;
        }
    }
}
