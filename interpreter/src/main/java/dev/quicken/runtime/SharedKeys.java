package dev.quicken.runtime;

import java.util.Arrays;
import java.util.HashMap;

/**
 * The keys of instance attributes shared by all instances of one heap type (CPython's
 * {@code ht_cached_keys}, a split-dict keys object): append-only, a name keeps its index for the
 * type's lifetime. Adding a name resets {@link #version} (CPython 3.11: dk_version).
 */
public final class SharedKeys {

    /** CPython 3.11: Objects/dictobject.c SHARED_KEYS_MAX_SIZE. */
    public static final int MAX_SIZE = 30;

    private final HashMap<String, Integer> index = new HashMap<>();
    private String[] names = new String[4];
    private int size;
    /** Keys version; 0 = unassigned (the specializer assigns it via {@link Versions}). */
    public int version;

    /** Index of {@code name}, or -1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** Index of {@code name}, appending it if there is room; -1 when full. */
    public int indexOrAdd(String name) {
        Integer i = index.get(name);
        if (i != null) {
            return i;
        }
        if (size >= MAX_SIZE) {
            return -1;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
        }
        names[size] = name;
        index.put(name, size);
        version = 0;
        return size++;
    }

    public int size() {
        return size;
    }

    public String name(int i) {
        return names[i];
    }
}
