package dev.quicken.runtime;

/** {@code bytes % args} and {@code bytearray % args} over the object model. */
final class BytesPercent {

    private BytesPercent() {
    }

    /** {@link StrOps#HOST} plus CPython's {@code %b}/{@code %s} operand rule: a buffer or {@code __bytes__}. */
    static final PercentFormat.Host HOST = new PercentFormat.Host() {
        private final PercentFormat.Host base = StrOps.HOST;

        @Override
        public String str(PyObject v) {
            return base.str(v);
        }

        @Override
        public String repr(PyObject v) {
            return base.repr(v);
        }

        @Override
        public String ascii(PyObject v) {
            return base.ascii(v);
        }

        @Override
        public boolean isMapping(PyObject v) {
            return base.isMapping(v);
        }

        @Override
        public PyObject getItem(PyObject mapping, PyObject key) {
            return base.getItem(mapping, key);
        }

        @Override
        public boolean isNumber(PyObject v) {
            return base.isNumber(v);
        }

        @Override
        public PyInt index(PyObject v) {
            return base.index(v);
        }

        @Override
        public PyInt toInt(PyObject v) {
            return base.toInt(v);
        }

        @Override
        public double toDouble(PyObject v) {
            return base.toDouble(v);
        }

        // CPython 3.11: Objects/bytesobject.c format_obj
        @Override
        public byte[] bytesOf(PyObject v) {
            byte[] b = Buffers.of(v);
            if (b != null) {
                return b;
            }
            PyObject m = v.type().lookup("__bytes__");
            if (m != null) {
                PyObject r = Abstract.callMethodDescr(m, v, new PyObject[0], null);
                if (!(r instanceof PyBytes)) {
                    throw Exc.typeError("__bytes__ returned non-bytes (type " + Abstract.typeName(r) + ")");
                }
                return ((PyBytes) r).value;
            }
            return null;
        }
    };

    /** {@code format % args}. */
    static byte[] format(byte[] format, PyObject args) {
        try {
            return PercentFormat.formatBytes(format, args, HOST);
        } catch (PyTypedError e) {
            throw Exc.fromTyped(e);
        }
    }
}
