package dev.quicken.code;

import dev.quicken.runtime.PyStr;

/** UTF-8 with CPython's {@code surrogatepass} error handler (lone surrogates encode as 3 bytes). */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Decodes strictly, except that encoded surrogates (U+D800..U+DFFF) are accepted.
     *
     * @return the string, or throws with CPython's UnicodeDecodeError wording
     */
    // CPython 3.11: Objects/unicodeobject.c unicode_decode_utf8 (strict + surrogatepass)
    static String decode(byte[] b, int off, int len) throws IllegalArgumentException {
        return decodeStr(b, off, len).value;
    }

    /** {@link #decode}, keeping surrogate code points apart (see {@link PyStr#codePoints}). */
    static PyStr decodeStr(byte[] b, int off, int len) throws IllegalArgumentException {
        int[] sb = new int[len];
        int count = 0;
        int end = off + len;
        int i = off;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                sb[count++] = c;
                i++;
                continue;
            }
            int need;
            int cp;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                cp = c & 0x1F;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                cp = c & 0x0F;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                cp = c & 0x07;
                min = 0x10000;
            } else {
                throw error(c, i - off, "invalid start byte");
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= end) {
                    throw error(c, i - off, "unexpected end of data");
                }
                int cc = b[i + k] & 0xFF;
                boolean ok = (cc & 0xC0) == 0x80;
                // second byte ranges that make overlongs / too-large values invalid
                if (ok && k == 1) {
                    if (c == 0xE0 && cc < 0xA0 || c == 0xF0 && cc < 0x90 || c == 0xF4 && cc > 0x8F) {
                        ok = false;
                    }
                }
                if (!ok) {
                    throw error(c, i - off, "invalid continuation byte");
                }
                cp = cp << 6 | (cc & 0x3F);
            }
            if (cp < min) {
                throw error(c, i - off, "invalid continuation byte");
            }
            sb[count++] = cp;
            i += need + 1;
        }
        return PyStr.ofCodePoints(sb, count);
    }

    private static IllegalArgumentException error(int b, int pos, String reason) {
        return new IllegalArgumentException(
                String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b, pos, reason));
    }

    /** Encodes code points; lone surrogates (unpaired in the Java string) as 3-byte sequences. */
    static byte[] encode(String s) {
        return encode(s.codePoints().toArray());
    }

    /** Encodes code points; surrogates as 3-byte sequences ({@code surrogatepass}). */
    static byte[] encode(int[] cps) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(cps.length + 8);
        for (int cp : cps) {
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        }
        return out.toByteArray();
    }
}
