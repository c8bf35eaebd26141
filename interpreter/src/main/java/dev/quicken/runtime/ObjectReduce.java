package dev.quicken.runtime;

import dev.quicken.eval.Imports;
import dev.quicken.eval.Interpreter;

/**
 * {@code object.__reduce_ex__}, {@code object.__reduce__} and {@code object.__getstate__}: the
 * default pickling protocol that {@code copy} and {@code pickle} use (CPython 3.11
 * Objects/typeobject.c object___reduce_ex___impl, reduce_newobj, object_getstate_default).
 */
public final class ObjectReduce {

    private ObjectReduce() {
    }

    static final PyObject NONE = PyNone.NONE;

    static PyObject copyreg(String name) {
        PyObject m = Imports.importModule(Interpreter.current(), "copyreg", true);
        return Abstract.getAttr(m, name);
    }

    static void setup(PyType o) {
        TypeSetup.def(o, "__reduce_ex__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("__reduce_ex__", a, kw, 1, 1, 1);
                PyObject self = a[0];
                long protocol = Abstract.index(a[1]).value;
                PyObject reduce = self.type().lookup("__reduce__");
                if (reduce != null && reduce != o.dict.getStr("__reduce__")) {
                    return Abstract.callMethod(self, "__reduce__");
                }
                return commonReduce(self, protocol);
            }
        });
        TypeSetup.def0(o, SetupDef0.__reduce__);
        // CPython 3.11: Objects/setobject.c set_reduce: (type(s), (list(s),), s.__dict__ or None)
        for (PyType t : new PyType[] {PySet.TYPE, PyFrozenSet.TYPE}) {
            TypeSetup.def0(t, SetupTDef0.__reduce__);
        }
    }

    /** The methods of self alone that setup registers on o: one switch instead of a lambda class each. */
    private enum SetupDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject self) {
            switch (this) {
            case __reduce__:
                return commonReduce(self, 0);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupTDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject self) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(self);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject self) {
            PyObject d = Abstract.lookupAttr(self, "__dict__");
            return new PyTuple(new PyObject[] {self.type(),
                new PyTuple(new PyObject[] {new PyList(Abstract.toArray(self))}), d == null ? NONE : d});
        }
    }

    // CPython 3.11: Objects/typeobject.c _common_reduce
    static PyObject commonReduce(PyObject self, long protocol) {
        if (protocol >= 2) {
            return reduceNewobj(self);
        }
        return Abstract.call(copyreg("_reduce_ex"), self, PyInt.of(protocol));
    }

    // CPython 3.11: Objects/typeobject.c reduce_newobj
    static PyObject reduceNewobj(PyObject obj) {
        PyType cls = obj.type();
        if (cls.lookup("__new__") == null) {
            throw Exc.typeError("cannot pickle '" + cls.name() + "' object");
        }
        PyObject args = null;
        PyObject kwargs = null;
        PyObject gnex = Abstract.lookupAttr(obj, "__getnewargs_ex__");
        if (gnex != null) {
            PyObject r = Abstract.call(gnex);
            if (!(r instanceof PyTuple)) {
                throw Exc.typeError("__getnewargs_ex__ should return a tuple, not '" + Abstract.typeName(r) + "'");
            }
            PyObject[] items = ((PyTuple) r).items;
            if (items.length != 2) {
                throw Exc.valueError("__getnewargs_ex__ should return a tuple of length 2, not " + items.length);
            }
            if (!(items[0] instanceof PyTuple)) {
                throw Exc.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + Abstract.typeName(items[0]) + "'");
            }
            if (!(items[1] instanceof PyDict)) {
                throw Exc.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + Abstract.typeName(items[1]) + "'");
            }
            args = items[0];
            kwargs = items[1];
        } else {
            PyObject gn = Abstract.lookupAttr(obj, "__getnewargs__");
            if (gn != null) {
                args = Abstract.call(gn);
                if (!(args instanceof PyTuple)) {
                    throw Exc.typeError("__getnewargs__ should return a tuple, not '" + Abstract.typeName(args) + "'");
                }
            }
        }
        boolean hasargs = args != null;
        PyObject newobj;
        PyObject newargs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            newobj = copyreg("__newobj__");
            PyObject[] given = args == null ? new PyObject[0] : ((PyTuple) args).items;
            PyObject[] na = new PyObject[given.length + 1];
            na[0] = cls;
            System.arraycopy(given, 0, na, 1, given.length);
            newargs = new PyTuple(na);
        } else {
            newobj = copyreg("__newobj_ex__");
            newargs = new PyTuple(new PyObject[] {cls, args, kwargs});
        }
        boolean isList = obj instanceof PyList;
        boolean isDict = obj instanceof PyDict;
        PyObject state = getstate(obj, !hasargs && !isList && !isDict);
        PyObject listitems = isList ? Abstract.iter(obj) : NONE;
        PyObject dictitems = isDict ? Abstract.iter(Abstract.callMethod(obj, "items")) : NONE;
        return new PyTuple(new PyObject[] {newobj, newargs, state, listitems, dictitems});
    }

    // CPython 3.11: Objects/typeobject.c object_getstate
    public static PyObject getstate(PyObject obj, boolean required) {
        PyObject getstate = obj.type().lookup("__getstate__");
        if (getstate == null || getstate == TypeSetup.OBJECT.dict.getStr("__getstate__")) {
            return getstateDefault(obj, required);
        }
        return Abstract.callMethod(obj, "__getstate__");
    }

    // CPython 3.11: Objects/typeobject.c object_getstate_default
    static PyObject getstateDefault(PyObject obj, boolean required) {
        if (required && !(obj instanceof PyInstance) && !(obj instanceof BuiltinSubclasses.HasDict)
                && !(obj instanceof PyList) && !(obj instanceof PyDict)) {
            throw Exc.typeError("cannot pickle '" + Abstract.typeName(obj) + "' object");
        }
        if (required && obj instanceof PyInstance) {
            // an instance with a Java-native layout (CPython: tp_basicsize beyond object's) has state no dict holds
            PyType solid = obj.type();
            while (solid.heap && solid.bases().length > 0) {
                solid = TypeSetup.layoutBase(solid.bases());
            }
            if (solid != TypeSetup.OBJECT && !solid.heap && !solid.isSubtypeOf(Exc.BaseException)) {
                PyType t = obj.type();
                PyObject mod = t.heap ? null : t.dict.getStr("__module__");
                String tpName = mod instanceof PyStr && !((PyStr) mod).value.equals("builtins")
                        ? ((PyStr) mod).value + "." + t.name() : t.name();
                throw Exc.typeError("cannot pickle '" + tpName + "' object");
            }
        }
        PyObject state = NONE;
        if (obj instanceof PyInstance) {
            PyInstance i = (PyInstance) obj;
            if (i.hasDict()) {
                PyDict d = i.materialize();
                if (d.size() > 0) {
                    state = d;
                }
            }
        } else {
            PyDict d = obj instanceof BuiltinSubclasses.HasDict ? ((BuiltinSubclasses.HasDict) obj).instanceDict(false)
                    : obj instanceof PyList && obj.type() != PyList.TYPE || obj instanceof PyDict
                    && obj.type() != PyDict.TYPE ? Abstract.instanceDict(obj) : null;
            if (d != null && d.size() > 0) {
                state = d;
            }
        }
        PyObject slotnames = Abstract.call(copyreg("_slotnames"), obj.type());
        if (!(slotnames instanceof PyList) && slotnames != NONE) {
            throw Exc.typeError("copyreg._slotnames didn't return a list or None");
        }
        if (slotnames instanceof PyList && ((PyList) slotnames).size() > 0) {
            PyDict slots = new PyDict();
            for (PyObject name : ((PyList) slotnames).toArray()) {
                PyObject v = Abstract.lookupAttr(obj, Abstract.str(name));
                if (v != null) {
                    slots.setItem(name, v);
                }
            }
            if (slots.size() > 0) {
                state = new PyTuple(new PyObject[] {state, slots});
            }
        }
        return state;
    }
}
