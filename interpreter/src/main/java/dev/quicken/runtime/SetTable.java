package dev.quicken.runtime;

/**
 * CPython 3.11's set hash table ({@code Objects/setobject.c}), slot for slot, so that iteration
 * order, {@code pop()} order and {@code frozenset} hashes equal CPython's whenever the element
 * hashes do (str/bytes/numbers/tuples under {@code PYTHONHASHSEED=0}).
 *
 * <p>The table starts with 8 slots ({@code PySet_MINSIZE}), probes 9 neighbouring slots
 * ({@code LINEAR_PROBES}) before jumping with {@code i = i*5 + 1 + (perturb >>= 5)}, keeps
 * {@code fill} (active + dummy) and {@code used} (active), grows when {@code fill*5 >= mask*3}
 * to the smallest power of two above {@code used*4} ({@code used*2} past 50000), and marks deleted
 * slots with a dummy entry whose hash is -1.
 *
 * <p>The caller supplies each key's hash (which may have run a Python {@code __hash__}) and an
 * {@link Equality} for keys whose hashes match (which may run a Python {@code __eq__}, and may
 * mutate this table: the lookup then restarts, as CPython's does). Exact {@code str} keys with
 * equal values are matched without calling it, as CPython's {@code _PyUnicode_EQ} fast path.
 *
 * <p>Not thread-safe; the runtime's {@code set} wraps one of these.
 */
public final class SetTable {

    /** Python {@code ==} between a stored key and the probe key; may throw. */
    @FunctionalInterface
    public interface Equality {
        boolean eq(PyObject stored, PyObject key);
    }

    /** {@code PySet_MINSIZE}. */
    public static final int MINSIZE = 8;
    /** {@code LINEAR_PROBES}. */
    static final int LINEAR_PROBES = 9;
    /** {@code PERTURB_SHIFT}. */
    static final int PERTURB_SHIFT = 5;

    /** The dummy key left in deleted slots. */
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            throw new IllegalStateException("dummy");
        }
    };

    private PyObject[] keys = new PyObject[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    private int fill;
    private int used;
    private int finger;

    public SetTable() {
    }

    /** Number of active entries ({@code len(s)}). */
    public int size() {
        return used;
    }

    /** Active plus dummy entries. */
    public int fill() {
        return fill;
    }

    /** Table size minus one. */
    public int mask() {
        return mask;
    }

    private static boolean strEq(PyObject a, PyObject b) {
        return a instanceof PyStr && b instanceof PyStr && ((PyStr) a).value.equals(((PyStr) b).value);
    }

    /** Slot index of {@code key} or of the empty slot that ends its probe sequence. */
    // CPython 3.11: Objects/setobject.c set_lookkey
    private int lookkey(PyObject key, long hash, Equality eq) {
        while (true) {
            long perturb = hash;
            int m = mask;
            int i = (int) (hash & m);
            restart:
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject startkey = keys[j];
                    if (startkey == null) {
                        return j;
                    }
                    if (hashes[j] == hash && startkey != DUMMY) {
                        if (startkey == key || strEq(startkey, key)) {
                            return j;
                        }
                        PyObject[] table = keys;
                        boolean cmp = eq.eq(startkey, key);
                        if (table != keys || keys[j] != startkey) {
                            break restart;
                        }
                        if (cmp) {
                            return j;
                        }
                        m = mask;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** {@code x in s}. */
    public boolean contains(PyObject key, long hash, Equality eq) {
        return keys[lookkey(key, hash, eq)] != null;
    }

    /** The stored key equal to {@code key}, or null. */
    public PyObject find(PyObject key, long hash, Equality eq) {
        return keys[lookkey(key, hash, eq)];
    }

    /** {@code s.add(key)}; true when the key was not present. */
    // CPython 3.11: Objects/setobject.c set_add_entry
    public boolean add(PyObject key, long hash, Equality eq) {
        restart:
        while (true) {
            int m = mask;
            int i = (int) (hash & m);
            int freeslot = -1;
            long perturb = hash;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject startkey = keys[j];
                    if (startkey == null) {
                        if (freeslot >= 0) {
                            used++;
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            return true;
                        }
                        fill++;
                        used++;
                        keys[j] = key;
                        hashes[j] = hash;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (hashes[j] == hash && startkey != DUMMY) {
                        if (startkey == key || strEq(startkey, key)) {
                            return false;
                        }
                        PyObject[] table = keys;
                        boolean cmp = eq.eq(startkey, key);
                        if (cmp) {
                            return false;
                        }
                        if (table != keys || keys[j] != startkey) {
                            continue restart;
                        }
                        m = mask;
                    } else if (startkey == DUMMY) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    // CPython 3.11: Objects/setobject.c set_insert_clean
    private static void insertClean(PyObject[] ks, long[] hs, int m, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (ks[i] == null) {
                ks[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (ks[i + j] == null) {
                        ks[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    // CPython 3.11: Objects/setobject.c set_table_resize
    private void resize(long minused) {
        long newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        if (newsize > (1 << 30)) {
            throw new OutOfMemoryError("set too large");
        }
        if (newsize == MINSIZE && keys.length == MINSIZE && fill == used) {
            return;  // small table without dummies: nothing to do
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        int n = (int) newsize;
        keys = new PyObject[n];
        hashes = new long[n];
        mask = n - 1;
        fill = used;
        for (int k = 0; k < oldKeys.length; k++) {
            PyObject key = oldKeys[k];
            if (key != null && key != DUMMY) {
                insertClean(keys, hashes, mask, key, oldHashes[k]);
            }
        }
    }

    /** {@code s.discard(key)}; true when it was present. */
    // CPython 3.11: Objects/setobject.c set_discard_entry
    public boolean discard(PyObject key, long hash, Equality eq) {
        int j = lookkey(key, hash, eq);
        if (keys[j] == null) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** {@code s.pop()}: throws {@link PyTypedError} KeyError "pop from an empty set". */
    // CPython 3.11: Objects/setobject.c set_pop
    public PyObject pop() {
        if (used == 0) {
            throw new PyTypedError("KeyError", "pop from an empty set");
        }
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j++;
            if (j > mask) {
                j = 0;
            }
        }
        PyObject key = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        return key;
    }

    /** {@code s.clear()}. */
    // CPython 3.11: Objects/setobject.c set_clear_internal / set_empty_to_minsize
    public void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
    }

    /** {@code s.update(other_set)} for a set or frozenset operand (also {@code set(s)}, {@code s.copy()}). */
    // CPython 3.11: Objects/setobject.c set_merge
    public void merge(SetTable other, Equality eq) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((long) (used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                if (other.keys[i] != null) {
                    keys[i] = other.keys[i];
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject key = other.keys[i];
                if (key != null && key != DUMMY) {
                    insertClean(keys, hashes, mask, key, other.hashes[i]);
                }
            }
            return;
        }
        PyObject[] oks = other.keys;
        long[] ohs = other.hashes;
        for (int i = 0; i < oks.length; i++) {
            PyObject key = oks[i];
            if (key != null && key != DUMMY) {
                add(key, ohs[i], eq);
            }
        }
    }

    /**
     * The pre-sizing {@code set_update_internal} does before adding the {@code n} keys of an exact
     * dict (then the caller adds them with their stored hashes, in dict order).
     */
    public void reserveForDict(int n) {
        if ((long) (fill + n) * 5 >= (long) mask * 3) {
            resize((long) (used + n) * 2);
        }
    }

    /** A copy, as {@code set.copy()} makes it (a merge into an empty table). */
    public SetTable copy() {
        SetTable t = new SetTable();
        t.merge(this, (a, b) -> {
            throw new IllegalStateException("no comparisons when copying");
        });
        return t;
    }

    /**
     * Iteration ({@code set_next}): the first active slot at or after {@code pos}, or -1.
     * Iterate with {@code for (int i = t.next(0); i >= 0; i = t.next(i + 1))}.
     */
    public int next(int pos) {
        int m = mask;
        PyObject[] ks = keys;
        for (int i = pos; i <= m; i++) {
            PyObject k = ks[i];
            if (k != null && k != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    /** The key in active slot {@code i} (from {@link #next}). */
    public PyObject keyAt(int i) {
        return keys[i];
    }

    /** The hash stored with slot {@code i}. */
    public long hashAt(int i) {
        return hashes[i];
    }

    /** The keys in iteration order. */
    public PyObject[] items() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (int i = next(0); i >= 0; i = next(i + 1)) {
            out[n++] = keys[i];
        }
        return out;
    }

    /** Exchanges the contents of two tables ({@code set_swap_bodies}, used by {@code &=}). */
    public void swapBodies(SetTable other) {
        PyObject[] k = keys;
        long[] h = hashes;
        int m = mask;
        int f = fill;
        int u = used;
        int fi = finger;
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        finger = other.finger;
        other.keys = k;
        other.hashes = h;
        other.mask = m;
        other.fill = f;
        other.used = u;
        other.finger = fi;
    }

    // ---------------------------------------------------------------- set algebra (set operands)

    /** {@code a | b} (also {@code a.union(b)}) for two sets: a copy of a updated from b. */
    // CPython 3.11: Objects/setobject.c set_or / set_union
    public static SetTable union(SetTable a, SetTable b, Equality eq) {
        SetTable result = a.copy();
        if (a != b) {
            result.merge(b, eq);
        }
        return result;
    }

    /** {@code a & b} (also {@code a.intersection(b)}, and the new body of {@code a &= b}). */
    // CPython 3.11: Objects/setobject.c set_intersection (set operand)
    public static SetTable intersection(SetTable so, SetTable other, Equality eq) {
        if (so == other) {
            return so.copy();
        }
        SetTable result = new SetTable();
        if (other.size() > so.size()) {
            SetTable tmp = so;
            so = other;
            other = tmp;
        }
        for (int i = other.next(0); i >= 0; i = other.next(i + 1)) {
            PyObject key = other.keys[i];
            long hash = other.hashes[i];
            if (so.contains(key, hash, eq)) {
                result.add(key, hash, eq);
            }
        }
        return result;
    }

    /** {@code so.intersection(iterable)} for a non-set iterable of keys, hashed by {@code hasher}. */
    // CPython 3.11: Objects/setobject.c set_intersection (iterable operand)
    public static SetTable intersection(SetTable so, java.util.Iterator<PyObject> keys,
            java.util.function.ToLongFunction<PyObject> hasher, Equality eq) {
        SetTable result = new SetTable();
        while (keys.hasNext()) {
            PyObject key = keys.next();
            long hash = hasher.applyAsLong(key);
            if (so.contains(key, hash, eq)) {
                result.add(key, hash, eq);
                if (result.size() >= so.size()) {
                    break;
                }
            }
        }
        return result;
    }

    /** {@code self -= other} (also {@code difference_update}) for a set operand. */
    // CPython 3.11: Objects/setobject.c set_difference_update_internal (set operand)
    public void differenceUpdate(SetTable other, Equality eq) {
        if (other == this) {
            clear();
            return;
        }
        if ((other.size() >> 3) > size()) {
            other = intersection(this, other, eq);
        }
        PyObject[] oks = other.keys;
        long[] ohs = other.hashes;
        for (int i = other.next(0); i >= 0; i = other.next(i + 1)) {
            discard(oks[i], ohs[i], eq);
        }
        resizeAwayDummies();
    }

    /** {@code self.difference_update(iterable)} for a non-set iterable. */
    // CPython 3.11: Objects/setobject.c set_difference_update_internal (iterable operand)
    public void differenceUpdate(java.util.Iterator<PyObject> keys, java.util.function.ToLongFunction<PyObject> hasher,
            Equality eq) {
        while (keys.hasNext()) {
            PyObject key = keys.next();
            discard(key, hasher.applyAsLong(key), eq);
        }
        resizeAwayDummies();
    }

    /** If more than a quarter of the slots are dummies, rebuild the table. */
    private void resizeAwayDummies() {
        if ((long) (fill - used) <= (long) mask / 4) {
            return;
        }
        resize(used > 50000 ? (long) used * 2 : (long) used * 4);
    }

    /** {@code so - other} (also {@code so.difference(other)}) for a set operand. */
    // CPython 3.11: Objects/setobject.c set_difference (set operand)
    public static SetTable difference(SetTable so, SetTable other, Equality eq) {
        if ((so.size() >> 2) > other.size()) {
            SetTable result = so.copy();
            result.differenceUpdate(other, eq);
            return result;
        }
        SetTable result = new SetTable();
        for (int i = so.next(0); i >= 0; i = so.next(i + 1)) {
            PyObject key = so.keys[i];
            long hash = so.hashes[i];
            if (!other.contains(key, hash, eq)) {
                result.add(key, hash, eq);
            }
        }
        return result;
    }

    /** {@code self ^= other} (also {@code symmetric_difference_update}) for a set operand. */
    // CPython 3.11: Objects/setobject.c set_symmetric_difference_update (set operand)
    public void symmetricDifferenceUpdate(SetTable other, Equality eq) {
        if (other == this) {
            clear();
            return;
        }
        PyObject[] oks = other.keys;
        long[] ohs = other.hashes;
        for (int i = other.next(0); i >= 0; i = other.next(i + 1)) {
            if (!discard(oks[i], ohs[i], eq)) {
                add(oks[i], ohs[i], eq);
            }
        }
    }

    /** {@code so ^ other} (also {@code so.symmetric_difference(other)}) for a set operand. */
    // CPython 3.11: Objects/setobject.c set_symmetric_difference
    public static SetTable symmetricDifference(SetTable so, SetTable other, Equality eq) {
        SetTable result = new SetTable();
        result.merge(other, eq);
        result.symmetricDifferenceUpdate(so, eq);
        return result;
    }

    /** {@code hash(frozenset)} of these entries. */
    // CPython 3.11: Objects/setobject.c frozenset_hash
    public long frozensetHash() {
        long hash = 0;
        for (int i = 0; i <= mask; i++) {
            PyObject k = keys[i];
            if (k != null && k != DUMMY) {
                hash ^= shuffleBits(hashes[i]);
            }
        }
        // (CPython xors in every slot and then removes the effect of the NULL and dummy ones)
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    // CPython 3.11: Objects/setobject.c _shuffle_bits
    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}
