package dev.quicken.runtime;

/**
 * The buffer protocol as quicken models it: an object "supports the buffer protocol" when its
 * bytes can be read as one contiguous byte array: {@code bytes}, {@code bytearray} and
 * {@code memoryview} (and their subclasses), and the {@link BufferExporter}s ({@code array.array}).
 */
public final class Buffers {

    private Buffers() {
    }

    /** Whether {@code o} is bytes-like ({@code PyObject_CheckBuffer}). */
    public static boolean check(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView
                || o instanceof BufferExporter;
    }

    /**
     * The bytes of a bytes-like object, or null. For {@code bytes} this is the object's own array
     * (never modify it); for the others a copy of the current contents.
     */
    public static byte[] of(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        if (o instanceof PyByteArray) {
            return ((PyByteArray) o).toByteArray();
        }
        if (o instanceof PyMemoryView) {
            return ((PyMemoryView) o).toByteArray();
        }
        if (o instanceof BufferExporter) {
            BufferExporter e = (BufferExporter) o;
            return java.util.Arrays.copyOf(e.bufferArray(), e.bufferLength());
        }
        return null;
    }

    /** The bytes of a bytes-like object; TypeError "a bytes-like object is required, not 'T'" otherwise. */
    public static byte[] require(PyObject o) {
        byte[] b = of(o);
        if (b == null) {
            throw Exc.typeError("a bytes-like object is required, not '" + Abstract.typeName(o) + "'");
        }
        return b;
    }
}
