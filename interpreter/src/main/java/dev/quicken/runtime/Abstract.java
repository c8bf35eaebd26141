package dev.quicken.runtime;

import dev.quicken.eval.EvalLoop;
import dev.quicken.eval.Guards;
import dev.quicken.eval.Interpreter;
import dev.quicken.eval.PyGenerator;
import java.math.BigInteger;

/**
 * The abstract object protocol (CPython 3.11: Objects/abstract.c, object.c, typeobject.c): attribute
 * access with descriptors, calls, the number protocol with reflected operands and NotImplemented,
 * rich comparison, truth, hashing, str/repr, iteration, subscription.
 */
public final class Abstract {

    private Abstract() {
    }

    // Rich comparison operators: CPython's Py_LT .. Py_GE (COMPARE_OP's oparg)
    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static final int[] CMP_SWAP = {GT, GE, EQ, NE, LT, LE};
    static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};

    // BINARY_OP opargs: CPython 3.11 Include/opcode.h NB_*
    public static final int NB_ADD = 0;
    public static final int NB_AND = 1;
    public static final int NB_FLOOR_DIVIDE = 2;
    public static final int NB_LSHIFT = 3;
    public static final int NB_MATRIX_MULTIPLY = 4;
    public static final int NB_MULTIPLY = 5;
    public static final int NB_REMAINDER = 6;
    public static final int NB_OR = 7;
    public static final int NB_POWER = 8;
    public static final int NB_RSHIFT = 9;
    public static final int NB_SUBTRACT = 10;
    public static final int NB_TRUE_DIVIDE = 11;
    public static final int NB_XOR = 12;
    public static final int NB_INPLACE = 13;

    static final String[] NB_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or",
        "pow", "rshift", "sub", "truediv", "xor"};
    static final String[] NB_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    static final String[] NB_DUNDER = new String[13];
    static final String[] NB_RDUNDER = new String[13];
    static final String[] NB_IDUNDER = new String[13];

    static {
        for (int i = 0; i < 13; i++) {
            NB_DUNDER[i] = "__" + NB_NAMES[i] + "__";
            NB_RDUNDER[i] = "__r" + NB_NAMES[i] + "__";
            NB_IDUNDER[i] = "__i" + NB_NAMES[i] + "__";
        }
    }

    public static final PyObject NONE = PyNone.NONE;
    public static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    // ---------------------------------------------------------------- names and identity

    public static String typeName(PyObject o) {
        return o.type().name();
    }

    /**
     * {@code id(o)}: a fake address, stable per object (identity hash based; fixed for None,
     * Ellipsis and NotImplemented, see {@link Hashing#singletonAddress}).
     */
    public static long id(PyObject o) {
        long a = Hashing.singletonAddress(o);
        return a != 0 ? a : 0x7f0000000000L + ((long) System.identityHashCode(o) << 4);
    }

    public static PyStr str(String s) {
        return new PyStr(s);
    }

    // ---------------------------------------------------------------- calls

    public static final String[] NO_KW = null;
    private static final PyObject[] NO_ARGS = new PyObject[0];

    /** CPython 3.11: Objects/call.c _PyObject_Call / PyObject_Vectorcall. */
    public static PyObject call(PyObject f, PyObject[] args, String[] kwnames) {
        if (f instanceof PyFunction) {
            return EvalLoop.callFunction((PyFunction) f, args, kwnames);
        }
        if (f instanceof PyBuiltinFunction || f instanceof PyMethodDescr) {
            if (f instanceof PyBuiltinFunction && Guards.classStandIn(f)
                    && Guards.vectorcallClass(((PyBuiltinFunction) f).name)) {
                return ((PyBuiltinFunction) f).call(args, kwnames); // a class with vectorcall
            }
            return callBuiltin(f, args, kwnames);
        }
        if (f instanceof PyMethod) {
            PyMethod m = (PyMethod) f;
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = m.self;
            System.arraycopy(args, 0, a, 1, args.length);
            return call(m.func, a, kwnames);
        }
        if ((f == PySet.TYPE || f == PyList.TYPE || f == PyRange.TYPE) && args.length == 1
                && (kwnames == null || kwnames.length == 0)) {
            PyObject r = newOfOne(f, args[0]);
            if (r != null) {
                return r;
            }
        }
        if (f instanceof PyType && !((PyType) f).heap && Guards.vectorcallClass(((PyType) f).name())) {
            return TypeSetup.typeCall((PyType) f, args, kwnames);
        }
        PyObject c = f instanceof PyType ? null : f.type().lookup("__call__");
        if (c == null && !(f instanceof PyType)) {
            throw Exc.typeError("'" + typeName(f) + "' object is not callable");
        }
        // CPython 3.11: Objects/call.c _PyObject_MakeTpCall (no vectorcall: a recursive C call)
        Interpreter in = Interpreter.enterRecursiveCall(" while calling a Python object");
        try {
            return c == null ? TypeSetup.typeCall((PyType) f, args, kwnames) : callMethodDescr(c, f, args, kwnames);
        } finally {
            Interpreter.leaveRecursiveCall(in);
        }
    }

    /**
     * {@code set(x)}, {@code list(x)} and {@code range(n)} (n an int that fits a long) of the exact
     * classes made as their vectorcall entries make them, without the {@code __new__}/{@code __init__}
     * look-ups and calls (CPython 3.11: Objects/setobject.c set_vectorcall, Objects/listobject.c
     * list_vectorcall, Objects/rangeobject.c range_vectorcall); null for a range of anything else
     * (the general path).
     */
    private static PyObject newOfOne(PyObject cls, PyObject x) {
        if (cls == PySet.TYPE) {
            return BuiltinMethods.toSet(x, false);
        }
        if (cls == PyList.TYPE) {
            return new PyList(sequenceList(x));
        }
        return x.getClass() == PyInt.class && ((PyInt) x).big == null ? new PyRange(0, ((PyInt) x).value, 1) : null;
    }

    /**
     * A built-in function or method descriptor called through the vectorcall protocol, which
     * counts toward the recursion limit (CPython 3.11: Objects/methodobject.c cfunction_enter_call,
     * Objects/descrobject.c method_enter_call).
     */
    public static PyObject callBuiltin(PyObject f, PyObject[] args, String[] kwnames) {
        Interpreter in = Interpreter.enterRecursiveCall(" while calling a Python object");
        try {
            return f instanceof PyBuiltinFunction ? ((PyBuiltinFunction) f).call(args, kwnames)
                    : ((PyMethodDescr) f).call(args, kwnames);
        } finally {
            Interpreter.leaveRecursiveCall(in);
        }
    }

    /** Calls an attribute found on the type (unbound) with {@code self} prepended. */
    public static PyObject callMethodDescr(PyObject descr, PyObject self, PyObject[] args, String[] kwnames) {
        if (descr instanceof PyFunction || descr instanceof PyMethodDescr) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
            // a type slot: the C function is called directly, not counted as a recursive call
            return descr instanceof PyMethodDescr ? ((PyMethodDescr) descr).call(a, kwnames) : call(descr, a, kwnames);
        }
        return call(descrGet(descr, self, self.type()), args, kwnames);
    }

    /**
     * {@link #callMethodDescr} with one argument (binary and comparison dunders, __getitem__,
     * __contains__, ...): a function's or method descriptor's argument array made once, with self.
     */
    public static PyObject callMethodDescr1(PyObject descr, PyObject self, PyObject arg) {
        if (descr instanceof PyFunction) {
            return call(descr, new PyObject[] {self, arg}, null);
        }
        if (descr instanceof PyMethodDescr) {
            return ((PyMethodDescr) descr).call(new PyObject[] {self, arg}, null);
        }
        return call(descrGet(descr, self, self.type()), new PyObject[] {arg}, null);
    }

    public static PyObject call(PyObject f) {
        return call(f, NO_ARGS, null);
    }

    public static PyObject call(PyObject f, PyObject a) {
        return call(f, new PyObject[] {a}, null);
    }

    public static PyObject call(PyObject f, PyObject a, PyObject b) {
        return call(f, new PyObject[] {a, b}, null);
    }

    /** Calls the special method {@code name} of {@code self}'s type, or returns null if absent. */
    public static PyObject callSpecial(PyObject self, String name, PyObject... args) {
        PyObject d = self.type().lookup(name);
        if (d == null) {
            return null;
        }
        return callMethodDescr(d, self, args, null);
    }

    /** {@code obj.name(*args)}. */
    public static PyObject callMethod(PyObject self, String name, PyObject... args) {
        return call(getAttr(self, name), args, null);
    }

    // ---------------------------------------------------------------- descriptors

    /** Whether {@code d} is a data descriptor (its type defines __set__ or __delete__). */
    public static boolean isDataDescr(PyObject d) {
        if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyStr
                || d instanceof PyInt || d instanceof PyBuiltinFunction) {
            return false;
        }
        if (d instanceof PyDescriptors.Property || d instanceof PyDescriptors.Member
                || d instanceof PyDescriptors.GetSet) {
            return true;
        }
        PyType t = d.type();
        // instances of module-defined built-in types (PyInstance, e.g. _collections._tuplegetter) count too
        return (t.heap || d instanceof PyInstance) && (t.lookup("__set__") != null || t.lookup("__delete__") != null);
    }

    /** Whether {@code d} has a {@code __get__}. */
    public static boolean hasGet(PyObject d) {
        if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyDescriptors.Property
                || d instanceof PyDescriptors.ClassMethod || d instanceof PyDescriptors.StaticMethod
                || d instanceof PyDescriptors.Member || d instanceof PyDescriptors.GetSet) {
            return true;
        }
        if (d instanceof PyStr || d instanceof PyInt || d instanceof PyBuiltinFunction
                || d instanceof PyNone || d instanceof PyTuple) {
            return false;
        }
        return (d.type().heap || d instanceof PyInstance || d instanceof dev.quicken.eval.SuperType)
                && d.type().lookup("__get__") != null;
    }

    /** {@code descr.__get__(obj, type)}; {@code obj} null means "accessed on the class". */
    public static PyObject descrGet(PyObject d, PyObject obj, PyType type) {
        if (d instanceof PyFunction) {
            return obj == null ? d : new PyMethod(d, obj);
        }
        if (d instanceof PyMethodDescr) {
            return obj == null ? d : ((PyMethodDescr) d).bind(obj);
        }
        if (d instanceof PyDescriptors.ClassMethod) {
            PyObject f = ((PyDescriptors.ClassMethod) d).func;
            PyType t = type != null ? type : obj.type();
            if (f.type().heap && f.type().lookup("__get__") != null) {
                return call(f.type().lookup("__get__"), f, t);
            }
            return new PyMethod(f, t);
        }
        if (d instanceof PyDescriptors.StaticMethod) {
            return ((PyDescriptors.StaticMethod) d).func;
        }
        if (d instanceof PyDescriptors.Property) {
            if (obj == null) {
                return d;
            }
            PyDescriptors.Property p = (PyDescriptors.Property) d;
            if (p.fget == NONE) {
                String n = p.name != null ? " '" + p.name + "'" : "";
                throw Exc.raise(Exc.AttributeError, "property" + n + " of '" + typeName(obj)
                        + "' object has no getter");
            }
            return call(p.fget, obj);
        }
        if (d instanceof PyDescriptors.Member) {
            if (obj == null) {
                return d;
            }
            PyDescriptors.Member m = (PyDescriptors.Member) d;
            PyObject v = obj instanceof PyInstance ? ((PyInstance) obj).slots != null
                    ? ((PyInstance) obj).slots[m.index] : null : foreignSlots(obj, m) == null ? null
                    : foreignSlots(obj, m).getItem(m);
            if (v == null) {
                throw Exc.attributeError("'" + typeName(obj) + "' object has no attribute '" + m.name + "'",
                        obj, m.name);
            }
            return v;
        }
        if (d instanceof PyDescriptors.GetSet) {
            return obj == null ? d : ((PyDescriptors.GetSet) d).getter.apply(obj);
        }
        PyObject g = d.type().lookup("__get__");
        if (g == null) {
            return d;
        }
        return callMethodDescr(g, d, new PyObject[] {obj == null ? NONE : obj, type == null ? NONE : type}, null);
    }

    /**
     * Where the {@code __slots__} members of an instance of a built-in type's subclass (a list, dict, int, str,
     * ... subclass) live: its instance dict, keyed by the member descriptor itself (no str key can collide).
     */
    static PyDict foreignSlots(PyObject obj, PyDescriptors.Member m) {
        return obj.type().isSubtypeOf(m.owner) ? instanceDict(obj) : null;
    }

    /** {@code descr.__set__(obj, value)} ({@code value} null = {@code __delete__}). */
    static void descrSet(PyObject d, PyObject obj, PyObject value) {
        if (d instanceof PyDescriptors.Property) {
            PyDescriptors.Property p = (PyDescriptors.Property) d;
            PyObject f = value == null ? p.fdel : p.fset;
            if (f == NONE) {
                String n = p.name != null ? " '" + p.name + "'" : "";
                throw Exc.raise(Exc.AttributeError, "property" + n + " of '" + typeName(obj) + "' object has no "
                        + (value == null ? "deleter" : "setter"));
            }
            if (value == null) {
                call(f, obj);
            } else {
                call(f, obj, value);
            }
            return;
        }
        if (d instanceof PyDescriptors.Member) {
            PyDescriptors.Member m = (PyDescriptors.Member) d;
            if (!(obj instanceof PyInstance)) {
                PyDict store = foreignSlots(obj, m);
                if (store == null) {
                    throw Exc.typeError("descriptor '" + m.name + "' for '" + m.owner.name()
                            + "' objects doesn't apply to a '" + typeName(obj) + "' object");
                }
                if (value == null) {
                    if (store.getItem(m) == null) {
                        throw Exc.attributeError("'" + typeName(obj) + "' object has no attribute '" + m.name + "'",
                                obj, m.name);
                    }
                    store.delItem(m);
                } else {
                    store.setItem(m, value);
                }
                return;
            }
            PyInstance inst = (PyInstance) obj;
            if (value == null && inst.slots[m.index] == null) {
                throw Exc.attributeError("'" + typeName(obj) + "' object has no attribute '" + m.name + "'", obj,
                        m.name);
            }
            inst.slots[m.index] = value;
            return;
        }
        if (d instanceof PyDescriptors.GetSet) {
            PyDescriptors.GetSet gs = (PyDescriptors.GetSet) d;
            if (gs.setter == null) {
                throw Exc.raise(Exc.AttributeError, "attribute '" + gs.name + "' of '" + gs.owner.name()
                        + "' objects is not writable");
            }
            gs.setter.accept(obj, value);
            return;
        }
        if (value == null) {
            PyObject del = d.type().lookup("__delete__");
            if (del == null) {
                throw Exc.raise(Exc.AttributeError, "__delete__");
            }
            callMethodDescr1(del, d, obj);
        } else {
            PyObject set = d.type().lookup("__set__");
            if (set == null) {
                throw Exc.raise(Exc.AttributeError, "__set__");
            }
            callMethodDescr(set, d, new PyObject[] {obj, value}, null);
        }
    }

    // ---------------------------------------------------------------- attributes

    /** {@code getattr(o, name)}; raises AttributeError. */
    public static PyObject getAttr(PyObject o, String name) {
        try {
            return getAttrOrNull(o, name, true);
        } catch (PyException e) {
            throw attributeErrorContext(e, o, name);
        }
    }

    /**
     * An AttributeError leaving a getattr (from {@code __getattr__}, a property, ...) gets the
     * {@code name} and {@code obj} the traceback display's suggestions need, unless it has them.
     */
    // CPython 3.11: Objects/object.c set_attribute_error_context
    public static PyException attributeErrorContext(PyException e, PyObject o, String name) {
        if (e.matches(Exc.AttributeError) && unset(e.value.member("name"))
                && unset(e.value.member("obj"))) {
            e.value.setMember("name", new PyStr(name));
            e.value.setMember("obj", o);
        }
        return e;
    }

    /** AttributeError.__init__ stores None for a name/obj not given (CPython: NULL, read as None). */
    private static boolean unset(PyObject member) {
        return member == null || member == NONE;
    }

    /** {@code getattr(o, name, None)}-like: null when the attribute is missing (AttributeError swallowed). */
    public static PyObject lookupAttr(PyObject o, String name) {
        try {
            return getAttrOrNull(o, name, false);
        } catch (PyException e) {
            if (e.matches(Exc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    private static PyObject getAttrOrNull(PyObject o, String name, boolean raise) {
        if (o instanceof PyInstance) {
            PyObject r = instanceGetAttr((PyInstance) o, name);
            if (r != null) {
                return r;
            }
        }
        return getAttrSlow(o, name, raise);
    }

    /**
     * The common cases of {@link #genericGetAttr} on an instance, with no side effect and no call out:
     * an instance attribute the type does not define, or a function on the type (bound unless an
     * instance attribute shadows it). Null for anything else; the caller then takes the full path.
     */
    private static PyObject instanceGetAttr(PyInstance o, String name) {
        PyType t = o.cls;
        if (t.customGetattribute) {
            return null;
        }
        PyObject[] values = o.values;
        SharedKeys keys = t.sharedKeys;
        boolean valuesMode = values != null && keys != null;
        int i = valuesMode ? keys.indexOf(name) : -1;
        int tag = t.versionTag;
        // values mode: a name the type is known not to have at its current version is the
        // instance's value, without looking it up on the type (polymorphic sites, which stay
        // adaptive, run this for every load)
        if (i >= 0 && tag != 0 && keys.plainAt(i, tag)) {
            return i < values.length ? values[i] : null;
        }
        PyObject descr = t.lookup(name);
        if (descr == null) {
            if (!valuesMode) {
                return o.getInstanceAttr(name);
            }
            if (i >= 0 && tag != 0 && t.versionTag == tag) {
                keys.markPlain(i, tag);
            }
            return i >= 0 && i < values.length ? values[i] : null;
        }
        return descr instanceof PyFunction ? boundUnlessShadowed(o, name, descr) : null;
    }

    private static PyObject boundUnlessShadowed(PyInstance o, String name, PyObject function) {
        PyObject v = o.getInstanceAttr(name);
        return v != null ? v : new PyMethod(function, o);
    }

    private static PyObject getAttrSlow(PyObject o, String name, boolean raise) {
        PyType t = o.type();
        PyObject r;
        if (t.customGetattribute) {
            PyObject ga = t.lookup("__getattribute__");
            try {
                r = callMethodDescr(ga, o, new PyObject[] {new PyStr(name)}, null);
                return r;
            } catch (PyException e) {
                if (!e.matches(Exc.AttributeError) || !t.hasGetattr) {
                    throw e;
                }
            }
            return callMethodDescr(t.lookup("__getattr__"), o, new PyObject[] {new PyStr(name)}, null);
        }
        try {
            if (o instanceof PyType) {
                r = typeGetAttr((PyType) o, name);
            } else if (o instanceof PyModule) {
                r = moduleGetAttr((PyModule) o, name);
            } else if (o instanceof PyMethod) {
                // CPython 3.11: Objects/classobject.c method_getattro (the type's attribute, else the function's)
                r = genericGetAttr(o, name);
                if (r == null) {
                    return raise ? getAttr(((PyMethod) o).func, name) : lookupAttr(((PyMethod) o).func, name);
                }
            } else {
                r = genericGetAttr(o, name);
            }
        } catch (PyException e) {
            // CPython 3.11: Objects/typeobject.c slot_tp_getattr_hook (AttributeError from a descriptor too)
            if (!t.hasGetattr || !e.matches(Exc.AttributeError)) {
                throw e;
            }
            r = null;
        }
        if (r != null) {
            return r;
        }
        if (t.hasGetattr) {
            return callMethodDescr(t.lookup("__getattr__"), o, new PyObject[] {new PyStr(name)}, null);
        }
        if (!raise) {
            return null;
        }
        throw noAttribute(o, name);
    }

    public static PyException noAttribute(PyObject o, String name) {
        if (o instanceof PyType) {
            return Exc.attributeError("type object '" + ((PyType) o).name() + "' has no attribute '" + name + "'", o,
                    name);
        }
        if (o instanceof PyModule) {
            return Exc.attributeError("module '" + ((PyModule) o).name() + "' has no attribute '" + name + "'", o,
                    name);
        }
        return Exc.attributeError("'" + typeName(o) + "' object has no attribute '" + name + "'", o, name);
    }

    /** The instance dict of {@code o} (creating/materializing it), or null if it has none. */
    public static PyDict instanceDict(PyObject o) {
        if (o instanceof BuiltinSubclasses.HasDict) {
            return ((BuiltinSubclasses.HasDict) o).instanceDict(true);
        }
        if (o instanceof PyInstance) {
            PyInstance i = (PyInstance) o;
            return i.hasDict() ? i.materialize() : null;
        }
        if (o instanceof PyFunction) {
            PyFunction f = (PyFunction) o;
            if (f.funcDict == null) {
                f.funcDict = new PyDict();
            }
            return f.funcDict;
        }
        if (o instanceof PyModule) {
            return ((PyModule) o).dict;
        }
        if (o instanceof PyList && ((PyList) o).cls != PyList.TYPE) {
            PyList l = (PyList) o;
            if (l.instDict == null) {
                l.instDict = new PyDict();
            }
            return l.instDict;
        }
        if (o instanceof PyDict && ((PyDict) o).cls != PyDict.TYPE) {
            PyDict d = (PyDict) o;
            if (d.instDict == null) {
                d.instDict = new PyDict();
            }
            return d.instDict;
        }
        return null;
    }

    /** {@code name} from {@code o}'s instance dict (never creating one), or null. */
    public static PyObject instanceAttr(PyObject o, String name) {
        if (o instanceof PyInstance) { // first: a class test is cheaper than HasDict's interface test
            return ((PyInstance) o).getInstanceAttr(name);
        }
        if (o instanceof BuiltinSubclasses.HasDict) {
            PyDict d = ((BuiltinSubclasses.HasDict) o).instanceDict(false);
            return d == null ? null : d.getStr(name);
        }
        if (o instanceof PyModule) {
            return ((PyModule) o).dict.getStr(name);
        }
        if (o instanceof PyFunction) {
            PyFunction f = (PyFunction) o;
            return f.funcDict == null ? null : f.funcDict.getStr(name);
        }
        if (o instanceof PyList) {
            PyDict d = ((PyList) o).instDict;
            return d == null ? null : d.getStr(name);
        }
        if (o instanceof PyDict) {
            PyDict d = ((PyDict) o).instDict;
            return d == null ? null : d.getStr(name);
        }
        return null;
    }

    /** CPython 3.11: Objects/object.c _PyObject_GenericGetAttrWithDict; null if missing. */
    public static PyObject genericGetAttr(PyObject o, String name) {
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        if (descr != null && !(descr instanceof PyFunction) && isDataDescr(descr)) {
            return descrGet(descr, o, t);
        }
        PyObject v = instanceAttr(o, name);
        if (v != null) {
            return v;
        }
        if (descr != null) {
            return hasGet(descr) ? descrGet(descr, o, t) : descr;
        }
        return null;
    }

    /** CPython 3.11: Objects/typeobject.c type_getattro; null if missing. */
    public static PyObject typeGetAttr(PyType type, String name) {
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescr(metaAttr)) {
            return descrGet(metaAttr, type, meta);
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            if (attr instanceof PyFunction || attr instanceof PyMethodDescr) {
                return attr;
            }
            return hasGet(attr) ? descrGet(attr, null, type) : attr;
        }
        if (metaAttr != null) {
            return hasGet(metaAttr) ? descrGet(metaAttr, type, meta) : metaAttr;
        }
        return null;
    }

    static PyObject moduleGetAttr(PyModule m, String name) {
        PyObject v = genericGetAttr(m, name);
        if (v != null) {
            return v;
        }
        if (m.lazy != null && (v = m.lazy.apply(name)) != null) {
            return v;
        }
        PyObject ga = m.dict.getStr("__getattr__");
        if (ga != null) {
            return call(ga, new PyStr(name));
        }
        return null;
    }

    /** Whether {@code sa}, a type's {@code __setattr__} or {@code __delattr__}, is not object's or type's own. */
    static boolean isCustomSetattr(PyObject sa) {
        return sa != TypeSetup.OBJECT_SETATTR && sa != TypeSetup.OBJECT_DELATTR
                && sa != TypeSetup.TYPE_SETATTR && sa != TypeSetup.TYPE_DELATTR && sa != null;
    }

    /** {@code setattr(o, name, v)}; {@code v} null deletes. */
    public static void setAttr(PyObject o, String name, PyObject v) {
        PyType t = o.type();
        // built-in types with their own attribute access (weakref proxies), heap types with their own
        // __setattr__ / __delattr__ (flags the type keeps, recomputed whenever it or a base changes)
        if ((t.heap || t.customGetattribute) && (v == null ? t.customDelattr : t.customSetattr)) {
            PyObject sa = t.lookup(v == null ? "__delattr__" : "__setattr__");
            if (isCustomSetattr(sa)) {
                if (v == null) {
                    callMethodDescr(sa, o, new PyObject[] {new PyStr(name)}, null);
                } else {
                    callMethodDescr(sa, o, new PyObject[] {new PyStr(name), v}, null);
                }
                return;
            }
        }
        if (o instanceof PyType) {
            typeSetAttr((PyType) o, name, v);
        } else {
            genericSetAttr(o, name, v);
        }
    }

    /**
     * A values-mode instance's value for a name its type is known not to have at its current
     * version tag (see {@link #instanceGetAttr}) replaced by {@code v}; false (nothing done) when
     * that is not known or the instance has no value for the name yet.
     */
    private static boolean replacedPlain(PyInstance o, PyType t, String name, PyObject v) {
        PyObject[] values = o.values;
        SharedKeys keys = t.sharedKeys;
        if (values == null || keys == null) {
            return false;
        }
        int i = keys.indexOf(name);
        int tag = t.versionTag;
        if (i < 0 || tag == 0 || i >= values.length || values[i] == null || !keys.plainAt(i, tag)) {
            return false;
        }
        values[i] = v;
        return true;
    }

    /** CPython 3.11: Objects/object.c _PyObject_GenericSetAttrWithDict. */
    public static void genericSetAttr(PyObject o, String name, PyObject v) {
        PyType t = o.type();
        if (v != null && o instanceof PyInstance && replacedPlain((PyInstance) o, t, name, v)) {
            return;
        }
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescr(descr)) {
            descrSet(descr, o, v);
            return;
        }
        if (o instanceof PyInstance) {
            PyInstance inst = (PyInstance) o;
            if (inst.hasDict()) {
                if (v == null) {
                    if (!inst.delInstanceAttr(name)) {
                        throw noAttribute(o, name);
                    }
                } else {
                    inst.setInstanceAttr(name, v);
                }
                return;
            }
        } else {
            PyDict d = instanceDict(o);
            if (d != null) {
                if (v == null) {
                    if (!d.delStr(name)) {
                        throw noAttribute(o, name);
                    }
                } else {
                    d.setStr(name, v);
                }
                return;
            }
        }
        if (descr == null) {
            if (!t.heap && !(o instanceof PyInstance)) {
                throw Exc.attributeError("'" + t.name() + "' object has no attribute '" + name + "'", o, name);
            }
            throw Exc.attributeError("'" + t.name() + "' object has no attribute '" + name + "'", o, name);
        }
        throw Exc.attributeError("'" + t.name() + "' object attribute '" + name + "' is read-only", o, name);
    }

    /** CPython 3.11: Objects/typeobject.c type_setattro. */
    public static void typeSetAttr(PyType type, String name, PyObject v) {
        if (!type.heap) {
            throw Exc.typeError("cannot set '" + name + "' attribute of immutable type '" + type.name() + "'");
        }
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescr(metaAttr)) {
            descrSet(metaAttr, type, v);
            return;
        }
        if (v == null) {
            if (type.dict.delItem(new PyStr(name)) == null) {
                throw noAttribute(type, name);
            }
        } else {
            type.dict.setStr(name, v);
        }
        type.modified();
    }

    // ---------------------------------------------------------------- truth, hash, str, repr

    /** CPython 3.11: Objects/object.c PyObject_IsTrue. */
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == NONE) {
            return false;
        }
        if (o.getClass() == PyInt.class) {
            PyInt i = (PyInt) o;
            return i.big != null || i.value != 0;
        }
        if (o.getClass() == PyStr.class) {
            return !((PyStr) o).value.isEmpty();
        }
        if (o.getClass() == PyFloat.class) {
            return ((PyFloat) o).value != 0; // float_bool
        }
        if (o instanceof PyList && ((PyList) o).cls == PyList.TYPE) {
            return ((PyList) o).size != 0;
        }
        if (o.getClass() == PyTuple.class) {
            return ((PyTuple) o).size() != 0;
        }
        if (o instanceof PyDict && ((PyDict) o).cls == PyDict.TYPE) {
            return ((PyDict) o).size() != 0;
        }
        PyType t = o.type();
        PyObject b = t.lookup("__bool__");
        if (b != null) {
            PyObject r = callMethodDescr(b, o, new PyObject[0], null);
            if (!(r instanceof PyBool)) {
                throw Exc.typeError("__bool__ should return bool, returned " + typeName(r));
            }
            return r == PyBool.TRUE;
        }
        PyObject l = t.lookup("__len__");
        if (l != null) {
            return len(o) != 0;
        }
        return true;
    }

    /** CPython 3.11: Objects/object.c PyObject_Hash. */
    public static long hash(PyObject o) {
        if (o instanceof PyStr && o.type() == PyStr.TYPE) {
            return Hashing.str((PyStr) o);
        }
        if (o.getClass() == PyInt.class || o instanceof PyBool) {
            return Hashes.integer((PyInt) o);
        }
        PyObject h = o.type().lookup("__hash__");
        if (h == null || h == NONE) {
            // tp_name: module-qualified for built-in types of other modules ('collections.deque')
            throw Exc.typeError("unhashable type: '" + (o.type().isHeapType() ? typeName(o) : o.type().displayName())
                    + "'");
        }
        PyObject r = callMethodDescr(h, o, new PyObject[0], null);
        if (!(r instanceof PyInt)) {
            throw Exc.typeError("__hash__ method should return an integer");
        }
        PyInt ri = (PyInt) r;
        long v = ri.big != null ? Hashes.integer(ri) : ri.value;
        return v == -1 ? -2 : v;
    }

    /** {@code repr(o)} as a Java string. */
    public static String repr(PyObject o) {
        return ((PyStr) reprObj(o)).value;
    }

    public static PyObject reprObj(PyObject o) {
        PyObject r = o.type().lookup("__repr__");
        if (r == null) {
            return new PyStr(String.valueOf(o));
        }
        PyObject s;
        // CPython 3.11: Objects/object.c PyObject_Repr
        Interpreter in = Interpreter.enterRecursiveCall(" while getting the repr of an object");
        try {
            s = callMethodDescr(r, o, new PyObject[0], null);
        } finally {
            Interpreter.leaveRecursiveCall(in);
        }
        if (!(s instanceof PyStr)) {
            throw Exc.typeError("__repr__ returned non-string (type " + typeName(s) + ")");
        }
        return s;
    }

    /** {@code str(o)} as a Java string. */
    public static String str(PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value;
        }
        return ((PyStr) strObj(o)).value;
    }

    public static PyObject strObj(PyObject o) {
        if (o instanceof PyStr && o.type() == PyStr.TYPE) {
            return o;
        }
        PyObject r = o.type().lookup("__str__");
        if (r == null) {
            return reprObj(o);
        }
        PyObject s;
        // CPython 3.11: Objects/object.c PyObject_Str
        Interpreter in = Interpreter.enterRecursiveCall(" while getting the str of an object");
        try {
            s = callMethodDescr(r, o, new PyObject[0], null);
        } finally {
            Interpreter.leaveRecursiveCall(in);
        }
        if (!(s instanceof PyStr)) {
            throw Exc.typeError("__str__ returned non-string (type " + typeName(s) + ")");
        }
        return s;
    }

    // ---------------------------------------------------------------- numbers

    /** CPython 3.11: Objects/abstract.c binary_op1 (the data-model rule for reflected operands). */
    public static PyObject binaryOp1(PyObject a, PyObject b, int op) {
        PyType ta = a.type();
        PyType tb = b.type();
        PyObject slotA = ta.lookup(NB_DUNDER[op]);
        PyObject slotB = null;
        if (tb != ta) {
            slotB = tb.lookup(NB_RDUNDER[op]);
            if (slotB != null && slotB == ta.lookup(NB_RDUNDER[op])) {
                slotB = null;
            }
        }
        if (slotA != null) {
            if (slotB != null && tb.isSubtypeOf(ta)) {
                PyObject r = callMethodDescr1(slotB, b, a);
                if (r != NI) {
                    return r;
                }
                slotB = null;
            }
            PyObject r = callMethodDescr1(slotA, a, b);
            if (r != NI) {
                return r;
            }
        }
        if (slotB != null) {
            return callMethodDescr1(slotB, b, a);
        }
        return NI;
    }

    /** list + list of two exact lists (no subclass's __radd__ to consult) without the __add__ look-up and call; else null. */
    private static PyObject listConcat(PyList a, PyList b) {
        return a.cls == PyList.TYPE && b.cls == PyList.TYPE ? PyList.concat(a, b) : null;
    }

    /** {@code a <op> b} for a BINARY_OP oparg (0..25, inplace forms from 13). */
    public static PyObject binaryOp(PyObject a, PyObject b, int oparg) {
        if (oparg >= NB_INPLACE) {
            int op = oparg - NB_INPLACE;
            PyObject f = floatBinary(a, b, op); // float and int define no in-place forms
            if (f != null && f != NI) {
                return f;
            }
            PyObject ip = a.type().lookup(NB_IDUNDER[op]);
            if (ip != null) {
                PyObject r = callMethodDescr1(ip, a, b);
                if (r != NI) {
                    return r;
                }
            }
            PyObject r = binaryOp1(a, b, op);
            if (r == NI) {
                throw binaryError(a, b, op, NB_SYMBOLS[op] + "=");
            }
            return r;
        }
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyObject r = IntOps.binary((PyInt) a, (PyInt) b, oparg);
            if (r != null) {
                return r;
            }
        }
        if (oparg == NB_REMAINDER && a.getClass() == PyStr.class
                && (b.getClass() == PyStr.class || !(b instanceof PyStr))) {
            // str % args as str's nb_remainder (unicode_mod), without the __mod__ look-up and call;
            // binary_op1 asks a str subclass's __rmod__ first, so such a b takes the full path
            return new PyStr(StrOps.percent(((PyStr) a).value, b));
        }
        if (oparg == NB_ADD && a instanceof PyList && b instanceof PyList) {
            PyObject r = listConcat((PyList) a, (PyList) b);
            if (r != null) {
                return r;
            }
        }
        PyObject r = floatBinary(a, b, oparg);
        if (r != null && r != NI) {
            return r;
        }
        r = binaryOp1(a, b, oparg);
        if (r == NI) {
            throw binaryError(a, b, oparg, NB_SYMBOLS[oparg]);
        }
        return r;
    }

    /**
     * Exact float with float, float with int, int with float: what binary_op1 reaches through
     * float's number slots (the int's slot returns NotImplemented for a float), without looking up
     * dunders or allocating argument arrays. Null for other operands, NotImplemented for an
     * operator float does not implement.
     */
    // CPython 3.11: Objects/floatobject.c float_add .. float_pow (CONVERT_TO_DOUBLE)
    private static PyObject floatBinary(PyObject a, PyObject b, int op) {
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (ca == PyFloat.class) {
            if (cb == PyFloat.class) {
                return FloatOps.binary(((PyFloat) a).value, ((PyFloat) b).value, op);
            }
            return cb == PyInt.class ? FloatOps.binary(((PyFloat) a).value, IntOps.toDouble((PyInt) b), op) : null;
        }
        return ca == PyInt.class && cb == PyFloat.class
                ? FloatOps.binary(IntOps.toDouble((PyInt) a), ((PyFloat) b).value, op) : null;
    }

    private static PyException binaryError(PyObject a, PyObject b, int op, String sym) {
        if (op == NB_ADD && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)) {
            String tn = a instanceof PyStr ? "str" : a instanceof PyList ? "list" : "tuple";
            if (!(b.type().isSubtypeOf(a.type()))) {
                return Exc.typeError("can only concatenate " + tn + " (not \"" + typeName(b) + "\") to " + tn);
            }
        }
        if (op == NB_ADD && (a instanceof PyBytes || a instanceof PyByteArray)) {
            // CPython 3.11: Objects/bytesobject.c bytes_concat (buffer protocol failure)
            return Exc.typeError("can't concat " + typeName(b) + " to " + typeName(a));
        }
        if (op == NB_MULTIPLY) {
            boolean seqA = a instanceof PyStr || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytes
                    || a instanceof PyByteArray;
            boolean seqB = b instanceof PyStr || b instanceof PyList || b instanceof PyTuple || b instanceof PyBytes
                    || b instanceof PyByteArray;
            if (seqA) {
                return Exc.typeError("can't multiply sequence by non-int of type '" + typeName(b) + "'");
            }
            if (seqB) {
                return Exc.typeError("can't multiply sequence by non-int of type '" + typeName(a) + "'");
            }
        }
        if (op == NB_POWER && sym.equals("**")) {
            sym = "** or pow()";
        }
        return Exc.typeError("unsupported operand type(s) for " + sym + ": '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    public static PyObject add(PyObject a, PyObject b) {
        return binaryOp(a, b, NB_ADD);
    }

    public static PyObject sub(PyObject a, PyObject b) {
        return binaryOp(a, b, NB_SUBTRACT);
    }

    public static PyObject mul(PyObject a, PyObject b) {
        return binaryOp(a, b, NB_MULTIPLY);
    }

    /** An int, float or complex (or a subclass). */
    public static boolean isNumberLike(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    /** Unary operators: {@code -o}, {@code +o}, {@code ~o}. */
    public static PyObject unary(PyObject o, String dunder, String sym) {
        if (o.getClass() == PyInt.class && dunder.equals("__neg__")) {
            return IntOps.neg((PyInt) o);
        }
        if (o.getClass() == PyFloat.class && dunder.equals("__neg__")) {
            return new PyFloat(-((PyFloat) o).value);
        }
        PyObject m = o.type().lookup(dunder);
        if (m == null) {
            throw Exc.typeError("bad operand type for unary " + sym + ": '" + typeName(o) + "'");
        }
        return callMethodDescr(m, o, new PyObject[0], null);
    }

    /** {@code operator.index(o)}. */
    // CPython 3.11: Objects/abstract.c PyNumber_Index (the result is an exact int)
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt) {
            return o.getClass() == PyInt.class ? (PyInt) o : exactInt((PyInt) o);
        }
        PyObject m = o.type().lookup("__index__");
        if (m == null) {
            throw Exc.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
        }
        PyObject r = callMethodDescr(m, o, new PyObject[0], null);
        if (!(r instanceof PyInt)) {
            throw Exc.typeError("__index__ returned non-int (type " + typeName(r) + ")");
        }
        return r.getClass() == PyInt.class ? (PyInt) r : exactInt((PyInt) r);
    }

    /** An int (or bool, or int subclass instance) as an exact int. */
    static PyInt exactInt(PyInt i) {
        return i.big != null ? PyInt.of(i.big) : PyInt.of(i.value);
    }

    /** {@code index(o)} clamped to the long range (for slices). */
    public static long indexClamped(PyObject o) {
        PyInt i = index(o);
        if (i.big != null) {
            return i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return i.value;
    }

    /** {@code index(o)} as an int for sequence indexing, raising IndexError on overflow. */
    public static long asIndex(PyObject o, String what) {
        PyInt i;
        if (o instanceof PyInt) {
            i = (PyInt) o;
        } else {
            PyObject m = o.type().lookup("__index__");
            if (m == null) {
                throw Exc.typeError(what + " indices must be integers or slices, not " + typeName(o));
            }
            i = index(o);
        }
        if (i.big != null) {
            throw Exc.indexError("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    // ---------------------------------------------------------------- comparison

    /** CPython 3.11: Objects/object.c do_richcompare. */
    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return PyBool.of(IntOps.compare((PyInt) a, (PyInt) b, op));
        }
        Interpreter in = Interpreter.enterRecursiveCall(" in comparison");
        try {
            return doRichCompare(a, b, op);
        } finally {
            Interpreter.leaveRecursiveCall(in);
        }
    }

    // CPython 3.11: Objects/object.c do_richcompare
    private static PyObject doRichCompare(PyObject a, PyObject b, int op) {
        PyObject f = floatCompare(a, b, op);
        if (f != null) {
            return f;
        }
        PyType ta = a.type();
        PyType tb = b.type();
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            PyObject rm = tb.lookup(CMP_NAMES[CMP_SWAP[op]]);
            if (rm != null && rm != ta.lookup(CMP_NAMES[CMP_SWAP[op]])) {
                checkedReverse = true;
                PyObject r = callMethodDescr1(rm, b, a);
                if (r != NI) {
                    return r;
                }
            }
        }
        PyObject m = ta.lookup(CMP_NAMES[op]);
        if (m != null) {
            PyObject r = callMethodDescr1(m, a, b);
            if (r != NI) {
                return r;
            }
        }
        if (!checkedReverse) {
            PyObject rm = tb.lookup(CMP_NAMES[CMP_SWAP[op]]);
            if (rm != null) {
                PyObject r = callMethodDescr1(rm, b, a);
                if (r != NI) {
                    return r;
                }
            }
        }
        if (op == EQ) {
            return PyBool.of(a == b);
        }
        if (op == NE) {
            return PyBool.of(a != b);
        }
        throw Exc.typeError("'" + CMP_SYMBOLS[op] + "' not supported between instances of '" + typeName(a)
                + "' and '" + typeName(b) + "'");
    }

    /**
     * Exact float with float, float with int, int with float: what do_richcompare reaches through
     * float's tp_richcompare (directly or reflected), without dunder lookups. Null for other operands.
     */
    // CPython 3.11: Objects/floatobject.c float_richcompare
    private static PyObject floatCompare(PyObject a, PyObject b, int op) {
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        int c;
        if (ca == PyFloat.class) {
            double av = ((PyFloat) a).value;
            if (cb == PyFloat.class) {
                c = FloatOps.cmp(av, ((PyFloat) b).value);
            } else if (cb == PyInt.class) {
                c = IntOps.cmpIntFloat((PyInt) b, av);
                c = c == 2 ? 2 : -c;
            } else {
                return null;
            }
        } else if (ca == PyInt.class && cb == PyFloat.class) {
            c = IntOps.cmpIntFloat((PyInt) a, ((PyFloat) b).value);
        } else {
            return null;
        }
        return PyBool.of(BuiltinMethods.cmpResult(c, op));
    }

    /** CPython 3.11: Objects/object.c PyObject_RichCompareBool (identity implies equality). */
    public static boolean richCompareBool(PyObject a, PyObject b, int op) {
        if (a == b) {
            if (op == EQ) {
                return true;
            }
            if (op == NE) {
                return false;
            }
        }
        if (op == EQ || op == NE) {
            if (a instanceof PyStr && b instanceof PyStr && a.type() == PyStr.TYPE && b.type() == PyStr.TYPE) {
                return ((PyStr) a).value.equals(((PyStr) b).value) == (op == EQ);
            }
        }
        PyObject r = richCompare(a, b, op);
        if (r instanceof PyBool) {
            return r == PyBool.TRUE;
        }
        return isTrue(r);
    }

    public static boolean eq(PyObject a, PyObject b) {
        return richCompareBool(a, b, EQ);
    }

    // ---------------------------------------------------------------- containers

    public static long len(PyObject o) {
        if (o instanceof PyList && o.type() == PyList.TYPE) {
            return ((PyList) o).size;
        }
        if (o.getClass() == PyTuple.class) {
            return ((PyTuple) o).size();
        }
        if (o.getClass() == PyStr.class) {
            return ((PyStr) o).value.codePointCount(0, ((PyStr) o).value.length());
        }
        if (o instanceof PyDict) {
            return ((PyDict) o).size();
        }
        if (o.getClass() == PySet.class && (o.type() == PySet.TYPE || o.type() == PyFrozenSet.TYPE)) {
            // len(set(...)) (nqueens) without the __len__ look-up and call
            return ((PySet) o).size();
        }
        PyObject m = o.type().lookup("__len__");
        if (m == null) {
            throw Exc.typeError("object of type '" + typeName(o) + "' has no len()");
        }
        PyObject r = callMethodDescr(m, o, new PyObject[0], null);
        if (!(r instanceof PyInt)) {
            throw Exc.typeError("'" + typeName(r) + "' object cannot be interpreted as an integer");
        }
        PyInt ri = (PyInt) r;
        if (ri.big != null || ri.value < 0) {
            if (ri.big != null && ri.big.signum() > 0) {
                throw Exc.overflowError("cannot fit 'int' into an index-sized integer");
            }
            throw Exc.valueError("__len__() should return >= 0");
        }
        return ri.value;
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        if (o instanceof PyList && key.getClass() == PyInt.class && ((PyList) o).cls == PyList.TYPE) {
            PyList l = (PyList) o;
            long i = ((PyInt) key).value;
            if (i < 0) {
                i += l.size;
            }
            if (i >= 0 && i < l.size && ((PyInt) key).big == null) {
                return l.items[(int) i];
            }
        }
        if (key.getClass() == PySlice.class && o instanceof PyList && ((PyList) o).cls == PyList.TYPE) {
            // list[a:b:c] (nqueens' items[:i] + items[i + 1:], fannkuch's p[k::-1]) as list's
            // mp_subscript, without the __getitem__ look-up and call
            return BuiltinMethods.listGetItem((PyList) o, key);
        }
        if (o instanceof PyDict && ((PyDict) o).cls == PyDict.TYPE) {
            PyObject v = ((PyDict) o).getItem(key);
            if (v == null) {
                throw Exc.keyError(key);
            }
            return v;
        }
        PyObject m = o.type().lookup("__getitem__");
        if (m == null) {
            if (o instanceof PyType) {
                PyObject cgi = lookupAttr(o, "__class_getitem__");
                if (cgi != null) {
                    return call(cgi, key);
                }
                if (o == PyType.TYPE) {
                    return PyGenericAlias.of(o, key);
                }
                // CPython 3.11: Objects/abstract.c PyObject_GetItem
                throw Exc.typeError("type '" + ((PyType) o).name() + "' is not subscriptable");
            }
            throw Exc.typeError("'" + typeName(o) + "' object is not subscriptable");
        }
        return callMethodDescr1(m, o, key);
    }

    public static void setItem(PyObject o, PyObject key, PyObject v) {
        if (o instanceof PyDict && ((PyDict) o).cls == PyDict.TYPE) {
            ((PyDict) o).setItem(key, v);
            return;
        }
        if (o instanceof PyList && ((PyList) o).cls == PyList.TYPE) {
            // an exact list as its mp_ass_subscript (fannkuch's p[:k + 1] = ...), without the
            // __setitem__ look-up and call
            BuiltinMethods.listSetItem((PyList) o, key, v);
            return;
        }
        PyObject m = o.type().lookup("__setitem__");
        if (m == null) {
            throw Exc.typeError("'" + typeName(o) + "' object does not support item assignment");
        }
        callMethodDescr(m, o, new PyObject[] {key, v}, null);
    }

    public static void delItem(PyObject o, PyObject key) {
        PyObject m = o.type().lookup("__delitem__");
        if (m == null) {
            throw Exc.typeError("'" + typeName(o) + "' object does not support item deletion");
        }
        callMethodDescr1(m, o, key);
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item) {
        if (container instanceof PyDict && ((PyDict) container).cls == PyDict.TYPE) {
            return ((PyDict) container).getItem(item) != null;
        }
        // the exact built-in containers as their sq_contains slots, without a lookup of
        // __contains__ and a call with its argument array (what the slots' __contains__ do)
        PyType t = container.type();
        if (t == PySet.TYPE || t == PyFrozenSet.TYPE) {
            if (container instanceof PySet && !(item instanceof PySet)) {
                return ((PySet) container).contains(item);
            }
        } else if (t == PyList.TYPE) {
            PyList l = (PyList) container;
            for (int k = 0; k < l.size; k++) {
                if (richCompareBool(l.items[k], item, EQ)) {
                    return true;
                }
            }
            return false;
        } else if (t == PyTuple.TYPE) {
            for (PyObject y : ((PyTuple) container).items) {
                if (richCompareBool(y, item, EQ)) {
                    return true;
                }
            }
            return false;
        } else if (t == PyStr.TYPE && item instanceof PyStr) {
            return ((PyStr) container).value.contains(((PyStr) item).value);
        }
        PyObject m = t.lookup("__contains__");
        if (m != null) {
            return isTrue(callMethodDescr1(m, container, item));
        }
        PyObject it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError)) {
                throw Exc.typeError("argument of type '" + typeName(container) + "' is not iterable");
            }
            throw e;
        }
        for (PyObject x = next(it); x != null; x = next(it)) {
            if (richCompareBool(x, item, EQ)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- iteration

    /** CPython 3.11: Objects/abstract.c PyObject_GetIter. */
    public static PyObject iter(PyObject o) {
        if (o instanceof PyList && ((PyList) o).cls == PyList.TYPE) {
            return new Iterators.ListIter((PyList) o);
        }
        if (o.getClass() == PyRange.class && ((PyRange) o).big == null) {
            // range.__iter__ (range has no subclasses) without the look-up and call
            return new Iterators.RangeIter((PyRange) o);
        }
        if (o.getClass() == PyGenerator.class && o.type() == PyGenerator.GENERATOR) {
            return o; // generator.__iter__
        }
        PyObject builtin = iterOfBuiltin(o);
        if (builtin != null) {
            return builtin;
        }
        PyType t = o.type();
        PyObject m = t.lookup("__iter__");
        if (m == null || m == NONE) {
            if (m == null && t.lookup("__getitem__") != null) {
                return new Iterators.SeqIter(o);
            }
            throw Exc.typeError("'" + typeName(o) + "' object is not iterable");
        }
        PyObject it = callMethodDescr(m, o, new PyObject[0], null);
        if (!(it instanceof PyIter) && it.type().lookup("__next__") == null) {
            throw Exc.typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
        }
        return it;
    }

    /**
     * The tp_iter of an exact tuple, dict, dict view, set, frozenset or str, called as CPython's
     * PyObject_GetIter calls it: without looking up {@code __iter__} and calling its method
     * descriptor (these types' dicts cannot change). Null for anything else.
     */
    private static PyObject iterOfBuiltin(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyTuple.class) {
            return new Iterators.ArrayIter(((PyTuple) o).items, Iterators.TUPLE_ITER);
        }
        if (c == BuiltinMethods.DictView.class) {
            return ((BuiltinMethods.DictView) o).iter();
        }
        if (c == PyDict.class && ((PyDict) o).cls == PyDict.TYPE) {
            return new Iterators.DictIter((PyDict) o, 0, Iterators.DICT_KEYITER);
        }
        if (c == PySet.class && (o.type() == PySet.TYPE || o.type() == PyFrozenSet.TYPE)) {
            return new PySet.Iter((PySet) o);
        }
        if (c == PyStr.class) {
            return new Iterators.StrIter(((PyStr) o).value);
        }
        return null;
    }

    /** The next item of iterator {@code it}, or null when exhausted (StopIteration swallowed). */
    public static PyObject next(PyObject it) {
        if (it instanceof PyIter) {
            // the commonest iterators of for loops by exact class first: in most programs the
            // virtual call below sees many classes and is not inlined
            Class<?> c = it.getClass();
            if (c == Iterators.RangeIter.class) {
                return ((Iterators.RangeIter) it).next();
            }
            if (c == Iterators.ListIter.class) {
                return ((Iterators.ListIter) it).next();
            }
            if (c == PyGenerator.class) {
                return ((PyGenerator) it).next();
            }
            return ((PyIter) it).next();
        }
        PyObject m = it.type().lookup("__next__");
        if (m == null) {
            throw Exc.typeError("'" + typeName(it) + "' object is not an iterator");
        }
        try {
            return callMethodDescr(m, it, new PyObject[0], null);
        } catch (PyException e) {
            if (e.matches(Exc.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** All items of an iterable, as a new array. */
    /**
     * The items of {@code o} as {@code list(o)} collects them: past an exact list or tuple, the
     * iterator is taken first, then the length hint (a user {@code __len__} or
     * {@code __length_hint__} is called), then the items.
     */
    // CPython 3.11: Objects/listobject.c list_extend
    public static PyObject[] sequenceList(PyObject o) {
        if (o.getClass() == PyTuple.class || o instanceof PyList && ((PyList) o).cls == PyList.TYPE) {
            return toArray(o);
        }
        PyObject it = iter(o);
        lengthHint(o);
        PyList out = new PyList();
        for (PyObject x = next(it); x != null; x = next(it)) {
            out.append(x);
        }
        return out.toArray();
    }

    /**
     * Calls what CPython's {@code PyObject_LengthHint} calls on a user type ({@code __len__}, else
     * {@code __length_hint__}) with its errors; quicken's lists need no size guess, so the value is
     * only checked.
     */
    // CPython 3.11: Objects/abstract.c PyObject_LengthHint
    public static void lengthHint(PyObject o) {
        PyType t = o.type();
        if (!t.isHeapType()) {
            return; // built-in lengths and hints have no visible effects
        }
        if (t.lookup("__len__") != null) {
            try {
                len(o);
                return;
            } catch (PyException e) {
                if (!e.matches(Exc.TypeError)) {
                    throw e;
                }
            }
        }
        PyObject hint = t.lookup("__length_hint__");
        if (hint == null) {
            return;
        }
        PyObject r;
        try {
            r = callMethodDescr(hint, o, NO_ARGS, null);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError)) {
                return;
            }
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return;
        }
        if (!(r instanceof PyInt)) {
            throw Exc.typeError("__length_hint__ must be an integer, not " + typeName(r));
        }
        if (((PyInt) r).toBigInteger().signum() < 0) {
            throw Exc.valueError("__length_hint__() should return >= 0");
        }
    }

    public static PyObject[] toArray(PyObject o) {
        if (o.getClass() == PyTuple.class) {
            return ((PyTuple) o).items.clone();
        }
        if (o instanceof PyList && ((PyList) o).cls == PyList.TYPE) {
            return ((PyList) o).toArray();
        }
        PyList out = new PyList();
        PyObject it = iter(o);
        for (PyObject x = next(it); x != null; x = next(it)) {
            out.append(x);
        }
        return out.toArray();
    }

    // ---------------------------------------------------------------- isinstance

    /** CPython 3.11: Objects/abstract.c PyObject_IsInstance. */
    public static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyUnion) {
            cls = ((PyUnion) cls).args;
        }
        if (cls instanceof PyType) {
            PyType t = (PyType) cls;
            if (o.type().isSubtypeOf(t)) {
                return true;
            }
            if (t.type() != PyType.TYPE) {
                PyObject chk = t.type().lookup("__instancecheck__");
                if (chk != null) {
                    return isTrue(callMethodDescr1(chk, t, o));
                }
            }
            PyObject c = lookupAttr(o, "__class__");
            return c instanceof PyType && c != o.type() && ((PyType) c).isSubtypeOf(t);
        }
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject chk = cls.type().lookup("__instancecheck__");
        if (chk != null) {
            return isTrue(callMethodDescr1(chk, cls, o));
        }
        throw Exc.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean isSubclass(PyObject c, PyObject cls) {
        if (cls instanceof PyUnion) {
            cls = ((PyUnion) cls).args;
        }
        if (cls instanceof PyTuple) {
            for (PyObject x : ((PyTuple) cls).items) {
                if (isSubclass(c, x)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType)) {
            PyObject chk = cls.type().lookup("__subclasscheck__");
            if (chk != null) {
                return isTrue(callMethodDescr1(chk, cls, c));
            }
        }
        if (!(c instanceof PyType)) {
            throw Exc.typeError("issubclass() arg 1 must be a class");
        }
        if (!(cls instanceof PyType)) {
            throw Exc.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        PyType t = (PyType) cls;
        if (t.type() != PyType.TYPE) {
            PyObject chk = t.type().lookup("__subclasscheck__");
            if (chk != null) {
                return isTrue(callMethodDescr1(chk, t, c));
            }
        }
        return ((PyType) c).isSubtypeOf(t);
    }

    // ---------------------------------------------------------------- conversions

    public static PyObject bool(boolean b) {
        return PyBool.of(b);
    }

    public static PyInt toInt(long v) {
        return PyInt.of(v);
    }

    public static PyInt toInt(BigInteger v) {
        return PyInt.of(v);
    }

    /** A Java double from an int or float (for math). */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return IntOps.toDouble((PyInt) o);
        }
        PyObject m = o.type().lookup("__float__");
        if (m != null) {
            PyObject r = callMethodDescr(m, o, new PyObject[0], null);
            if (r instanceof PyFloat) {
                return ((PyFloat) r).value;
            }
            throw Exc.typeError(typeName(o) + ".__float__ returned non-float (type " + typeName(r) + ")");
        }
        m = o.type().lookup("__index__");
        if (m != null) {
            return IntOps.toDouble(index(o));
        }
        throw Exc.typeError("must be real number, not " + typeName(o));
    }
}
