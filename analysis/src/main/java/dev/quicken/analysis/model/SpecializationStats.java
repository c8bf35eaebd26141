package dev.quicken.analysis.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code _opcode.get_specialization_stats()} returns in a CPython 3.11 statistics build:
 * one {@link Counters} per family, keyed {@code load_attr}, {@code load_global}, ... in CPython's
 * order.
 */
public final class SpecializationStats {

    private final Map<String, Counters> families = new LinkedHashMap<>();

    /** All eleven families at zero. */
    public SpecializationStats() {
        for (String key : Families.KEYS) {
            families.put(key, new Counters());
        }
    }

    /** The counters of family {@code key} ({@code "load_attr"}); never null for the eleven keys. */
    public Counters family(String key) {
        Counters c = families.get(key);
        if (c == null) {
            throw new IllegalArgumentException("not a specialization family: " + key);
        }
        return c;
    }

    /** The families in key order. */
    public Map<String, Counters> families() {
        return Collections.unmodifiableMap(families);
    }

    /** Adds every family of {@code other} into this. */
    public void add(SpecializationStats other) {
        for (Map.Entry<String, Counters> e : other.families.entrySet()) {
            families.get(e.getKey()).add(e.getValue());
        }
    }

    /** The sum over all families. */
    public Counters total() {
        Counters t = new Counters();
        for (Counters c : families.values()) {
            t.add(c);
        }
        return t;
    }

    /** The dict printed as CPython 3.11 prints it ({@code repr}). */
    public String toPythonRepr() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Counters> e : families.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            Counters c = e.getValue();
            sb.append('\'').append(e.getKey()).append("': {");
            for (String name : Counters.NAMES) {
                sb.append('\'').append(name).append("': ").append(c.get(name)).append(", ");
            }
            sb.append("'failure_kinds': (");
            for (int i = 0; i < c.failureKinds.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(c.failureKinds[i]);
            }
            sb.append(")}");
        }
        return sb.append('}').toString();
    }

    /** The same dict as JSON (the tuple becomes an array), one family per line. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\n");
        boolean first = true;
        for (Map.Entry<String, Counters> e : families.entrySet()) {
            if (!first) {
                sb.append(",\n");
            }
            first = false;
            Counters c = e.getValue();
            sb.append("  \"").append(e.getKey()).append("\": {");
            for (String name : Counters.NAMES) {
                sb.append('"').append(name).append("\": ").append(c.get(name)).append(", ");
            }
            sb.append("\"failure_kinds\": [");
            for (int i = 0; i < c.failureKinds.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(c.failureKinds[i]);
            }
            sb.append("]}");
        }
        return sb.append("\n}").toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecializationStats s && families.equals(s.families);
    }

    @Override
    public int hashCode() {
        return families.hashCode();
    }

    @Override
    public String toString() {
        return toPythonRepr();
    }
}
