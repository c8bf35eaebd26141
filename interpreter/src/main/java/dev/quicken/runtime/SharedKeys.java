package dev.quicken.runtime;

import java.util.Arrays;

/**
 * The keys of instance attributes shared by all instances of one heap type (CPython's
 * {@code ht_cached_keys}, a split-dict keys object): append-only, a name keeps its index for the
 * type's lifetime. Adding a name resets {@link #version} (CPython 3.11: dk_version).
 */
public final class SharedKeys {

    /** CPython 3.11: Objects/dictobject.c SHARED_KEYS_MAX_SIZE. */
    public static final int MAX_SIZE = 30;

    /** The names in index order; at most {@link #MAX_SIZE}, so a scan beats hashing. */
    private String[] names = new String[4];
    /** {@code names[i].hashCode()}, so a scan compares strings only when the hashes agree. */
    private int[] hashes = new int[4];
    /**
     * By {@code hashCode() & 63}: 1 + the index of the first name in that bucket, 0 when no name is.
     * An interned name (every name from a code object) is found in three loads; an empty bucket
     * proves a name absent (the common miss: a method name looked for among instance attributes).
     */
    private final byte[] buckets = new byte[64];
    /**
     * By index: a version tag of the owning type at which the type had no attribute of that name,
     * so that an instance's value is the attribute (0: not known). Set by the generic attribute
     * load; a new tag (any change to the type or a base) makes it stale.
     */
    private int[] plainTags = new int[4];
    private int size;
    /** Keys version; 0 = unassigned (the specializer assigns it via {@link Versions}). */
    public int version;

    /** Index of {@code name}, or -1. */
    public int indexOf(String name) {
        int h = name.hashCode();
        int i = buckets[h & 63] - 1;
        if (i < 0) {
            return -1;
        }
        if (names[i] == name) {
            return i;
        }
        return indexOfEqual(name, h);
    }

    /** A name sharing its bucket with another, or not interned: a scan comparing hashes, then strings. */
    private int indexOfEqual(String name, int h) {
        String[] ns = names;
        int[] hs = hashes;
        for (int i = 0, n = size; i < n; i++) {
            if (hs[i] == h && (ns[i] == name || ns[i].equals(name))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of {@code name}, appending it if there is room; -1 when full. */
    public int indexOrAdd(String name) {
        int i = indexOf(name);
        if (i >= 0) {
            return i;
        }
        if (size >= MAX_SIZE) {
            return -1;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            plainTags = Arrays.copyOf(plainTags, size * 2);
        }
        int h = name.hashCode();
        names[size] = name;
        hashes[size] = h;
        if (buckets[h & 63] == 0) {
            buckets[h & 63] = (byte) (size + 1);
        }
        version = 0;
        return size++;
    }

    /** Whether the owning type, at version tag {@code tag} (not 0), had no attribute named as key {@code i}. */
    boolean plainAt(int i, int tag) {
        int[] pt = plainTags;
        return i < pt.length && pt[i] == tag;
    }

    /** Records that the owning type had no attribute named as key {@code i} at version tag {@code tag}. */
    void markPlain(int i, int tag) {
        int[] pt = plainTags;
        if (i < pt.length) {
            pt[i] = tag;
        }
    }

    public int size() {
        return size;
    }

    public String name(int i) {
        return names[i];
    }
}
