package dev.quicken.eval;

/**
 * The 16-bit counter in the first cache unit of every cached instruction (spec §4.1): while the
 * instruction is adaptive it is a back-off counter (12-bit value, 4-bit back-off exponent); while
 * it is specialized it is a plain miss counter.
 */
public final class AdaptiveCounter {

    private AdaptiveCounter() {
    }

    /** CPython 3.11: Include/internal/pycore_code.h ADAPTIVE_BACKOFF_BITS. */
    public static final int BACKOFF_BITS = 4;
    /** CPython 3.11: ADAPTIVE_BACKOFF_START. */
    public static final int BACKOFF_START = 5;
    /** CPython 3.11: MAX_BACKOFF_VALUE. */
    public static final int MAX_BACKOFF_VALUE = 16 - BACKOFF_BITS;
    /** CPython 3.11: Python/specialize.c miss_counter_start(). */
    public static final int MISS_COUNTER_START = 53;

    // CPython 3.11: Include/internal/pycore_code.h adaptive_counter_bits
    public static int bits(int value, int backoff) {
        return (value << BACKOFF_BITS) | (backoff & ((1 << BACKOFF_BITS) - 1));
    }

    // CPython 3.11: Include/internal/pycore_code.h adaptive_counter_start
    public static int start() {
        int value = (1 << BACKOFF_START) - 1;
        return bits(value, BACKOFF_START);
    }

    // CPython 3.11: Include/internal/pycore_code.h adaptive_counter_backoff
    public static int backoff(int counter) {
        int backoff = counter & ((1 << BACKOFF_BITS) - 1);
        backoff++;
        if (backoff > MAX_BACKOFF_VALUE) {
            backoff = MAX_BACKOFF_VALUE;
        }
        int value = (1 << backoff) - 1;
        return bits(value, backoff);
    }

    /** CPython 3.11: ADAPTIVE_COUNTER_IS_ZERO (the value field is 0, back-off bits ignored). */
    public static boolean isZero(int counter) {
        return counter < (1 << BACKOFF_BITS);
    }

    /** CPython 3.11: DECREMENT_ADAPTIVE_COUNTER. */
    public static int decrement(int counter) {
        return counter - (1 << BACKOFF_BITS);
    }
}
