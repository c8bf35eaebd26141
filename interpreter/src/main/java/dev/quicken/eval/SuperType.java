package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyCell;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/** {@code super} (CPython 3.11: Objects/typeobject.c super_init / super_getattro). */
public final class SuperType extends dev.quicken.runtime.PyInstance {

    public static final PyType TYPE = new PyType("super");

    PyType thisType;
    PyObject obj;
    PyType objType;

    SuperType(PyType cls) {
        super(cls);
    }

    // CPython 3.11: Objects/typeobject.c supercheck
    private static PyType superCheck(PyType type, PyObject obj) {
        if (obj instanceof PyType && ((PyType) obj).isSubtypeOf(type)) {
            return (PyType) obj;
        }
        if (obj.type().isSubtypeOf(type)) {
            return obj.type();
        }
        // the slow way: obj.__class__ (a proxy may report another class)
        PyObject cls = Abstract.lookupAttr(obj, "__class__");
        if (cls instanceof PyType && cls != obj.type() && ((PyType) cls).isSubtypeOf(type)) {
            return (PyType) cls;
        }
        throw Exc.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    static void setupType() {
        TYPE.dict().setStr("__new__", null == null ? new dev.quicken.runtime.PyDescriptors.StaticMethod(
                dev.quicken.runtime.PyDescriptors.STATICMETHOD, new dev.quicken.runtime.PyBuiltinFunction("__new__",
                        new dev.quicken.runtime.JFunc() {
                            @Override
                            public PyObject call(PyObject[] a, String[] kw) {
                                return new SuperType((PyType) a[0]);
                            }
                        }, null, "super")) : null);
        TYPE.setFactory(new PyType.Factory() {
            @Override
            public PyObject make(PyType x) {
                return new SuperType(x);
            }
        });
        TypeSetup.def(TYPE, TypeDefN.__init__);
        // CPython 3.11: Objects/typeobject.c super_descr_get (an unbound super binds to the instance)
        TypeSetup.defGet(TYPE, new TypeSetup.F2() {
            @Override
            public PyObject apply(PyObject self, PyObject obj, PyObject type) {
                SuperType su = (SuperType) self;
                if (obj == dev.quicken.runtime.PyNone.NONE || su.obj != null) {
                    return self;
                }
                if (su.type() != TYPE) {
                    // an instance of a subclass of super: call its type
                    return Abstract.call(su.type(), su.thisType, obj);
                }
                SuperType bound = new SuperType(TYPE);
                bound.thisType = su.thisType;
                bound.obj = obj;
                bound.objType = superCheck(su.thisType, obj);
                return bound;
            }
        });
        TypeSetup.def1(TYPE, TypeDef1.__getattribute__);
        TypeSetup.def0(TYPE, TypeDef0.__repr__);
        TypeSetup.getset(TYPE, TypeGet.__thisclass__, null);
        TypeSetup.getset(TYPE, TypeGet.__self_class__, null);
        TypeSetup.getset(TYPE, TypeGet.__self__, null);
    }

    /** The functions of an argument vector that setupType registers on TYPE: one switch instead of a lambda class each. */
    private enum TypeDefN implements dev.quicken.runtime.JFunc {
        __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            Args.count("super", a, kw, 1, 0, 2);
            SuperType su = (SuperType) a[0];
            PyType type;
            PyObject obj;
            if (a.length == 1) {
                Frame f = Interpreter.current().currentFrame();
                if (f == null || f.code.argcount == 0 && (f.code.flags & CodeObject.CO_VARARGS) == 0) {
                    throw Exc.runtimeError("super(): no arguments");
                }
                obj = f.s[0];
                if (obj instanceof PyCell && (f.code.localspluskinds[0] & CodeObject.CO_FAST_CELL) != 0) {
                    obj = ((PyCell) obj).value;
                }
                if (obj == null) {
                    throw Exc.runtimeError("super(): arg[0] deleted");
                }
                type = null;
                CodeObject co = f.code;
                for (int i = co.nlocalsplus() - 1; i >= 0; i--) {
                    if (((PyStr) co.localsplusnames.get(i)).value.equals("__class__")
                            && (co.localspluskinds[i] & CodeObject.CO_FAST_FREE) != 0) {
                        PyObject c = f.s[i] instanceof PyCell ? ((PyCell) f.s[i]).value : null;
                        if (c == null) {
                            throw Exc.runtimeError("super(): empty __class__ cell");
                        }
                        if (!(c instanceof PyType)) {
                            throw Exc.runtimeError("super(): __class__ is not a type (" + Abstract.typeName(c) + ")");
                        }
                        type = (PyType) c;
                        break;
                    }
                }
                if (type == null) {
                    throw Exc.runtimeError("super(): __class__ cell not found");
                }
            } else {
                if (!(a[1] instanceof PyType)) {
                    throw Exc.typeError("super() argument 1 must be type, not " + Abstract.typeName(a[1]));
                }
                type = (PyType) a[1];
                obj = a.length > 2 ? a[2] : null;
            }
            su.thisType = type;
            su.obj = obj;
            su.objType = obj != null ? superCheck(type, obj) : null;
            return dev.quicken.runtime.PyNone.NONE;
        }
    }

    /** The methods of self and one argument that setupType registers on TYPE: one switch instead of a lambda class each. */
    private enum TypeDef1 implements dev.quicken.runtime.TypeSetup.F1 {
        __getattribute__;

        @Override
        public PyObject apply(PyObject self, PyObject n) {
            switch (this) {
            case __getattribute__:
                return __getattribute___impl(self, n);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __getattribute___impl(PyObject self, PyObject n) {
            SuperType su = (SuperType) self;
            String name = Args.str("__getattribute__", n, 1);
            if (su.objType != null && !name.equals("__class__")) {
                PyType[] mro = su.objType.mro();
                int i = 0;
                while (i < mro.length && mro[i] != su.thisType) {
                    i++;
                }
                for (i++; i < mro.length; i++) {
                    PyObject res = mro[i].dict().getStr(name);
                    if (res != null) {
                        if (Abstract.hasGet(res)) {
                            return Abstract.descrGet(res, su.obj == su.objType ? null : su.obj, su.objType);
                        }
                        return res;
                    }
                }
            }
            PyObject r = Abstract.genericGetAttr(self, name);
            if (r == null) {
                throw Abstract.noAttribute(self, name);
            }
            return r;
        }
    }

    /** The methods of self alone that setupType registers on TYPE: one switch instead of a lambda class each. */
    private enum TypeDef0 implements dev.quicken.runtime.TypeSetup.F0 {
        __repr__;

        @Override
        public PyObject apply(PyObject self) {
            switch (this) {
            case __repr__:
                return __repr___impl(self);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __repr___impl(PyObject self) {
            SuperType su = (SuperType) self;
            if (su.objType != null) {
                return new PyStr("<super: <class '" + su.thisType.name() + "'>, <" + su.objType.name() + " object>>");
            }
            return new PyStr("<super: <class '" + su.thisType.name() + "'>, NULL>");
        }
    }

    /** The attribute getters that setupType registers on TYPE: one switch instead of a lambda class each. */
    private enum TypeGet implements java.util.function.Function<PyObject, PyObject> {
        __thisclass__, __self_class__, __self__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __thisclass__:
                return ((SuperType) a).thisType;
            case __self_class__:
                return __self_class___impl(a);
            case __self__:
                return ((SuperType) a).obj == null ? dev.quicken.runtime.PyNone.NONE
                        : ((SuperType) a).obj;
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __self_class___impl(PyObject a) {
            PyType t = ((SuperType) a).objType;
            return t == null ? dev.quicken.runtime.PyNone.NONE : t;
        }
    }
}
