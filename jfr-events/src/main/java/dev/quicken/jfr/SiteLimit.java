package dev.quicken.jfr;

import java.util.Set;
import jdk.jfr.SettingControl;

/**
 * The {@code siteLimit} setting of {@link SpecializationEvent} and {@link DeoptimizationEvent}: at
 * most this many of the event per instruction site, counted from when the settings last changed
 * (a recording started or stopped), or {@code unlimited} (the default when no recording names it).
 *
 * <p>Some programs deoptimize and re-specialize the same sites thousands of times per second
 * (richards, as in CPython 3.11: a specialized instruction that misses 53 times goes back to its
 * adaptive form and specializes again). The events say what was decided where; after the first
 * few per site they repeat themselves, and each costs the running program a few microseconds.
 * Only the events are limited: the statistics events ({@code quicken.SpecializationStatistics},
 * {@code quicken.InstructionStatistics}) count every specialization and deoptimization, exactly.
 * quicken.jfc sets a small limit, quicken-detailed.jfc a larger one; a reader can tell from the
 * recording's {@code jdk.ActiveSetting} events ({@link #NAME}) that events were limited.
 *
 * <p>With several recordings, the largest limit wins (so every recording gets at least what it asked
 * for). The counters per site are plain ints shared by threads: with several threads on one site the
 * limit is approximate, never the statistics.
 */
public abstract class SiteLimit extends SettingControl {

    /** The setting's name in a {@code .jfc} or a recording's settings ({@code quicken.Specialization#siteLimit}). */
    public static final String NAME = "siteLimit";

    /** The value for no limit. */
    public static final String UNLIMITED = "unlimited";

    private static volatile int specializations = Integer.MAX_VALUE;
    private static volatile int deoptimizations = Integer.MAX_VALUE;
    private static volatile int specializationGeneration;
    private static volatile int deoptimizationGeneration;

    private String value = UNLIMITED;

    SiteLimit() {
    }

    /** Events of {@link SpecializationEvent} per site allowed now ({@code Integer.MAX_VALUE}: no limit). */
    public static int specializations() {
        return specializations;
    }

    /** Events of {@link DeoptimizationEvent} per site allowed now. */
    public static int deoptimizations() {
        return deoptimizations;
    }

    /**
     * Changes whenever the specialization limit is set (a recording started or stopped, or the event
     * type was registered): a site's event counts from an older generation start again at 0.
     */
    public static int specializationGeneration() {
        return specializationGeneration;
    }

    /** As {@link #specializationGeneration()}, for the deoptimization limit. */
    public static int deoptimizationGeneration() {
        return deoptimizationGeneration;
    }

    /** The limit {@code value} stands for: a count (0 and up), or {@code Integer.MAX_VALUE} for unlimited or unreadable. */
    public static int parse(String value) {
        if (value == null) {
            return Integer.MAX_VALUE;
        }
        try {
            long n = Long.parseLong(value.trim());
            return n < 0 ? Integer.MAX_VALUE : (int) Math.min(n, Integer.MAX_VALUE);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    @Override
    public String combine(Set<String> values) {
        int max = -1;
        for (String v : values) {
            max = Math.max(max, parse(v));
        }
        return max < 0 || max == Integer.MAX_VALUE ? UNLIMITED : Integer.toString(max);
    }

    @Override
    public void setValue(String value) {
        this.value = value;
        apply(parse(value));
    }

    @Override
    public String getValue() {
        return value;
    }

    abstract void apply(int limit);

    /** {@code quicken.Specialization#siteLimit}. */
    public static final class Specializations extends SiteLimit {
        public Specializations() {
        }

        @Override
        void apply(int limit) {
            specializations = limit;
            specializationGeneration++;
        }
    }

    /** {@code quicken.Deoptimization#siteLimit}. */
    public static final class Deoptimizations extends SiteLimit {
        public Deoptimizations() {
        }

        @Override
        void apply(int limit) {
            deoptimizations = limit;
            deoptimizationGeneration++;
        }
    }
}
