package dev.quicken.analysis.model;

import java.util.List;
import java.util.Map;

/**
 * Everything a run's recording(s) say about specialization: the {@code _opcode} stats dict,
 * per-site statistics, quickened code objects and the deoptimization timeline.
 *
 * @param stats            totals per family
 * @param statsSource      where {@code stats} came from
 * @param byInterpreter    the stats of each interpreter id (summed over runs), from statistics snapshots
 * @param sites            instruction sites, ordered by code object and offset
 * @param codes            quickened code objects, ordered by first quickening
 * @param deopts           deoptimizations in time order (at most {@link ProfileBuilder#MAX_DEOPTS})
 * @param deoptsDropped    deoptimizations beyond the cap, counted but not kept
 * @param activity         per-period counter differences of all families, in time order
 * @param startNanos       epoch nanoseconds of the first quicken event, or 0
 * @param endNanos         epoch nanoseconds of the last quicken event, or 0
 * @param eventCounts      quicken events read, by event type name
 * @param sources          the recordings read
 * @param warnings         things the reader should know (lost events, inconsistent counts)
 * @param executionsCounted false when the recording's statistics say hits, misses and deferrals
 *                         were not counted (quicken.jfc's {@code executions=false}): those are then 0
 */
public record Profile(SpecializationStats stats, StatsSource statsSource,
        Map<Long, SpecializationStats> byInterpreter, List<SiteStats> sites,
        List<CodeStats> codes, List<Deopt> deopts, long deoptsDropped, List<Activity> activity, long startNanos, long endNanos,
        Map<String, Long> eventCounts, List<String> sources, List<String> warnings, boolean executionsCounted) {

    /** Where the per-family totals came from. */
    public enum StatsSource {
        /** The last cumulative statistics snapshot of each interpreter (exact totals). */
        STATISTICS,
        /** Summed from the per-period activity events (exact if no period was lost). */
        ACTIVITY,
        /** Counted from occurrence events: success, failure, failure kinds and deopt only. */
        OCCURRENCES,
        /** No quicken events at all. */
        NONE
    }

    /** One period's counter differences, summed over families and interpreters, ending at {@code nanos}. */
    public record Activity(long nanos, Counters delta) {
    }

    /** Number of quicken events read. */
    public long eventCount() {
        long n = 0;
        for (long c : eventCounts.values()) {
            n += c;
        }
        return n;
    }

    /** True when the recordings held no quicken event. */
    public boolean isEmpty() {
        return eventCount() == 0;
    }

    /** Seconds between the first and the last quicken event. */
    public double durationSeconds() {
        return endNanos > startNanos ? (endNanos - startNanos) / 1e9 : 0;
    }
}
