package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyMethodDescr;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyNotImplemented;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.util.ArrayList;
import java.util.List;

/** Java-native {@code typing}, {@code dataclasses}, {@code string} and {@code time} (commonly used parts). */
public final class SmallModules {

    private SmallModules() {
    }

    static final PyObject NONE = PyNone.NONE;

    // ---------------------------------------------------------------- typing

    static final PyType SPECIAL_FORM = FunctoolsModules.moduleType("_SpecialForm", "typing");

    /** A typing construct: subscripting returns another one; it is callable only where Python's is. */
    static final class Special extends PyObject {
        final String repr;

        Special(String repr) {
            this.repr = repr;
        }

        @Override
        public PyType type() {
            return SPECIAL_FORM;
        }
    }

    static {
        TypeSetup.def1(SPECIAL_FORM, "__getitem__", (a, k) -> {
            PyObject[] items = k instanceof PyTuple ? ((PyTuple) k).items : new PyObject[] {k};
            StringBuilder sb = new StringBuilder(((Special) a).repr).append('[');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(typeRepr(items[i]));
            }
            return new Special(sb.append(']').toString());
        });
        TypeSetup.def0(SPECIAL_FORM, "__repr__", a -> new PyStr(((Special) a).repr));
        TypeSetup.def1(SPECIAL_FORM, "__or__", (a, b) -> new Special("typing.Union[" + ((Special) a).repr + ", "
                + typeRepr(b) + "]"));
        TypeSetup.def1(SPECIAL_FORM, "__ror__", (a, b) -> new Special("typing.Union[" + typeRepr(b) + ", "
                + ((Special) a).repr + "]"));
        TypeSetup.def(SPECIAL_FORM, "__call__", (a, kw) -> {
            throw Exc.typeError("Cannot instantiate " + ((Special) a[0]).repr);
        });
    }

    static String typeRepr(PyObject t) {
        if (t instanceof PyType) {
            PyType ty = (PyType) t;
            PyObject m = ty.dict().getStr("__module__");
            String mod = m instanceof PyStr ? ((PyStr) m).value : "builtins";
            return mod.equals("builtins") ? ty.qualname() : mod + "." + ty.qualname();
        }
        if (t == NONE) {
            return "None";
        }
        if (t instanceof PyStr) {
            return "ForwardRef(" + Abstract.repr(t) + ")";
        }
        return Abstract.repr(t);
    }

    static PyDict moduleNs(String module) {
        PyDict ns = new PyDict();
        ns.setStr("__module__", new PyStr(module));
        return ns;
    }

    // ---------------------------------------------------------------- dataclasses

    static final PyType FIELD = FunctoolsModules.moduleType("Field", "dataclasses");
    static final Special MISSING = new Special("<dataclasses._MISSING_TYPE object>");

    static final class Field extends PyObject {
        String name;
        PyObject defaultValue = MISSING;
        PyObject defaultFactory = MISSING;
        boolean init = true;
        boolean repr = true;
        boolean compare = true;

        @Override
        public PyType type() {
            return FIELD;
        }
    }

    static {
        TypeSetup.getset(FIELD, "name", a -> new PyStr(((Field) a).name), null);
        TypeSetup.getset(FIELD, "default", a -> ((Field) a).defaultValue, null);
        TypeSetup.getset(FIELD, "default_factory", a -> ((Field) a).defaultFactory, null);
        TypeSetup.def0(FIELD, "__repr__", a -> new PyStr("Field(name=" + Abstract.repr(new PyStr(
                ((Field) a).name == null ? "None" : ((Field) a).name)) + ")"));
    }

    static final PyType FROZEN_ERROR = frozenError();

    static PyType frozenError() {
        PyType t = new PyType("FrozenInstanceError");
        t.setBasesForModule(Exc.AttributeError);
        t.dict().setStr("__module__", new PyStr("dataclasses"));
        t.recomputeFlags();
        return t;
    }

    static List<Field> fieldsOf(PyType cls) {
        PyObject f = cls.lookup("__dataclass_fields__");
        List<Field> out = new ArrayList<>();
        if (f instanceof PyDict) {
            for (PyObject v : ((PyDict) f).valuesArray()) {
                out.add((Field) v);
            }
        }
        return out;
    }

    static PyObject processClass(PyType cls, boolean init, boolean repr, boolean eq, boolean order, boolean frozen) {
        PyDict fields = new PyDict();
        for (int i = cls.mro().length - 1; i >= 1; i--) {
            PyObject base = cls.mro()[i].dict().getStr("__dataclass_fields__");
            if (base instanceof PyDict) {
                for (PyObject k : ((PyDict) base).keysArray()) {
                    fields.setItem(k, ((PyDict) base).getItem(k));
                }
            }
        }
        PyObject ann = cls.dict().getStr("__annotations__");
        if (ann instanceof PyDict) {
            for (PyObject k : ((PyDict) ann).keysArray()) {
                String name = Abstract.str(k);
                PyObject annot = ((PyDict) ann).getItem(k);
                if (annot instanceof Special && ((Special) annot).repr.startsWith("typing.ClassVar")) {
                    continue;
                }
                Field f;
                PyObject dv = cls.dict().getStr(name);
                if (dv instanceof Field) {
                    f = (Field) dv;
                    if (f.defaultValue != MISSING) {
                        Abstract.typeSetAttr(cls, name, f.defaultValue);
                    } else {
                        Abstract.typeSetAttr(cls, name, null);
                    }
                } else {
                    f = new Field();
                    if (dv != null) {
                        if (dv instanceof PyList || dv instanceof PyDict || dv instanceof dev.quicken.runtime.PySet) {
                            throw Exc.valueError("mutable default " + Abstract.repr(dv.type()) + " for field " + name
                                    + " is not allowed: use default_factory");
                        }
                        f.defaultValue = dv;
                    }
                }
                f.name = name;
                fields.setStr(name, f);
            }
        }
        boolean seenDefault = false;
        for (PyObject v : fields.valuesArray()) {
            Field f = (Field) v;
            if (!f.init) {
                continue;
            }
            boolean hasDefault = f.defaultValue != MISSING || f.defaultFactory != MISSING;
            if (seenDefault && !hasDefault) {
                throw Exc.typeError("non-default argument '" + f.name + "' follows default argument");
            }
            seenDefault |= hasDefault;
        }
        cls.dict().setStr("__dataclass_fields__", fields);
        List<Field> fl = new ArrayList<>();
        for (PyObject v : fields.valuesArray()) {
            fl.add((Field) v);
        }
        String qn = cls.qualname();
        if (init) {
            setMethod(cls, "__init__", (a, kw) -> {
                PyObject self = a[0];
                int npos = Args.npos(a, kw);
                List<Field> initFields = new ArrayList<>();
                for (Field f : fl) {
                    if (f.init) {
                        initFields.add(f);
                    }
                }
                PyObject[] vals = new PyObject[initFields.size()];
                if (npos - 1 > vals.length) {
                    throw Exc.typeError(qn + ".__init__() takes " + (vals.length + 1) + " positional arguments but "
                            + npos + " were given");
                }
                System.arraycopy(a, 1, vals, 0, npos - 1);
                if (kw != null) {
                    for (int i = 0; i < kw.length; i++) {
                        int idx = -1;
                        for (int j = 0; j < initFields.size(); j++) {
                            if (initFields.get(j).name.equals(kw[i])) {
                                idx = j;
                            }
                        }
                        if (idx < 0) {
                            throw Exc.typeError(qn + ".__init__() got an unexpected keyword argument '" + kw[i] + "'");
                        }
                        if (vals[idx] != null) {
                            throw Exc.typeError(qn + ".__init__() got multiple values for argument '" + kw[i] + "'");
                        }
                        vals[idx] = a[npos + i];
                    }
                }
                List<String> missing = new ArrayList<>();
                for (int j = 0; j < vals.length; j++) {
                    Field f = initFields.get(j);
                    if (vals[j] == null) {
                        if (f.defaultValue != MISSING) {
                            vals[j] = f.defaultValue;
                        } else if (f.defaultFactory != MISSING) {
                            vals[j] = Abstract.call(f.defaultFactory);
                        } else {
                            missing.add("'" + f.name + "'");
                        }
                    }
                }
                if (!missing.isEmpty()) {
                    String names = missing.size() == 1 ? missing.get(0)
                            : String.join(", ", missing.subList(0, missing.size() - 1)) + " and "
                                    + missing.get(missing.size() - 1);
                    throw Exc.typeError(qn + ".__init__() missing " + missing.size() + " required positional argument"
                            + (missing.size() == 1 ? "" : "s") + ": " + names);
                }
                for (int j = 0; j < vals.length; j++) {
                    Abstract.genericSetAttr(self, initFields.get(j).name, vals[j]);
                }
                for (Field f : fl) {
                    if (!f.init && f.defaultFactory != MISSING) {
                        Abstract.genericSetAttr(self, f.name, Abstract.call(f.defaultFactory));
                    } else if (!f.init && f.defaultValue != MISSING) {
                        Abstract.genericSetAttr(self, f.name, f.defaultValue);
                    }
                }
                PyObject post = self.type().lookup("__post_init__");
                if (post != null) {
                    Abstract.callMethodDescr(post, self, new PyObject[0], null);
                }
                return NONE;
            });
        }
        if (repr) {
            setMethod(cls, "__repr__", (a, kw) -> {
                StringBuilder sb = new StringBuilder(a[0].type().qualname()).append('(');
                boolean first = true;
                for (Field f : fl) {
                    if (!f.repr) {
                        continue;
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(f.name).append('=').append(Abstract.repr(Abstract.getAttr(a[0], f.name)));
                }
                return new PyStr(sb.append(')').toString());
            });
        }
        if (eq) {
            setMethod(cls, "__eq__", (a, kw) -> {
                if (a[1].type() != a[0].type()) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                return Abstract.richCompare(tupleOf(a[0], fl), tupleOf(a[1], fl), Abstract.EQ);
            });
            if (cls.dict().getStr("__hash__") == null || cls.dict().getStr("__hash__") == NONE) {
                if (frozen) {
                    setMethod(cls, "__hash__", (a, kw) -> PyInt.of(Abstract.hash(tupleOf(a[0], fl))));
                } else {
                    cls.dict().setStr("__hash__", NONE);
                }
            }
        }
        if (order) {
            String[] names = {"__lt__", "__le__", "__gt__", "__ge__"};
            int[] ops = {Abstract.LT, Abstract.LE, Abstract.GT, Abstract.GE};
            for (int i = 0; i < 4; i++) {
                int op = ops[i];
                setMethod(cls, names[i], (a, kw) -> {
                    if (a[1].type() != a[0].type()) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return Abstract.richCompare(tupleOf(a[0], fl), tupleOf(a[1], fl), op);
                });
            }
        }
        if (frozen) {
            setMethod(cls, "__setattr__", (a, kw) -> {
                throw new PyException(frozenErr("cannot assign to field " + Abstract.repr(a[1])));
            });
            setMethod(cls, "__delattr__", (a, kw) -> {
                throw new PyException(frozenErr("cannot delete field " + Abstract.repr(a[1])));
            });
        }
        PyObject[] matchArgs = new PyObject[fl.size()];
        for (int i = 0; i < matchArgs.length; i++) {
            matchArgs[i] = new PyStr(fl.get(i).name);
        }
        if (cls.dict().getStr("__match_args__") == null) {
            cls.dict().setStr("__match_args__", new PyTuple(matchArgs));
        }
        cls.modified();
        return cls;
    }

    static PyBaseException frozenErr(String msg) {
        return Exc.make(FROZEN_ERROR, msg);
    }

    static PyTuple tupleOf(PyObject o, List<Field> fl) {
        List<PyObject> vals = new ArrayList<>();
        for (Field f : fl) {
            if (f.compare) {
                vals.add(Abstract.getAttr(o, f.name));
            }
        }
        return new PyTuple(vals.toArray(new PyObject[0]));
    }

    static void setMethod(PyType cls, String name, dev.quicken.runtime.JFunc f) {
        if (cls.dict().getStr(name) != null && !name.equals("__hash__") && !name.startsWith("__set")
                && !name.startsWith("__del") && cls.dict().getStr(name) != NONE) {
            return;
        }
        cls.dict().setStr(name, new PyMethodDescr(cls, name, f));
    }

    public static PyModule dataclasses() {
        PyModule m = new PyModule("dataclasses");
        m.dict.setStr("MISSING", MISSING);
        m.dict.setStr("FrozenInstanceError", FROZEN_ERROR);
        FunctoolsModules.def(m, "dataclass", (a, kw) -> {
            PyObject[] p = Args.parse("dataclass", a, kw, 0, new String[] {"cls", "init", "repr", "eq", "order",
                "unsafe_hash", "frozen", "match_args", "kw_only", "slots"}, 0, 1);
            boolean init = p[1] == null || Abstract.isTrue(p[1]);
            boolean repr = p[2] == null || Abstract.isTrue(p[2]);
            boolean eq = p[3] == null || Abstract.isTrue(p[3]);
            boolean order = p[4] != null && Abstract.isTrue(p[4]);
            boolean frozen = p[6] != null && Abstract.isTrue(p[6]);
            if (p[0] != null && p[0] != NONE) {
                return processClass((PyType) p[0], init, repr, eq, order, frozen);
            }
            return new PyBuiltinFunction("wrap", (b, kw2) -> processClass((PyType) b[0], init, repr, eq, order,
                    frozen));
        });
        FunctoolsModules.def(m, "field", (a, kw) -> {
            PyObject[] p = Args.parse("field", a, kw, 0, new String[] {"default", "default_factory", "init", "repr",
                "hash", "compare", "metadata", "kw_only"}, 0, 0);
            Field f = new Field();
            if (p[0] != null) {
                f.defaultValue = p[0];
            }
            if (p[1] != null) {
                f.defaultFactory = p[1];
            }
            f.init = p[2] == null || Abstract.isTrue(p[2]);
            f.repr = p[3] == null || Abstract.isTrue(p[3]);
            f.compare = p[5] == null || Abstract.isTrue(p[5]);
            return f;
        });
        FunctoolsModules.def(m, "fields", (a, kw) -> {
            PyType t = a[0] instanceof PyType ? (PyType) a[0] : a[0].type();
            return new PyTuple(fieldsOf(t).toArray(new PyObject[0]));
        });
        FunctoolsModules.def(m, "asdict", (a, kw) -> asdict(a[0]));
        FunctoolsModules.def(m, "astuple", (a, kw) -> tupleOf(a[0], fieldsOf(a[0].type())));
        FunctoolsModules.def(m, "is_dataclass", (a, kw) -> PyBool.of((a[0] instanceof PyType ? (PyType) a[0]
                : a[0].type()).lookup("__dataclass_fields__") != null));
        FunctoolsModules.def(m, "replace", (a, kw) -> {
            List<Field> fl = fieldsOf(a[0].type());
            PyDict vals = new PyDict();
            for (Field f : fl) {
                if (f.init) {
                    vals.setStr(f.name, Abstract.getAttr(a[0], f.name));
                }
            }
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    vals.setStr(kw[i], a[a.length - kw.length + i]);
                }
            }
            return FunctoolsModules.callWithDict(a[0].type(), new PyObject[0], vals);
        });
        return m;
    }

    static PyObject asdict(PyObject o) {
        if (o.type().lookup("__dataclass_fields__") != null && !(o instanceof PyType)) {
            PyDict d = new PyDict();
            for (Field f : fieldsOf(o.type())) {
                d.setStr(f.name, asdict(Abstract.getAttr(o, f.name)));
            }
            return d;
        }
        if (o instanceof PyList) {
            PyList l = new PyList();
            for (PyObject x : ((PyList) o).toArray()) {
                l.append(asdict(x));
            }
            return l;
        }
        if (o.getClass() == PyTuple.class) {
            PyObject[] it = ((PyTuple) o).items.clone();
            for (int i = 0; i < it.length; i++) {
                it[i] = asdict(it[i]);
            }
            return new PyTuple(it);
        }
        if (o instanceof PyDict) {
            PyDict d = new PyDict();
            for (PyObject k : ((PyDict) o).keysArray()) {
                d.setItem(asdict(k), asdict(((PyDict) o).getItem(k)));
            }
            return d;
        }
        return o;
    }

    // ---------------------------------------------------------------- abc

    static PyType abcMeta;
    static final Object ABC_LOCK = new Object();

    /** CPython 3.11: Lib/_py_abc.py ABCMeta.__new__ (computing __abstractmethods__). */
    static void computeAbstracts(PyType cls) {
        dev.quicken.runtime.PySet abstracts = new dev.quicken.runtime.PySet(true);
        for (PyObject k : cls.dict().keysArray()) {
            PyObject v = cls.dict().getItem(k);
            PyObject flag = Abstract.lookupAttr(v, "__isabstractmethod__");
            if (flag != null && Abstract.isTrue(flag)) {
                abstracts.add(k);
            }
        }
        for (PyType b : cls.bases()) {
            PyObject names = b.dict().getStr("__abstractmethods__");
            if (names == null) {
                continue;
            }
            for (PyObject n : Abstract.toArray(names)) {
                PyObject v = Abstract.lookupAttr(cls, Abstract.str(n));
                PyObject flag = v == null ? null : Abstract.lookupAttr(v, "__isabstractmethod__");
                if (flag != null && Abstract.isTrue(flag)) {
                    abstracts.add(n);
                }
            }
        }
        Abstract.typeSetAttr(cls, "__abstractmethods__", abstracts);
    }

    static PyInstance unused() {
        return PyFunction.class == null ? null : null;
    }
}
