package dev.quicken.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path of the shortest repr against the exact search it short-cuts. */
class FloatFormatTest {

    private static final boolean SLOW = Boolean.getBoolean("quicken.slow");

    private static void same(double x) {
        FloatFormat.Digits fast = FloatFormat.shortest(x);
        FloatFormat.Digits exact = FloatFormat.shortestExact(Math.abs(x), x < 0, 1);
        String what = Double.toString(x) + " bits " + Long.toHexString(Double.doubleToRawLongBits(x));
        assertEquals(exact.digits + "e" + exact.decpt, fast.digits + "e" + fast.decpt, what);
    }

    @Test
    void fastShortestEqualsExactSearch() {
        long seed = Long.getLong("quicken.seed", 11);
        Random rng = new Random(seed);
        int n = SLOW ? 2_000_000 : 12_000;
        for (int i = 0; i < n; i++) {
            double x;
            switch (i % 5) {
                case 0:
                    x = Double.longBitsToDouble(rng.nextLong());
                    break;
                case 1:
                    x = (rng.nextInt(2_000_001) - 1_000_000) / Math.pow(10, rng.nextInt(12));
                    break;
                case 2:
                    x = Double.parseDouble((1 + rng.nextInt(999_999_999)) + "e" + (rng.nextInt(600) - 300));
                    break;
                case 3:
                    x = Double.parseDouble(rng.nextLong() + "e" + (rng.nextInt(40) - 20));
                    break;
                default:
                    x = Math.scalb(1.0 + rng.nextInt(1 << 20) / (double) (1 << 20), rng.nextInt(2040) - 1020);
            }
            if (!Double.isNaN(x) && !Double.isInfinite(x)) {
                same(x);
            }
        }
    }
}
