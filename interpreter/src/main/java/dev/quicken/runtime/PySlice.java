package dev.quicken.runtime;

/** {@code slice(start, stop, step)}. */
public final class PySlice extends PyObject {

    public static final PyType TYPE = new PyType("slice");

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * CPython 3.11: Objects/sliceobject.c PySlice_Unpack + PySlice_AdjustIndices.
     * Returns {start, stop, step, length} for a sequence of {@code length}.
     */
    public long[] indices(long length) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = Abstract.indexClamped(step);
            if (st == 0) {
                throw Exc.valueError("slice step cannot be zero");
            }
        }
        long lo;
        long hi;
        if (start == PyNone.NONE) {
            lo = st < 0 ? Long.MAX_VALUE : 0;
        } else {
            lo = Abstract.indexClamped(start);
        }
        if (stop == PyNone.NONE) {
            hi = st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            hi = Abstract.indexClamped(stop);
        }
        if (lo < 0) {
            lo += length;
            if (lo < 0) {
                lo = st < 0 ? -1 : 0;
            }
        } else if (lo >= length) {
            lo = st < 0 ? length - 1 : length;
        }
        if (hi < 0) {
            hi += length;
            if (hi < 0) {
                hi = st < 0 ? -1 : 0;
            }
        } else if (hi >= length) {
            hi = st < 0 ? length - 1 : length;
        }
        long n;
        if (st < 0) {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new long[] {lo, hi, st, n};
    }
}
