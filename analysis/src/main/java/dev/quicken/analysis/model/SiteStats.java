package dev.quicken.analysis.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics of one instruction site: its family, the form it was last seen in, where it is in
 * the source, the counters, which specialized forms it took and why attempts failed.
 */
public final class SiteStats {

    private final SiteKey key;
    private String family;
    private String instruction;
    private Positions positions = Positions.UNKNOWN;
    private final Counters counters = new Counters();
    private final Map<String, Long> forms = new TreeMap<>();
    private final Map<String, Long> reasons = new TreeMap<>();

    public SiteStats(SiteKey key) {
        this.key = key;
    }

    public SiteKey key() {
        return key;
    }

    /** The family's stats key ({@code load_attr}), or null when unknown. */
    public String family() {
        return family;
    }

    /** The last instruction form seen at this site ({@code LOAD_ATTR_SLOT}, {@code LOAD_ATTR_ADAPTIVE}). */
    public String instruction() {
        return instruction;
    }

    public Positions positions() {
        return positions;
    }

    public Counters counters() {
        return counters;
    }

    /** Specialized forms written at this site, with how often. */
    public Map<String, Long> forms() {
        return forms;
    }

    /** Failure reasons at this site (failure kind label, with operand types when known), with counts. */
    public Map<String, Long> reasons() {
        return reasons;
    }

    void family(String f) {
        if (f != null) {
            family = f;
        }
    }

    void instruction(String i) {
        if (i != null && !i.isEmpty()) {
            instruction = i;
        }
    }

    void positions(Positions p) {
        positions = positions.merge(p);
    }

    void addForm(String form, long n) {
        if (form != null && !form.isEmpty()) {
            forms.merge(form, n, Long::sum);
        }
    }

    void addReason(String reason, long n) {
        if (reason != null && !reason.isEmpty()) {
            reasons.merge(reason, n, Long::sum);
        }
    }

    /** Takes over what {@code other} (the same site under an incomplete key) knows. */
    void absorb(SiteStats other) {
        family(other.family);
        if (instruction == null) {
            instruction(other.instruction);
        }
        positions(other.positions);
        other.forms.forEach((k, v) -> forms.merge(k, v, Long::sum));
        other.reasons.forEach((k, v) -> reasons.merge(k, v, Long::sum));
    }

    /** The source line, or -1. */
    public int lineNumber() {
        return positions.lineNumber();
    }

    /**
     * How much this site specialized, 0..1: hits over executions of the quickened instruction
     * (hit + miss + deferred); NaN when it never ran quickened.
     */
    public double specializedRatio() {
        long n = counters.executions();
        return n == 0 ? Double.NaN : (double) counters.hit / n;
    }

    /** True when it never specialized although it was tried or ran adaptive. */
    public boolean neverSpecialized() {
        return counters.success == 0 && counters.hit == 0 && (counters.failure > 0 || counters.deferred > 0);
    }

    /** The most frequent failure reason, or the most frequent failure kind's label, or "". */
    public String mainReason() {
        String best = "";
        long n = -1;
        for (Map.Entry<String, Long> e : reasons.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        if (!best.isEmpty()) {
            return best;
        }
        int kind = -1;
        for (int i = 0; i < counters.failureKinds.length; i++) {
            if (counters.failureKinds[i] > 0 && (kind < 0 || counters.failureKinds[i] > counters.failureKinds[kind])) {
                kind = i;
            }
        }
        if (kind >= 0) {
            return FailureKinds.label(family, kind);
        }
        return counters.failure > 0 ? "no failure kind recorded" : "";
    }
}
