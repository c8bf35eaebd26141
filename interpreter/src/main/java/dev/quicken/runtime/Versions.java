package dev.quicken.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/** The process-global version counters the specializer's guards use (spec §8). */
public final class Versions {

    private Versions() {
    }

    /** CPython 3.11: Objects/dictobject.c next_dict_keys_version (starts at 2). */
    private static final AtomicInteger NEXT_KEYS_VERSION = new AtomicInteger(2);
    /** CPython 3.11: Objects/funcobject.c next_func_version (starts at 1). */
    private static final AtomicInteger NEXT_FUNC_VERSION = new AtomicInteger(1);

    /** The next dict-keys version, or 0 when exhausted. */
    public static int nextKeysVersion() {
        int v = NEXT_KEYS_VERSION.getAndIncrement();
        return v <= 0 ? 0 : v;
    }

    /** The next function version, or 0 when exhausted. */
    public static int nextFuncVersion() {
        int v = NEXT_FUNC_VERSION.getAndIncrement();
        return v <= 0 ? 0 : v;
    }

    /** CPython 3.11: _PyDictKeys_GetVersionForCurrentState for a shared-keys object. */
    public static int keysVersion(SharedKeys k) {
        if (k.version == 0) {
            k.version = nextKeysVersion();
        }
        return k.version;
    }
}
