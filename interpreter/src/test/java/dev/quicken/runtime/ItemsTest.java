package dev.quicken.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Items}: the copies {@code Arrays.copyOf} / {@code copyOfRange} would make, typed PyObject[]. */
class ItemsTest {

    private static final PyObject A = new PyStr("a");
    private static final PyObject B = new PyStr("b");
    private static final PyObject C = new PyStr("c");

    @Test
    void copyOfTruncatesAndPads() {
        PyObject[] src = {A, B, C};
        PyObject[] same = Items.copyOf(src, 3);
        assertArrayEquals(src, same);
        assertNotSame(src, same);
        assertSame(PyObject[].class, same.getClass());
        assertArrayEquals(new PyObject[] {A, B}, Items.copyOf(src, 2));
        assertArrayEquals(new PyObject[] {A, B, C, null, null}, Items.copyOf(src, 5));
        assertArrayEquals(new PyObject[0], Items.copyOf(src, 0));
        assertThrows(NegativeArraySizeException.class, () -> Items.copyOf(src, -1));
    }

    @Test
    void copyOfRangeAsArrays() {
        PyObject[] src = {A, B, C};
        assertArrayEquals(new PyObject[] {B, C}, Items.copyOfRange(src, 1, 3));
        assertArrayEquals(new PyObject[] {C, null}, Items.copyOfRange(src, 2, 4));
        assertArrayEquals(new PyObject[0], Items.copyOfRange(src, 3, 3));
        assertArrayEquals(new PyObject[] {null}, Items.copyOfRange(src, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> Items.copyOfRange(src, 2, 1));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> Items.copyOfRange(src, 4, 5));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> Items.copyOfRange(src, -1, 1));
    }
}
