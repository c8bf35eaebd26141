package dev.quicken.runtime;

import java.util.Arrays;

/**
 * {@code dict}: an insertion-ordered hash table (CPython's compact dict: an index table over an
 * entries array). Exact {@code str} keys compare by value without calling Python code.
 *
 * <p>{@link #keysVersion} is CPython's {@code dk_version}: 0 until asked for, reset whenever a new
 * key is inserted or a key is deleted (what LOAD_GLOBAL_MODULE/BUILTIN guard on).
 */
public class PyDict extends PyObject {

    public static final PyType TYPE = new PyType("dict");

    private static final int EMPTY = -1;
    /** CPython 3.11: Objects/dictobject.c PERTURB_SHIFT. */
    private static final int PERTURB_SHIFT = 5;

    private PyObject[] keys;
    private PyObject[] vals;
    private int[] hashes;
    private int[] index;
    /** Entries used (including deleted ones). */
    private int n;
    /** Live entries. */
    private int size;
    /** Bumped on every insertion of a new key or deletion (iteration guard). */
    public int mutations;
    /** CPython 3.11 dk_version; 0 = unassigned. */
    private int keysVersion;
    /** The type, for subclasses of dict. */
    public PyType cls = TYPE;
    /** The instance dict of a dict subclass instance, or null. */
    public PyDict instDict;
    /** The type whose {@code __dict__} this is (its lookups are cached by version tag), or null. */
    PyType ownerType;

    public PyDict() {
        this(8);
    }

    public PyDict(int capacity) {
        int cap = 8;
        while (cap * 2 < capacity * 3) {
            cap <<= 1;
        }
        keys = new PyObject[cap * 2 / 3 + 1];
        vals = new PyObject[keys.length];
        hashes = new int[keys.length];
        index = new int[cap];
        Arrays.fill(index, EMPTY);
    }

    @Override
    public PyType type() {
        // the dicts of types made while PyDict's own class initializer runs (dict's among them) see TYPE null
        PyType c = cls;
        return c != null ? c : TYPE;
    }

    public final int size() {
        return size;
    }

    /** CPython 3.11: _PyDictKeys_GetVersionForCurrentState. */
    public final int keysVersion() {
        if (keysVersion == 0) {
            keysVersion = Versions.nextKeysVersion();
        }
        return keysVersion;
    }

    /** The current version without assigning one (0 = invalidated since last asked). */
    public final int rawKeysVersion() {
        return keysVersion;
    }

    static int strHash(String s) {
        int h = s.hashCode();
        return h ^ (h >>> 16);
    }

    /** The table hash of a key: Java's for exact str, Python's hash for everything else. */
    static int tableHash(PyObject k) {
        if (k instanceof PyStr) {
            return strHash(((PyStr) k).value);
        }
        long h = Abstract.hash(k);
        return (int) (h ^ (h >>> 32));
    }

    private static boolean keyEq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr && b instanceof PyStr) {
            return ((PyStr) a).value.equals(((PyStr) b).value);
        }
        return Abstract.richCompareBool(a, b, Abstract.EQ);
    }

    private int findStr(String s, int h) {
        int mask = index.length - 1;
        int i = h & mask;
        int perturb = h;
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1;
            }
            PyObject k = keys[e];
            if (k != null && hashes[e] == h && k instanceof PyStr && ((PyStr) k).value.equals(s)) {
                return e;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    private int find(PyObject key, int h) {
        int mask = index.length - 1;
        int i = h & mask;
        int perturb = h;
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1;
            }
            PyObject k = keys[e];
            if (k != null && (k == key || hashes[e] == h && keyEq(k, key))) {
                return e;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /** Value for the str key {@code s}, or null. */
    public final PyObject getStr(String s) {
        int e = findStr(s, strHash(s));
        return e < 0 ? null : vals[e];
    }

    /** Value for {@code key}, or null. */
    public final PyObject getItem(PyObject key) {
        if (key instanceof PyStr) {
            return getStr(((PyStr) key).value);
        }
        int e = find(key, tableHash(key));
        return e < 0 ? null : vals[e];
    }

    /** The table hash of {@code key} (calls {@code __hash__} once), for the known-hash methods below. */
    public static int keyHash(PyObject key) {
        return tableHash(key);
    }

    /** Value for {@code key} whose {@link #keyHash} is {@code h}, or null (CPython's _PyDict_GetItem_KnownHash). */
    public final PyObject getItem(PyObject key, int h) {
        int e = key instanceof PyStr ? findStr(((PyStr) key).value, h) : find(key, h);
        return e < 0 ? null : vals[e];
    }

    /** {@code self[key] = value} with a known {@link #keyHash}. */
    public final void setItem(PyObject key, PyObject value, int h) {
        int e = key instanceof PyStr ? findStr(((PyStr) key).value, h) : find(key, h);
        if (e >= 0) {
            vals[e] = value;
            return;
        }
        insertNew(key, value, h);
    }

    /** {@code self.setdefault(key, dflt)} with one lookup (CPython 3.11: Objects/dictobject.c PyDict_SetDefault). */
    public final PyObject setDefault(PyObject key, PyObject dflt) {
        int h = tableHash(key);
        int e = key instanceof PyStr ? findStr(((PyStr) key).value, h) : find(key, h);
        if (e >= 0) {
            return vals[e];
        }
        insertNew(key, dflt, h);
        if (ownerType != null) {
            ownerType.dictChanged();
        }
        return dflt;
    }

    /**
     * Copies every item of {@code o} in order, with the hashes {@code o} stored (CPython 3.11:
     * Objects/dictobject.c dict_merge: no {@code __hash__} calls). {@code onDuplicate}, if not
     * null, sees each key already present before it is overwritten (it may throw).
     */
    public final void mergeFrom(PyDict o, java.util.function.Consumer<PyObject> onDuplicate) {
        PyObject[] ks = o.keys;
        PyObject[] vs = o.vals;
        int[] hs = o.hashes;
        int count = o.n;
        for (int e = 0; e < count; e++) {
            PyObject k = ks[e];
            if (k == null) {
                continue;
            }
            if (onDuplicate != null && getItem(k, hs[e]) != null) {
                onDuplicate.accept(k);
            }
            setItem(k, vs[e], hs[e]);
            if (o.n != count || o.keys != ks) { // a key's __eq__ changed o
                throw Exc.runtimeError("dict mutated during update");
            }
        }
    }

    public final boolean containsKey(PyObject key) {
        return getItem(key) != null;
    }

    public final void setStr(String s, PyObject v) {
        setItem(new PyStr(s), v);
    }

    public final void setItem(PyObject key, PyObject value) {
        int h = tableHash(key);
        int e = key instanceof PyStr ? findStr(((PyStr) key).value, h) : find(key, h);
        if (e >= 0) {
            vals[e] = value;
        } else {
            insertNew(key, value, h);
        }
        if (ownerType != null) {
            ownerType.dictChanged();
        }
    }

    private void insertNew(PyObject key, PyObject value, int h) {
        if (n == keys.length) {
            resize(size * 3 + 1);
        }
        keys[n] = key;
        vals[n] = value;
        hashes[n] = h;
        index[freeSlot(index, h)] = n;
        n++;
        size++;
        mutations++;
        keysVersion = 0;
    }

    /**
     * CPython 3.11: Objects/dictobject.c find_empty_slot. The probe sequence of lookdict (i*5 +
     * perturb + 1) rather than linear probing: consecutive Java String hash codes ("a", "b", ...)
     * would otherwise form long clusters that every miss walks through (MRO lookups miss often).
     */
    private static int freeSlot(int[] index, int h) {
        int mask = index.length - 1;
        int i = h & mask;
        int perturb = h;
        while (index[i] != EMPTY) {
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        return i;
    }

    private void resize(int minUsable) {
        int cap = 8;
        while (cap * 2 / 3 < minUsable) {
            cap <<= 1;
        }
        int usable = cap * 2 / 3 + 1;
        PyObject[] nk = new PyObject[usable];
        PyObject[] nv = new PyObject[usable];
        int[] nh = new int[usable];
        int j = 0;
        for (int e = 0; e < n; e++) {
            if (keys[e] != null) {
                nk[j] = keys[e];
                nv[j] = vals[e];
                nh[j] = hashes[e];
                j++;
            }
        }
        keys = nk;
        vals = nv;
        hashes = nh;
        n = j;
        index = new int[cap];
        Arrays.fill(index, EMPTY);
        for (int e = 0; e < n; e++) {
            index[freeSlot(index, nh[e])] = e;
        }
        keysVersion = 0;
    }

    /** Removes {@code key}; returns its value or null if absent. */
    public final PyObject delItem(PyObject key) {
        return delItem(key, tableHash(key));
    }

    /** Removes the oldest item without hashing its key (an LRU cache's eviction); false when empty. */
    public final boolean delOldest() {
        for (int e = 0; e < n; e++) {
            if (keys[e] != null) {
                return delItem(keys[e], hashes[e]) != null;
            }
        }
        return false;
    }

    /** {@code del self[key]} with a known {@link #keyHash}; the old value, or null when absent. */
    public final PyObject delItem(PyObject key, int h) {
        int e = key instanceof PyStr ? findStr(((PyStr) key).value, h) : find(key, h);
        if (e < 0) {
            return null;
        }
        PyObject v = vals[e];
        keys[e] = null;
        vals[e] = null;
        size--;
        mutations++;
        keysVersion = 0;
        if (ownerType != null) {
            ownerType.dictChanged();
        }
        return v;
    }

    public final boolean delStr(String s) {
        return delItem(new PyStr(s)) != null;
    }

    public final void clear() {
        keys = new PyObject[6];
        vals = new PyObject[6];
        hashes = new int[6];
        index = new int[8];
        Arrays.fill(index, EMPTY);
        n = 0;
        size = 0;
        mutations++;
        keysVersion = 0;
        if (ownerType != null) {
            ownerType.dictChanged();
        }
    }

    /** Entry position of the str key {@code s}, or -1 (CPython 3.11: _PyDictKeys_StringLookup). */
    public final int entryOfStr(String s) {
        return findStr(s, strHash(s));
    }

    /** Replaces the value of the live entry at position {@code e} (STORE_ATTR_WITH_HINT). */
    public final void setValueAt(int e, PyObject v) {
        vals[e] = v;
        if (ownerType != null) {
            ownerType.dictChanged();
        }
    }

    /** Number of entry slots (live or deleted) for iteration by position. */
    public final int entryLimit() {
        return n;
    }

    /** Key at entry position {@code e}, or null for a deleted entry. */
    public final PyObject keyAt(int e) {
        return keys[e];
    }

    public final PyObject valueAt(int e) {
        return vals[e];
    }

    /** Live keys in insertion order. */
    public final PyObject[] keysArray() {
        PyObject[] out = new PyObject[size];
        int j = 0;
        for (int e = 0; e < n; e++) {
            if (keys[e] != null) {
                out[j++] = keys[e];
            }
        }
        return out;
    }

    public final PyObject[] valuesArray() {
        PyObject[] out = new PyObject[size];
        int j = 0;
        for (int e = 0; e < n; e++) {
            if (keys[e] != null) {
                out[j++] = vals[e];
            }
        }
        return out;
    }

    /** Removes and returns the last entry as {key, value}, or null if empty. */
    public final PyObject[] popLast() {
        for (int e = n - 1; e >= 0; e--) {
            if (keys[e] != null) {
                PyObject[] kv = {keys[e], vals[e]};
                delItem(keys[e]);
                return kv;
            }
        }
        return null;
    }

    public final PyDict copy() {
        PyDict d = new PyDict(size);
        for (int e = 0; e < n; e++) {
            if (keys[e] != null) {
                d.insertNew(keys[e], vals[e], hashes[e]);
            }
        }
        return d;
    }
}
