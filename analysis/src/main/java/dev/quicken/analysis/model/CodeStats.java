package dev.quicken.analysis.model;

import java.util.Set;
import java.util.TreeSet;

/** A code object that was quickened: when first, how many times (once per interpreter), by which interpreters. */
public final class CodeStats {

    private final CodeKey key;
    private String codeName;
    private long quickenings;
    private long firstNanos = Long.MAX_VALUE;
    private final Set<Integer> interpreters = new TreeSet<>();

    public CodeStats(CodeKey key) {
        this.key = key;
    }

    public CodeKey key() {
        return key;
    }

    /** {@code co_name}. */
    public String codeName() {
        return codeName == null ? key.qualName() : codeName;
    }

    public long quickenings() {
        return quickenings;
    }

    /** Epoch nanoseconds of the first quickening seen, or {@code Long.MAX_VALUE}. */
    public long firstNanos() {
        return firstNanos;
    }

    public Set<Integer> interpreters() {
        return interpreters;
    }

    void quickened(String name, long nanos, int interpreterId) {
        if (name != null && !name.isEmpty()) {
            codeName = name;
        }
        quickenings++;
        firstNanos = Math.min(firstNanos, nanos);
        if (interpreterId > 0) {
            interpreters.add(interpreterId);
        }
    }
}
