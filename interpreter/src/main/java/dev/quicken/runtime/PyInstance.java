package dev.quicken.runtime;


/**
 * An instance of a class defined in Python (whose solid base is {@code object}).
 *
 * <p>Attributes live in {@link #values}, indexed by the type's {@link SharedKeys} ("values mode",
 * what {@code LOAD_ATTR_INSTANCE_VALUE} reads), until something asks for {@code __dict__}, a key is
 * not an exact str, or the keys are full; then the object switches for good to {@link #dict}
 * ("dict mode"). {@link #slots} holds {@code __slots__} members.
 */
public class PyInstance extends PyObject {

    public PyType cls;
    /** Values mode: attribute values by shared-key index (null = absent); null in dict mode. */
    public PyObject[] values;
    /** Dict mode: the instance dict; null in values mode. */
    public PyDict dict;
    /** {@code __slots__} members by slot index (null = unset). */
    public PyObject[] slots;

    public PyInstance(PyType cls) {
        this.cls = cls;
        SharedKeys k = cls.sharedKeys;
        if (cls.hasInstanceDict && k != null) {
            values = new PyObject[Math.max(4, k.size() + 2)];
        }
        if (cls.slotNames.length > 0) {
            slots = new PyObject[cls.slotNames.length];
        }
    }

    @Override
    public final PyType type() {
        return cls;
    }

    /** Whether this object has an instance dict at all. */
    public final boolean hasDict() {
        return values != null || dict != null || cls.hasInstanceDict;
    }

    /** The attribute {@code name} from the instance dict or values, or null. */
    public final PyObject getInstanceAttr(String name) {
        PyObject[] v = values;
        if (v != null) {
            int i = cls.sharedKeys.indexOf(name);
            return i >= 0 && i < v.length ? v[i] : null;
        }
        return dictAttr(name);
    }

    private PyObject dictAttr(String name) {
        return dict != null ? dict.getStr(name) : null;
    }

    // ---- the specialized forms' guards and accesses (small: the loop inlines them)

    // CPython 3.11: Python/ceval.c TARGET(LOAD_ATTR_INSTANCE_VALUE)
    /** {@code values[index]} when the type's version tag is {@code typeVersion} and the value is set, else null. */
    public final PyObject valueIfVersion(int typeVersion, int index) {
        PyObject[] v = values;
        if (cls.versionTag != typeVersion || v == null || index >= v.length) {
            return null;
        }
        return v[index];
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_ATTR_SLOT)
    /** {@code slots[index]} when the type's version tag is {@code typeVersion} and the slot is set, else null. */
    public final PyObject slotIfVersion(int typeVersion, int index) {
        PyObject[] sl = slots;
        if (cls.versionTag != typeVersion || sl == null || index >= sl.length) {
            return null;
        }
        return sl[index];
    }

    // CPython 3.11: Python/ceval.c TARGET(STORE_ATTR_INSTANCE_VALUE)
    /**
     * The values array a store to {@code values[index]} goes to (grown when short) when the type's
     * version tag is {@code typeVersion} in values mode, else null. Loads only: the caller stores, so
     * this stays small enough for C2 to inline into the eval loop.
     */
    public final PyObject[] valuesForStore(int typeVersion, int index) {
        PyObject[] v = values;
        if (cls.versionTag != typeVersion || v == null) {
            return null;
        }
        return index < v.length ? v : grow(index);
    }

    private PyObject[] grow(int index) {
        return values = Items.copyOf(values, Math.max(index + 1, values.length * 2));
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_METHOD_WITH_VALUES)
    /** Values mode, the type's version tag and its shared keys' version as cached (no instance attribute shadows). */
    public final boolean valuesWithVersions(int typeVersion, int keysVersion) {
        PyType t = cls;
        SharedKeys k = t.sharedKeys;
        return t.versionTag == typeVersion && k != null && k.version == keysVersion && dict == null;
    }

    /** Stores an instance attribute; returns false if the object has no dict. */
    public final boolean setInstanceAttr(String name, PyObject v) {
        if (values != null) {
            int i = cls.sharedKeys.indexOrAdd(name);
            if (i >= 0) {
                PyObject[] vs = i < values.length ? values : grow(i);
                vs[i] = v;
                return true;
            }
            materialize();
        }
        if (dict == null && cls.hasInstanceDict) {
            dict = new PyDict();
        }
        if (dict != null) {
            dict.setItem(new PyStr(name), v);
            return true;
        }
        return false;
    }

    /** Deletes an instance attribute; returns false if absent. */
    public final boolean delInstanceAttr(String name) {
        if (values != null) {
            int i = cls.sharedKeys.indexOf(name);
            if (i >= 0 && i < values.length && values[i] != null) {
                // Deleting changes the insertion order of the remaining keys; keep it exact in dict mode.
                materialize();
            } else {
                return false;
            }
        }
        if (dict != null) {
            return dict.delStr(name);
        }
        return false;
    }

    /** Switches to dict mode for good and returns the dict ({@code obj.__dict__}). */
    public final PyDict materialize() {
        if (dict == null) {
            dict = new PyDict();
            if (values != null) {
                SharedKeys k = cls.sharedKeys;
                for (int i = 0; i < values.length && i < k.size(); i++) {
                    if (values[i] != null) {
                        dict.setItem(new PyStr(k.name(i)), values[i]);
                    }
                }
                values = null;
            }
        }
        return dict;
    }
}
