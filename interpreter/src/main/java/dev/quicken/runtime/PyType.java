package dev.quicken.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Python type object.
 *
 * <p>Built-in types are process-wide singletons, filled once by {@link TypeSetup} and immutable
 * afterwards (as CPython's static types). Classes made by a {@code class} statement are heap types
 * owned by one interpreter. Every type has a version tag (CPython's {@code tp_version_tag}),
 * cleared when the type or any base changes ({@link #modified()}); instances of heap types keep
 * their attributes in a values array indexed by the type's {@link SharedKeys}.
 */
public class PyType extends PyObject {

    public static final PyType TYPE = new PyType("type");

    /** CPython 3.11: Objects/typeobject.c next_version_tag (process-global, starts at 1). */
    private static final AtomicInteger NEXT_VERSION_TAG = new AtomicInteger(1);

    private String name;
    String qualname;
    /** The metatype ({@code type(cls)}); null means {@code type}. */
    PyType metatype;
    PyType[] bases = new PyType[0];
    PyType[] mro = new PyType[] {this};
    /** The built-in type whose Java representation instances use ("solid base"). */
    PyType solidBase;
    final PyDict dict = new PyDict();
    /** {@code tp_version_tag}; 0 = invalid (read directly by {@link PyInstance}'s specialized accessors). */
    int versionTag;
    boolean heap;
    /** Instances have a {@code __dict__} (values array plus optional dict). */
    boolean hasInstanceDict;
    /** Names of {@code __slots__} in slot order (own and inherited), or empty. */
    String[] slotNames = new String[0];
    /** Shared keys for instance values (heap types with an instance dict). */
    SharedKeys sharedKeys;
    /** Creates a bare instance of this type (used by {@code __new__} of the solid base). */
    Factory factory;
    /** Subclasses (weakly), for version-tag invalidation and {@code __subclasses__}. */
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    /** Cached: this type or a base defines __getattribute__ other than object's. */
    boolean customGetattribute;
    /** Cached lookups of __getattr__ presence; recomputed on modification. */
    boolean hasGetattr;
    /** Cached: this type or a base defines __setattr__ / __delattr__ other than object's or type's. */
    boolean customSetattr;
    boolean customDelattr;
    /** Whether instances are exceptions (solid base is BaseException). */
    boolean isException;
    /** {@link TypeSetup#plainInit}'s answer for the version tag it holds; null until asked. */
    InitCache initCache;

    /**
     * A class call's {@code __init__} function (null: the call takes another way) as found for one
     * version tag. Immutable, so a racing reader sees a whole one; a new tag (any change to the type
     * or a base) makes it stale.
     */
    static final class InitCache {
        final int version;
        final PyFunction init;

        InitCache(int version, PyFunction init) {
            this.version = version;
            this.init = init;
        }
    }

    /** Makes a new bare instance of a type. */
    @FunctionalInterface
    public interface Factory {
        PyObject make(PyType cls);
    }

    public PyType(String name) {
        dict.ownerType = this;
        this.name = name;
        this.qualname = name;
        this.solidBase = this;
    }

    /** A heap type made by {@code type(name, bases, dict)} (filled in by {@link TypeSetup#newHeapType}). */
    PyType(String name, PyType metatype) {
        dict.ownerType = this;
        this.name = name;
        this.qualname = name;
        this.metatype = metatype;
        this.heap = true;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** {@code cls.__name__ = name} (the version tag is invalidated, as by any type attribute store). */
    void setName(String name) {
        this.name = name;
        modified();
    }

    public String qualname() {
        return qualname;
    }

    public PyDict dict() {
        return dict;
    }

    public PyType[] mro() {
        return mro;
    }

    public PyType[] bases() {
        return bases;
    }

    public PyType base() {
        return bases.length == 0 ? null : bases[0];
    }

    public boolean isHeapType() {
        return heap;
    }

    public SharedKeys sharedKeys() {
        return sharedKeys;
    }

    @Override
    public PyType type() {
        return metatype != null ? metatype : TYPE;
    }

    /** Built-in setup: sets the bases and computes the MRO. */
    void setBases(PyType... bases) {
        dictChanged();
        this.bases = bases;
        this.mro = C3.mro(this, bases);
        for (PyType b : bases) {
            b.addSubclass(this);
        }
        if (solidBase == this && bases.length > 0 && factory == null) {
            this.solidBase = bases[0].solidBase;
            this.factory = bases[0].factory;
        }
        this.isException = isSubtypeOf(TypeSetup.BASE_EXCEPTION_REF);
    }

    void addSubclass(PyType t) {
        synchronized (subclasses) {
            subclasses.add(new WeakReference<>(t));
        }
    }

    void removeSubclass(PyType t) {
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == t || r.get() == null);
        }
    }

    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** True if this is {@code other} or a subtype (by MRO), as {@code PyType_IsSubtype}. */
    public final boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * CPython 3.11: Objects/typeobject.c _PyType_Lookup. The attribute {@code name} found along the
     * MRO (no descriptor binding), or null.
     */
    public final PyObject lookup(String name) {
        int v = versionTag;
        if (v != 0) {
            // a hit: the entry, its version and name (interned names match by identity), its value
            MCacheEntry e = MCACHE[mcacheIndex(v, name)];
            if (e != null && e.version == v && e.name == name) {
                return e.value;
            }
        }
        return lookupMiss(name);
    }

    /** {@link #lookup} past the identity hit: assigns the version tag, compares names by value, fills the entry. */
    private PyObject lookupMiss(String name) {
        int v = versionTag();
        if (v == 0) {
            return lookupMro(name);
        }
        int i = mcacheIndex(v, name);
        MCacheEntry e = MCACHE[i];
        if (e != null && e.version == v && e.name.equals(name)) {
            return e.value;
        }
        PyObject r = lookupMro(name);
        MCACHE[i] = new MCacheEntry(v, name, r);
        return r;
    }

    private PyObject lookupMro(String name) {
        for (PyType t : mro) {
            PyObject v = t.dict.getStr(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /*
     * CPython 3.11: Objects/typeobject.c struct type_cache. A process-wide cache of lookups (absent
     * names too) keyed by version tag and name. Version tags are unique process-wide and a type's tag
     * is cleared whenever its dict or a base's dict changes (PyDict calls dictChanged), so an entry
     * of an old tag can never match again. Entries are immutable: a racing reader sees a whole one.
     */
    private static final int MCACHE_SIZE_EXP = 12;
    private static final MCacheEntry[] MCACHE = new MCacheEntry[1 << MCACHE_SIZE_EXP];

    private static final class MCacheEntry {
        final int version;
        final String name;
        final PyObject value;

        MCacheEntry(int version, String name, PyObject value) {
            this.version = version;
            this.name = name;
            this.value = value;
        }
    }

    private static int mcacheIndex(int version, String name) {
        // both mixed into the top bits (short names' hash codes differ only in their low bits)
        return ((name.hashCode() ^ version * 0x85EBCA6B) * 0x9E3779B9) >>> (32 - MCACHE_SIZE_EXP);
    }

    /** The dict of this type changed (PyDict calls this for a type's dict): invalidate as PyType_Modified. */
    final void dictChanged() {
        if (versionTag != 0) {
            modified();
        }
    }

    /** Like {@link #lookup} but also returns the type where found, via {@code where[0]}. */
    public final PyObject lookup(String name, PyType[] where) {
        for (PyType t : mro) {
            PyObject v = t.dict.getStr(name);
            if (v != null) {
                where[0] = t;
                return v;
            }
        }
        return null;
    }

    /**
     * The version tag, assigned lazily from the process-global counter (0 once exhausted).
     * CPython 3.11: Objects/typeobject.c assign_version_tag.
     */
    public final int versionTag() {
        int v = versionTag;
        if (v == 0) {
            v = NEXT_VERSION_TAG.getAndIncrement();
            if (v <= 0) {
                NEXT_VERSION_TAG.set(Integer.MIN_VALUE);
                return 0;
            }
            for (PyType b : bases) {
                if (b.versionTag() == 0) {
                    return 0;
                }
            }
            versionTag = v;
        }
        return v;
    }

    /** {@code tp_version_tag} as it is, without assigning one (what the specialized guards read). */
    public final int versionTagRaw() {
        return versionTag;
    }

    /** CPython 3.11: Objects/typeobject.c PyType_Modified. Invalidates this type and all subclasses. */
    public final void modified() {
        versionTag = 0;
        recomputeFlags();
        for (PyType sub : subclasses()) {
            sub.modified();
        }
    }

    /** Recomputes cached lookups (after a built-in type's dict was filled). */
    public void recomputeFlags() {
        PyObject ga = lookup("__getattribute__");
        customGetattribute = ga != null && ga != TypeSetup.OBJECT_GETATTRIBUTE
                && ga != TypeSetup.TYPE_GETATTRIBUTE;
        hasGetattr = lookup("__getattr__") != null;
        customSetattr = Abstract.isCustomSetattr(lookup("__setattr__"));
        customDelattr = Abstract.isCustomSetattr(lookup("__delattr__"));
    }

    /** Re-bases a built-in type defined by a Java module (e.g. {@code defaultdict} on {@code dict}). */
    public final void setBasesForModule(PyType... newBases) {
        setBases(newBases);
        this.solidBase = newBases[0].solidBase;
        this.factory = newBases[0].factory;
        this.hasInstanceDict = true;
    }

    /**
     * Makes this type, defined by a Java module, a solid base: its instances and those of its Python
     * subclasses are made by {@code f} (a Java class extending {@link PyInstance}) and have an instance dict.
     */
    public final void setNativeLayout(Factory f) {
        this.solidBase = this;
        this.factory = f;
        this.hasInstanceDict = true;
    }

    /** Sets how instances of this built-in type (and of its Python subclasses) are made. */
    public final void setFactory(Factory f) {
        this.factory = f;
    }

    /** Gives instances of this built-in type an instance dict (for types defined by Java modules). */
    public final void enableInstanceDict() {
        hasInstanceDict = true;
    }

    /** Whether {@code __getattribute__} is overridden (not object's or type's). */
    public final boolean hasCustomGetattribute() {
        return customGetattribute;
    }

    /** Heap types accept new attributes; built-in types are immutable. */
    public final boolean isImmutable() {
        return !heap;
    }

    /** {@code Py_TPFLAGS_DISALLOW_INSTANTIATION}: calling the type raises TypeError. */
    private boolean disallowInstantiation;

    /** Sets {@code Py_TPFLAGS_DISALLOW_INSTANTIATION} (a Java module's type that only the module creates). */
    public final void disallowInstantiation() {
        disallowInstantiation = true;
    }

    /** Makes a bare instance (no __init__). */
    public final PyObject allocate() {
        if (disallowInstantiation) {
            throw Exc.typeError("cannot create '" + displayName() + "' instances");
        }
        if (factory == null) {
            throw Exc.typeError("cannot create '" + name + "' instances");
        }
        return factory.make(this);
    }

    /** {@code module.qualname}, or just the qualname for builtins and __main__. */
    public String displayName() {
        PyObject m = dict.getStr("__module__");
        if (m instanceof PyStr) {
            String mod = ((PyStr) m).value;
            if (!mod.equals("builtins") && !mod.equals("__main__")) {
                return mod + "." + qualname;
            }
        }
        return qualname;
    }

    @Override
    public String toString() {
        PyObject m = dict.getStr("__module__");
        if (m instanceof PyStr && !((PyStr) m).value.equals("builtins")) {
            return "<class '" + ((PyStr) m).value + "." + qualname + "'>";
        }
        return "<class '" + name + "'>";
    }

    /** CPython 3.11: Objects/typeobject.c mro_implementation (C3 linearization). */
    static final class C3 {
        private C3() {
        }

        static PyType[] mro(PyType self, PyType[] bases) {
            if (bases.length == 0) {
                return new PyType[] {self};
            }
            if (bases.length == 1) {
                PyType[] bm = bases[0].mro;
                PyType[] out = new PyType[bm.length + 1];
                out[0] = self;
                System.arraycopy(bm, 0, out, 1, bm.length);
                return out;
            }
            // CPython 3.11: Objects/typeobject.c check_duplicates
            for (int i = 0; i < bases.length; i++) {
                for (int j = i + 1; j < bases.length; j++) {
                    if (bases[i] == bases[j]) {
                        throw Exc.typeError("duplicate base class " + bases[i].name);
                    }
                }
            }
            List<List<PyType>> seqs = new ArrayList<>();
            for (PyType b : bases) {
                seqs.add(new ArrayList<>(List.of(b.mro)));
            }
            seqs.add(new ArrayList<>(List.of(bases)));
            List<PyType> result = new ArrayList<>();
            result.add(self);
            while (true) {
                boolean empty = true;
                for (List<PyType> s : seqs) {
                    if (!s.isEmpty()) {
                        empty = false;
                        break;
                    }
                }
                if (empty) {
                    return result.toArray(new PyType[0]);
                }
                PyType cand = null;
                for (List<PyType> s : seqs) {
                    if (s.isEmpty()) {
                        continue;
                    }
                    PyType h = s.get(0);
                    boolean inTail = false;
                    for (List<PyType> s2 : seqs) {
                        if (s2.indexOf(h) > 0) {
                            inTail = true;
                            break;
                        }
                    }
                    if (!inTail) {
                        cand = h;
                        break;
                    }
                }
                if (cand == null) {
                    StringBuilder sb = new StringBuilder(
                            "Cannot create a consistent method resolution\norder (MRO) for bases");
                    List<PyType> seen = new ArrayList<>();
                    for (List<PyType> s : seqs) {
                        if (!s.isEmpty() && !seen.contains(s.get(0))) {
                            seen.add(s.get(0));
                        }
                    }
                    String sep = " ";
                    for (PyType t : seen) {
                        sb.append(sep).append(t.name);
                        sep = ", ";
                    }
                    throw Exc.typeError(sb.toString());
                }
                result.add(cand);
                for (List<PyType> s : seqs) {
                    if (!s.isEmpty() && s.get(0) == cand) {
                        s.remove(0);
                    }
                }
            }
        }
    }
}
