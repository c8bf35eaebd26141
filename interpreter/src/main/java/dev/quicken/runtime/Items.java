package dev.quicken.runtime;

/**
 * Copies of {@code PyObject[]} arrays: {@code new PyObject[n]} and {@code System.arraycopy}, not
 * {@code Arrays.copyOf}. {@code Arrays.copyOf} of a {@code PyObject[]} allocates the copy through
 * {@code Array.newInstance} (a native call into the VM) wherever it is not compiled by C2 with the
 * array's class known: in HotSpot's interpreter, in C1's code while a program warms up, and in
 * C2's code of a method it did not inline into (nqueens' first run: 3% of the program's thread in
 * {@code JVM_NewArray}). {@code new PyObject[n]} is an inline allocation in both compilers.
 */
public final class Items {

    private Items() {
    }

    /** {@code a[0:n]}, padded with nulls when {@code n > a.length}. */
    public static PyObject[] copyOf(PyObject[] a, int n) {
        PyObject[] r = new PyObject[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }

    /** {@code a[from:to]}, padded with nulls past {@code a.length}. */
    public static PyObject[] copyOfRange(PyObject[] a, int from, int to) {
        int n = to - from;
        if (n < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        PyObject[] r = new PyObject[n];
        System.arraycopy(a, from, r, 0, Math.min(n, a.length - from));
        return r;
    }
}
