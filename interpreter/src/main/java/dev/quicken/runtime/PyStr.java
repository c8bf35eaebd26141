package dev.quicken.runtime;

/**
 * {@code str}: a sequence of code points, held as a Java {@link String} (UTF-16; a code point
 * above U+FFFF is a surrogate pair; lone surrogates are allowed, as in CPython).
 *
 * <p>A Python string in which a high-surrogate code point is directly followed by a low-surrogate
 * code point cannot be told apart in UTF-16 from the one astral code point they would pair into.
 * For such a string {@link #codePoints} keeps the true code points, so marshal, {@code repr} and
 * {@code hash} stay exact; other operations see {@link #value} (see docs/DIFFERENCES.md).
 */
public class PyStr extends PyObject {

    public static final PyType TYPE = new PyType("str");

    public final String value;
    /** The true code points when {@link #value} would pair two surrogate code points; else null. */
    public final int[] codePoints;

    public PyStr(String value) {
        this.value = value;
        this.codePoints = null;
    }

    private PyStr(String value, int[] codePoints) {
        this.value = value;
        this.codePoints = codePoints;
    }

    /** The str of the first {@code n} code points of {@code cps}. */
    public static PyStr ofCodePoints(int[] cps, int n) {
        String s = new String(cps, 0, n);
        for (int i = 0; i + 1 < n; i++) {
            if (Character.isHighSurrogate((char) cps[i]) && cps[i] <= 0xffff
                    && Character.isLowSurrogate((char) cps[i + 1]) && cps[i + 1] <= 0xffff) {
                return new PyStr(s, java.util.Arrays.copyOf(cps, n));
            }
        }
        return new PyStr(s);
    }

    /** The code points of this string. */
    public int[] codePointArray() {
        return codePoints != null ? codePoints.clone() : value.codePoints().toArray();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return value;
    }
}
