package dev.quicken.analysis.report;

/**
 * Colours for "how much it specialized", 0 (never) to 1 (always), in eleven steps.
 *
 * <p>{@link #SAFE} (default) runs from vermillion through yellow to bluish green, the
 * Okabe–Ito colours, which stay apart for the common kinds of colour blindness because their
 * lightness differs too. {@link #HUE} is specialist's plain hue ramp, red (0°) to green (120°).
 */
public enum Palette {
    SAFE, HUE;

    /** Steps in the ramp. */
    public static final int STEPS = 11;

    private static final int[][] SAFE_STOPS = {{0xd5, 0x5e, 0x00}, {0xf0, 0xe4, 0x42}, {0x00, 0x9e, 0x73}};

    /** The CSS colour of step {@code i} (0..10). */
    public String color(int i) {
        double t = i / (double) (STEPS - 1);
        if (this == HUE) {
            return String.format("hsl(%d, 80%%, 70%%)", Math.round(120 * t));
        }
        int[] a = t <= 0.5 ? SAFE_STOPS[0] : SAFE_STOPS[1];
        int[] b = t <= 0.5 ? SAFE_STOPS[1] : SAFE_STOPS[2];
        double u = t <= 0.5 ? t * 2 : (t - 0.5) * 2;
        return String.format("#%02x%02x%02x", mix(a[0], b[0], u), mix(a[1], b[1], u), mix(a[2], b[2], u));
    }

    private static int mix(int a, int b, double u) {
        return (int) Math.round(a + (b - a) * u);
    }

    /** The step of a score 0..1. */
    public static int step(double score) {
        return (int) Math.round(Math.max(0, Math.min(1, score)) * (STEPS - 1));
    }

    /** Text colour readable on step {@code i}. */
    public String ink(int i) {
        return this == SAFE && i >= 8 ? "#ffffff" : "#000000";
    }
}
