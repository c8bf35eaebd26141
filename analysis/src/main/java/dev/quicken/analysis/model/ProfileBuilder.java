package dev.quicken.analysis.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Aggregates events into a {@link Profile}. The event layer ({@code dev.quicken.analysis.load})
 * calls one method per event; this class knows nothing of JFR.
 *
 * <p>Statistics snapshots are cumulative since the interpreter started. For each
 * (recording, interpreter, family) and each (recording, interpreter, site) only the latest snapshot
 * counts (the greater one when two share a timestamp); the totals are the sums of those over
 * interpreters and recordings. So a recording with periodic flushes plus the {@code endChunk}
 * flush, split over several chunks, counts each interpreter once.
 */
public final class ProfileBuilder {

    /** Deoptimizations kept for the timeline; the rest are only counted. */
    public static final int MAX_DEOPTS = 200_000;

    private record FamilySnapKey(int recording, long interpreter, String family) {
    }

    private record SiteSnapKey(int recording, long interpreter, SiteKey site) {
    }

    private record Snapshot(long nanos, Counters counters) {
    }

    private record KindSnapKey(int recording, long interpreter, String family, int kind) {
    }

    private record KindSnapshot(long nanos, long count) {
    }

    /** Activity samples kept for the timeline. */
    public static final int MAX_ACTIVITY = 100_000;

    private final Map<FamilySnapKey, Snapshot> familySnapshots = new HashMap<>();
    private final Map<SiteSnapKey, Snapshot> siteSnapshots = new HashMap<>();
    private final Map<KindSnapKey, KindSnapshot> kindSnapshots = new HashMap<>();
    private final SpecializationStats activityTotals = new SpecializationStats();
    private final TreeMap<Long, Counters> activity = new TreeMap<>();
    private final SpecializationStats occurrences = new SpecializationStats();
    private final Map<SiteKey, Counters> siteOccurrences = new HashMap<>();
    private final Map<SiteKey, SiteStats> sites = new HashMap<>();
    private final Map<CodeKey, CodeStats> codes = new HashMap<>();
    private final List<Deopt> deopts = new ArrayList<>();
    private long deoptsDropped;
    private final Map<String, Long> eventCounts = new HashMap<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean executionsCounted = true;
    /** The smallest finite {@code siteLimit} per event type, from the recordings' {@code jdk.ActiveSetting}. */
    private final Map<String, Long> siteLimits = new HashMap<>();
    private long startNanos = Long.MAX_VALUE;
    private long endNanos = Long.MIN_VALUE;

    private final Map<Integer, Integer> sameRun = new HashMap<>();

    /** Recording {@code recording} comes from the same JVM run as the earlier {@code first}. */
    public void sameRun(int recording, int first) {
        sameRun.put(recording, sameRun.getOrDefault(first, first));
    }

    private int run(int recording) {
        return sameRun.getOrDefault(recording, recording);
    }

    /** Notes a recording being read. */
    public void source(String name) {
        sources.add(name);
    }

    /**
     * A statistics event said hits, misses and deferrals were not being counted (the recording's
     * {@code quicken.SpecializationStatistics#executions} was false, as in quicken.jfc).
     */
    public void executionsNotCounted() {
        if (executionsCounted) {
            executionsCounted = false;
            warn(NOT_COUNTED);
        }
    }

    /** What reports say when a recording did not count executions. */
    public static final String NOT_COUNTED = "Hits, misses and deferrals were not counted in this recording (the default "
            + "settings count the specialization decisions only); record with settings=detailed (quicken-detailed.jfc, "
            + "or executions=true on quicken.SpecializationStatistics) to count them";

    /** What a rule about executions says when the recording did not count them. */
    public static final String NOT_COUNTED_SHORT = "Hits, misses and deferrals were not counted (default settings); "
            + "record with settings=detailed to count them.";

    /** Adds a warning shown in reports. */
    public void warn(String message) {
        if (!warnings.contains(message)) {
            warnings.add(message);
        }
    }

    /** Counts one event of {@code type} at {@code nanos}. */
    public void event(String type, long nanos) {
        eventCounts.merge(type, 1L, Long::sum);
        if (nanos > 0) {
            startNanos = Math.min(startNanos, nanos);
            endNanos = Math.max(endNanos, nanos);
        }
    }

    private SiteStats site(SiteKey key) {
        return sites.computeIfAbsent(key, SiteStats::new);
    }

    private Counters siteOccurrence(SiteKey key) {
        return siteOccurrences.computeIfAbsent(key, k -> new Counters());
    }

    /** A code object was quickened. */
    public void quickened(CodeKey code, String codeName, int interpreterId, long nanos) {
        codes.computeIfAbsent(code, CodeStats::new).quickened(codeName, nanos, interpreterId);
    }

    /** An adaptive instruction was specialized into {@code form}. */
    public void specialized(SiteKey site, String family, String form, Positions pos) {
        SiteStats s = site(site);
        s.family(family);
        s.instruction(form);
        s.positions(pos);
        s.addForm(form, 1);
        siteOccurrence(site).success++;
        if (family != null && Families.byKey(family) != null) {
            occurrences.family(family).success++;
        }
    }

    /** An attempt to specialize failed with {@code kind} (-1 when none was recorded). */
    public void failed(SiteKey site, String family, String instruction, int kind, String reason, Positions pos) {
        SiteStats s = site(site);
        s.family(family);
        s.instruction(instruction);
        s.positions(pos);
        String label = reason;
        if ((label == null || label.isEmpty()) && kind >= 0) {
            label = FailureKinds.label(family, kind);
        }
        s.addReason(label, 1);
        Counters c = siteOccurrence(site);
        c.failure++;
        if (kind >= 0 && kind < FailureKinds.COUNT) {
            c.failureKinds[kind]++;
        }
        if (family != null && Families.byKey(family) != null) {
            Counters f = occurrences.family(family);
            f.failure++;
            if (kind >= 0 && kind < FailureKinds.COUNT) {
                f.failureKinds[kind]++;
            }
        }
    }

    /** A specialized instruction {@code form} went back to adaptive. */
    public void deoptimized(SiteKey site, String family, String form, String reason, Positions pos, long nanos) {
        SiteStats s = site(site);
        s.family(family);
        s.instruction(form);
        s.positions(pos);
        siteOccurrence(site).deopt++;
        if (family != null && Families.byKey(family) != null) {
            occurrences.family(family).deopt++;
        }
        if (deopts.size() < MAX_DEOPTS) {
            deopts.add(new Deopt(nanos, site, family, form, pos == null ? -1 : pos.lineNumber(), reason));
        } else {
            deoptsDropped++;
        }
    }

    /** A cumulative statistics snapshot of one family in one interpreter. */
    public void familySnapshot(int recording, long interpreterId, String family, long nanos, Counters counters) {
        if (family == null || Families.byKey(family) == null) {
            return;
        }
        familySnapshots.merge(new FamilySnapKey(recording, interpreterId, family), new Snapshot(nanos, counters),
                ProfileBuilder::later);
    }

    /** A cumulative count of one failure kind of one family in one interpreter. */
    public void failureKindSnapshot(int recording, long interpreterId, String family, int kind, long nanos,
            long count) {
        if (family == null || Families.byKey(family) == null || kind < 0 || kind >= FailureKinds.COUNT) {
            return;
        }
        kindSnapshots.merge(new KindSnapKey(recording, interpreterId, family, kind), new KindSnapshot(nanos, count),
                (a, b) -> a.nanos != b.nanos ? (a.nanos > b.nanos ? a : b) : (a.count >= b.count ? a : b));
    }

    /** One period's counter differences of one family in one interpreter. */
    public void activity(int recording, long interpreterId, String family, long nanos, Counters delta) {
        if (family == null || Families.byKey(family) == null) {
            return;
        }
        activityTotals.family(family).add(delta);
        if (activity.size() < MAX_ACTIVITY || activity.containsKey(nanos)) {
            activity.computeIfAbsent(nanos, k -> new Counters()).add(delta);
        }
    }

    /** A cumulative statistics snapshot of one instruction site in one interpreter. */
    public void siteSnapshot(int recording, long interpreterId, SiteKey site, String family, String instruction,
            Positions pos, long nanos, Counters counters) {
        SiteStats s = site(site);
        s.family(family);
        s.instruction(instruction);
        s.positions(pos);
        siteSnapshots.merge(new SiteSnapKey(recording, interpreterId, site), new Snapshot(nanos, counters),
                ProfileBuilder::later);
    }

    private static Snapshot later(Snapshot a, Snapshot b) {
        if (a.nanos != b.nanos) {
            return a.nanos > b.nanos ? a : b;
        }
        return a.counters.magnitude() >= b.counters.magnitude() ? a : b;
    }

    /** The profile of everything seen. */
    public Profile build() {
        SpecializationStats stats = new SpecializationStats();
        Map<Long, SpecializationStats> byInterpreter = new TreeMap<>();
        Profile.StatsSource source;
        resolveFirstLines();
        if (!sameRun.isEmpty()) {
            Map<FamilySnapKey, Snapshot> f = new HashMap<>();
            familySnapshots.forEach((k, v) -> f.merge(new FamilySnapKey(run(k.recording()), k.interpreter(),
                    k.family()), v, ProfileBuilder::later));
            familySnapshots.clear();
            familySnapshots.putAll(f);
            Map<SiteSnapKey, Snapshot> s = new HashMap<>();
            siteSnapshots.forEach((k, v) -> s.merge(new SiteSnapKey(run(k.recording()), k.interpreter(), k.site()), v,
                    ProfileBuilder::later));
            siteSnapshots.clear();
            siteSnapshots.putAll(s);
            Map<KindSnapKey, KindSnapshot> ks = new HashMap<>();
            kindSnapshots.forEach((k, v) -> ks.merge(new KindSnapKey(run(k.recording()), k.interpreter(), k.family(),
                    k.kind()), v, (a, b) -> a.nanos() != b.nanos() ? (a.nanos() > b.nanos() ? a : b)
                            : (a.count() >= b.count() ? a : b)));
            kindSnapshots.clear();
            kindSnapshots.putAll(ks);
        }
        if (!familySnapshots.isEmpty()) {
            source = Profile.StatsSource.STATISTICS;
            for (Map.Entry<FamilySnapKey, Snapshot> e : familySnapshots.entrySet()) {
                stats.family(e.getKey().family()).add(e.getValue().counters());
                byInterpreter.computeIfAbsent(e.getKey().interpreter(), k -> new SpecializationStats())
                        .family(e.getKey().family()).add(e.getValue().counters());
            }
            for (Map.Entry<KindSnapKey, KindSnapshot> e : kindSnapshots.entrySet()) {
                stats.family(e.getKey().family()).failureKinds[e.getKey().kind()] += e.getValue().count();
                byInterpreter.computeIfAbsent(e.getKey().interpreter(), k -> new SpecializationStats())
                        .family(e.getKey().family()).failureKinds[e.getKey().kind()] += e.getValue().count();
            }
            checkOccurrences(stats);
        } else if (!activityTotals.total().isZero()) {
            source = Profile.StatsSource.ACTIVITY;
            stats.add(activityTotals);
            for (Map.Entry<String, Counters> f : occurrences.families().entrySet()) {
                System.arraycopy(f.getValue().failureKinds, 0, stats.family(f.getKey()).failureKinds, 0,
                        FailureKinds.COUNT);
            }
            warn("No statistics events: totals are summed from the per-period activity events; failure kinds "
                    + "are counted from occurrence events.");
        } else if (!occurrences.total().isZero()) {
            source = Profile.StatsSource.OCCURRENCES;
            stats.add(occurrences);
            warn("No statistics events: success, failure and deopt are counted from occurrence events; "
                    + "hit, deferred and miss are unknown.");
        } else {
            source = Profile.StatsSource.NONE;
        }

        Map<SiteKey, Counters> siteTotals = new HashMap<>();
        for (Map.Entry<SiteSnapKey, Snapshot> e : siteSnapshots.entrySet()) {
            siteTotals.computeIfAbsent(e.getKey().site(), k -> new Counters()).add(e.getValue().counters());
        }
        for (SiteStats s : sites.values()) {
            Counters fromSnapshots = siteTotals.get(s.key());
            Counters fromEvents = siteOccurrences.get(s.key());
            if (fromSnapshots != null) {
                s.counters().add(fromSnapshots);
                if (fromEvents != null && Arrays.stream(fromSnapshots.failureKinds).allMatch(k -> k == 0)) {
                    // the site statistics carry no failure kinds: take them from the failure events
                    System.arraycopy(fromEvents.failureKinds, 0, s.counters().failureKinds, 0, FailureKinds.COUNT);
                }
            } else if (fromEvents != null) {
                s.counters().add(fromEvents);
            }
        }

        List<CodeStats> codeList = new ArrayList<>(codes.values());
        codeList.sort(Comparator.comparingLong(CodeStats::firstNanos).thenComparing(CodeStats::key));
        List<Deopt> deoptList = new ArrayList<>(deopts);
        deoptList.sort(Comparator.comparingLong(Deopt::nanos));
        boolean any = !eventCounts.isEmpty();
        List<Profile.Activity> activityList = new ArrayList<>();
        activity.forEach((t, c) -> activityList.add(new Profile.Activity(t, c)));
        List<SiteStats> siteList = new ArrayList<>(sites.values());
        siteList.sort(Comparator.comparing(SiteStats::key));
        return new Profile(stats, source, java.util.Collections.unmodifiableMap(byInterpreter), List.copyOf(siteList), List.copyOf(codeList), List.copyOf(deoptList),
                deoptsDropped, List.copyOf(activityList), any && startNanos != Long.MAX_VALUE ? startNanos : 0,
                any && endNanos != Long.MIN_VALUE ? endNanos : 0, new TreeMap<>(eventCounts),
                List.copyOf(sources), List.copyOf(warnings), executionsCounted);
    }

    /**
     * Occurrence events may name a code object without its first line (the key of the statistics
     * events has it): such sites join the site of the same file, function and offset whose code
     * object is known, when there is exactly one.
     */
    private void resolveFirstLines() {
        Map<List<String>, java.util.Set<CodeKey>> known = new HashMap<>();
        java.util.function.Consumer<CodeKey> note = k -> {
            if (k.firstLineNumber() > 0) {
                known.computeIfAbsent(List.of(k.fileName(), k.qualName()), x -> new java.util.HashSet<>()).add(k);
            }
        };
        codes.keySet().forEach(note);
        sites.keySet().forEach(k -> note.accept(k.code()));
        Map<SiteKey, SiteKey> moved = new HashMap<>();
        for (SiteKey k : List.copyOf(sites.keySet())) {
            if (k.code().firstLineNumber() > 0) {
                continue;
            }
            java.util.Set<CodeKey> candidates = known.get(List.of(k.code().fileName(), k.code().qualName()));
            if (candidates == null || candidates.size() != 1) {
                continue;
            }
            SiteKey to = new SiteKey(candidates.iterator().next(), k.offset());
            moved.put(k, to);
            SiteStats from = sites.remove(k);
            site(to).absorb(from);
            Counters c = siteOccurrences.remove(k);
            if (c != null) {
                siteOccurrence(to).add(c);
            }
        }
        if (!moved.isEmpty()) {
            deopts.replaceAll(d -> moved.containsKey(d.site()) ? new Deopt(d.nanos(), moved.get(d.site()), d.family(),
                    d.instruction(), d.lineNumber(), d.reason()) : d);
        }
    }

    /**
     * A recording's {@code siteLimit} for event type {@code eventType} (at most that many of the
     * event per site, {@code unlimited} or a count): the smallest finite one read is kept.
     */
    public void siteLimit(String eventType, String value) {
        if (eventType == null || value == null) {
            return;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n >= 0) {
                siteLimits.merge(eventType, n, Math::min);
            }
        } catch (NumberFormatException e) {
            // unlimited
        }
    }

    private void checkOccurrences(SpecializationStats stats) {
        Counters seen = occurrences.total();
        Counters total = stats.total();
        if (seen.isZero()) {
            return;
        }
        if (seen.success > total.success || seen.deopt > total.deopt || seen.failure > total.failure) {
            warn(String.format("More occurrence events than the statistics count (success %d/%d, failure %d/%d, "
                    + "deopt %d/%d): recordings of one run read twice?", seen.success, total.success, seen.failure,
                    total.failure, seen.deopt, total.deopt));
        } else if (!siteLimits.isEmpty() && seen.failure == total.failure
                && (seen.success < total.success || seen.deopt < total.deopt)) {
            warn(String.format("Specialization and deoptimization events were limited per site (siteLimit %s): lists of "
                    + "these events show the first ones per site (success %d of %d, deopt %d of %d events); the "
                    + "statistics count all of them.", limits(), seen.success, total.success, seen.deopt, total.deopt));
        } else if (seen.success < total.success || seen.deopt < total.deopt || seen.failure < total.failure) {
            warn(String.format("Occurrence events cover part of the run (success %d of %d, failure %d of %d, "
                    + "deopt %d of %d): the recording started late, an event was disabled, or events were lost.",
                    seen.success, total.success, seen.failure, total.failure, seen.deopt, total.deopt));
        }
    }

    /** "10" or "quicken.Specialization 10, quicken.Deoptimization 100". */
    private String limits() {
        Set<Long> values = new TreeSet<>(siteLimits.values());
        if (values.size() == 1) {
            return values.iterator().next().toString();
        }
        StringBuilder b = new StringBuilder();
        new TreeMap<>(siteLimits).forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return b.toString();
    }
}
