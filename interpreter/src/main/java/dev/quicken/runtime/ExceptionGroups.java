package dev.quicken.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (CPython 3.11: Objects/exceptions.c):
 * construction rules, {@code split}/{@code subgroup}/{@code derive}, and the two helpers the
 * interpreter uses for {@code except*} ({@link #match} for CHECK_EG_MATCH, {@link #prepReraiseStar}
 * for PREP_RERAISE_STAR).
 */
public final class ExceptionGroups {

    private ExceptionGroups() {
    }

    /** An instance of {@code BaseExceptionGroup} or a subclass: the message and the exceptions tuple. */
    public static final class PyExceptionGroup extends PyBaseException {
        public PyStr message;
        public PyTuple exceptions;

        PyExceptionGroup(PyType cls) {
            super(cls);
        }
    }

    public static boolean isGroup(PyObject o) {
        return o instanceof PyExceptionGroup;
    }

    /** Called once from the exception setup of {@link BuiltinMethods}. */
    static void setup() {
        Exc.BaseExceptionGroup.factory = new PyType.Factory() {
            @Override
            public PyObject make(PyType x) {
                return new PyExceptionGroup(x);
            }
        };
        Exc.ExceptionGroup.factory = new PyType.Factory() {
            @Override
            public PyObject make(PyType x) {
                return new PyExceptionGroup(x);
            }
        };
        PyType t = Exc.BaseExceptionGroup;
        TypeSetup.defNew(t, new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return ExceptionGroups.newGroup(x0, x1);
            }
        });
        TypeSetup.def(t, SetupDefN.__init__);
        TypeSetup.def0(t, SetupDef0.__str__);
        TypeSetup.getset(t, "message", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return ((PyExceptionGroup) a).message;
            }
        }, new java.util.function.BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject x0, PyObject x1) {
                ExceptionGroups.readonly(x0, x1);
            }
        });
        TypeSetup.getset(t, "exceptions", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return ((PyExceptionGroup) a).exceptions;
            }
        }, new java.util.function.BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject x0, PyObject x1) {
                ExceptionGroups.readonly(x0, x1);
            }
        });
        TypeSetup.def(t, SetupDefN.derive);
        TypeSetup.def(t, SetupDefN.split);
        TypeSetup.def(t, SetupDefN.subgroup);
    }

    /** The functions of an argument vector that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDefN implements JFunc {
        __init__, derive, split, subgroup;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            case derive:
                return derive_impl(a, kw);
            case split:
                return split_impl(a, kw);
            case subgroup:
                return subgroup_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            Args.noKw(a[0].type().name(), kw);
            ((PyBaseException) a[0]).args = new PyTuple(Items.copyOfRange(a, 1, a.length));
            return PyNone.NONE;
        }

        private static PyObject derive_impl(PyObject[] a, String[] kw) {
            Args.noKw("BaseExceptionGroup.derive", kw);
            if (a.length != 2) {
                throw Exc.typeError("function takes exactly 1 argument (" + (a.length - 1) + " given)");
            }
            return create(((PyExceptionGroup) a[0]).message, a[1]);
        }

        private static PyObject split_impl(PyObject[] a, String[] kw) {
            unpackOne("split", a, kw);
            PyObject[] r = split(a[0], a[1], matcherType(a[1]), true);
            return new PyTuple(new PyObject[] {orNone(r[0]), orNone(r[1])});
        }

        private static PyObject subgroup_impl(PyObject[] a, String[] kw) {
            unpackOne("subgroup", a, kw);
            return orNone(split(a[0], a[1], matcherType(a[1]), false)[0]);
        }
    }

    /** The methods of self alone that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef0 implements TypeSetup.F0 {
        __str__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __str__:
                return __str___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __str___impl(PyObject a) {
            PyExceptionGroup g = (PyExceptionGroup) a;
            int n = g.exceptions.size();
            return new PyStr(g.message.value + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
        }
    }

    /** A member declared READONLY (CPython 3.11: Python/structmember.c PyMember_SetOne). */
    private static void readonly(PyObject self, PyObject value) {
        throw Exc.raise(Exc.AttributeError, "readonly attribute");
    }

    /** PyArg_UnpackTuple(args, name, 1, 1, ...). */
    private static void unpackOne(String name, PyObject[] a, String[] kw) {
        Args.noKw("BaseExceptionGroup." + name, kw);
        if (a.length != 2) {
            throw Exc.typeError(name + " expected 1 argument, got " + (a.length - 1));
        }
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    // CPython 3.11: Objects/exceptions.c BaseExceptionGroup_new
    private static PyObject newGroup(PyObject[] a, String[] kw) {
        PyType type = (PyType) a[0];
        int npos = Args.npos(a, kw) - 1;
        if (npos != 2) {
            throw Exc.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + npos + " given)");
        }
        if (!(a[1] instanceof PyStr)) {
            throw Exc.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Abstract.typeName(a[1]));
        }
        PyObject seq = a[2];
        if (!isSequence(seq)) {
            throw Exc.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] excs = Abstract.toArray(seq);
        if (excs.length == 0) {
            throw Exc.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException)) {
                throw Exc.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            if (!excs[i].type().isSubtypeOf(Exc.Exception)) {
                nestedBase = true;
            }
        }
        PyType cls = type;
        if (cls == Exc.ExceptionGroup) {
            if (nestedBase) {
                throw Exc.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (cls == Exc.BaseExceptionGroup) {
            if (!nestedBase) {
                cls = Exc.ExceptionGroup;
            }
        } else if (nestedBase && cls.isSubtypeOf(Exc.Exception)) {
            throw Exc.typeError("Cannot nest BaseExceptions in '" + cls.name() + "'");
        }
        PyExceptionGroup g = (PyExceptionGroup) cls.allocate();
        g.args = new PyTuple(Items.copyOfRange(a, 1, npos + 1));
        g.message = (PyStr) a[1];
        g.exceptions = new PyTuple(excs);
        return g;
    }

    /** PySequence_Check: has {@code __getitem__} and is not a dict. */
    private static boolean isSequence(PyObject o) {
        if (o instanceof PyDict) {
            return false;
        }
        return o.type().lookup("__getitem__") != null;
    }

    /** {@code BaseExceptionGroup(msg, excs)} (CPython 3.11: _PyExc_CreateExceptionGroup). */
    public static PyObject create(PyObject msg, PyObject excs) {
        return Abstract.call(Exc.BaseExceptionGroup, msg, excs);
    }

    // ---------------------------------------------------------------- split

    private static final int BY_TYPE = 0;
    private static final int BY_PREDICATE = 1;
    private static final int INSTANCE_IDS = 2;

    // CPython 3.11: Objects/exceptions.c get_matcher_type
    private static int matcherType(PyObject v) {
        if (v instanceof PyFunction) {
            return BY_PREDICATE;
        }
        if (isExceptionClass(v)) {
            return BY_TYPE;
        }
        if (v instanceof PyTuple && v.type() == PyTuple.TYPE) {
            boolean ok = true;
            for (PyObject x : ((PyTuple) v).items) {
                ok &= isExceptionClass(x);
            }
            if (ok) {
                return BY_TYPE;
            }
        }
        throw Exc.typeError("expected a function, exception type or tuple of exception types");
    }

    private static boolean isExceptionClass(PyObject v) {
        return v instanceof PyType && ((PyType) v).isSubtypeOf(Exc.BaseException);
    }

    /** PyErr_GivenExceptionMatches for an instance and a class or tuple of classes. */
    public static boolean givenMatches(PyObject exc, PyObject cls) {
        if (cls instanceof PyTuple) {
            for (PyObject c : ((PyTuple) cls).items) {
                if (givenMatches(exc, c)) {
                    return true;
                }
            }
            return false;
        }
        return cls instanceof PyType && exc.type().isSubtypeOf((PyType) cls);
    }

    @SuppressWarnings("unchecked")
    private static boolean checkMatch(PyObject exc, int kind, Object matcher) {
        switch (kind) {
            case BY_TYPE:
                return givenMatches(exc, (PyObject) matcher);
            case BY_PREDICATE:
                return Abstract.isTrue(Abstract.call((PyObject) matcher, exc));
            default:
                return !isGroup(exc) && ((Set<PyObject>) matcher).contains(exc);
        }
    }

    /** {match, rest}, either null when empty (CPython 3.11: exceptiongroup_split_recursive). */
    private static PyObject[] split(PyObject exc, Object matcher, int kind, boolean constructRest) {
        if (checkMatch(exc, kind, matcher)) {
            return new PyObject[] {exc, null};
        }
        if (!isGroup(exc)) {
            return new PyObject[] {null, constructRest ? exc : null};
        }
        PyExceptionGroup eg = (PyExceptionGroup) exc;
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject e : eg.exceptions.items) {
            PyObject[] r = split(e, matcher, kind, constructRest);
            if (r[0] != null) {
                match.add(r[0]);
            }
            if (r[1] != null) {
                rest.add(r[1]);
            }
        }
        PyObject m = subset(eg, match);
        PyObject r = constructRest ? subset(eg, rest) : null;
        return new PyObject[] {m, r};
    }

    // CPython 3.11: Objects/exceptions.c exceptiongroup_subset
    private static PyObject subset(PyExceptionGroup orig, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        PyObject eg = Abstract.callMethod(orig, "derive", new PyList(excs.toArray(new PyObject[0])));
        if (!isGroup(eg)) {
            throw Exc.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PyExceptionGroup g = (PyExceptionGroup) eg;
        if (orig.traceback != null) {
            g.traceback = orig.traceback;
        }
        g.context = orig.context;
        g.cause = orig.cause;
        g.suppressContext = true;
        PyObject notes = Abstract.lookupAttr(orig, "__notes__");
        if (notes != null && isSequence(notes)) {
            Abstract.setAttr(g, "__notes__", new PyList(Abstract.toArray(notes)));
        }
        return g;
    }

    // ---------------------------------------------------------------- except*

    /**
     * CHECK_EG_MATCH's matching (CPython 3.11: ceval.c exception_group_match): {match, rest},
     * each None when empty; a naked exception that matches is wrapped in a new group.
     */
    public static PyObject[] match(PyObject exc, PyObject matchType) {
        if (exc == PyNone.NONE) {
            return new PyObject[] {PyNone.NONE, PyNone.NONE};
        }
        if (givenMatches(exc, matchType)) {
            PyObject m = isGroup(exc) ? exc : create(new PyStr(""), new PyTuple(new PyObject[] {exc}));
            return new PyObject[] {m, PyNone.NONE};
        }
        if (isGroup(exc)) {
            PyObject pair = Abstract.callMethod(exc, "split", matchType);
            PyObject[] p = ((PyTuple) pair).items;
            return new PyObject[] {p[0], p[1]};
        }
        return new PyObject[] {PyNone.NONE, PyNone.NONE};
    }

    /** The check of an {@code except*} type (CPython 3.11: ceval.c check_except_star_type_valid). */
    public static void checkExceptStarType(PyObject right) {
        boolean isGroupType = false;
        if (right instanceof PyTuple) {
            for (PyObject t : ((PyTuple) right).items) {
                isGroupType |= t instanceof PyType && ((PyType) t).isSubtypeOf(Exc.BaseExceptionGroup);
            }
        } else {
            isGroupType = right instanceof PyType && ((PyType) right).isSubtypeOf(Exc.BaseExceptionGroup);
        }
        if (isGroupType) {
            throw Exc.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    // CPython 3.11: Objects/exceptions.c is_same_exception_metadata
    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.traceback == b.traceback && a.cause == b.cause && a.context == b.context;
    }

    private static void collectLeaves(PyObject exc, Set<PyObject> ids) {
        if (exc == PyNone.NONE) {
            return;
        }
        if (!isGroup(exc)) {
            ids.add(exc);
            return;
        }
        for (PyObject e : ((PyExceptionGroup) exc).exceptions.items) {
            collectLeaves(e, ids);
        }
    }

    /**
     * The group raised at the end of a try-except* (CPython 3.11: Objects/exceptions.c
     * _PyExc_PrepReraiseStar): re-raised parts keep their nesting in {@code orig}, newly raised
     * ones become siblings in a new group; None when nothing is left.
     */
    public static PyObject prepReraiseStar(PyObject orig, PyList excs) {
        PyObject[] items = excs.toArray();
        if (items.length == 0) {
            return PyNone.NONE;
        }
        if (!isGroup(orig)) {
            return items[0];
        }
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        for (PyObject e : items) {
            if (e == PyNone.NONE) {
                continue;
            }
            boolean isReraise = sameMetadata((PyBaseException) e, (PyBaseException) orig);
            (isReraise ? reraised : raised).add(e);
        }
        Set<PyObject> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyObject e : reraised) {
            collectLeaves(e, leaves);
        }
        PyObject reraisedEg = orNone(split(orig, leaves, INSTANCE_IDS, false)[0]);
        if (raised.isEmpty()) {
            return reraisedEg;
        }
        if (reraisedEg != PyNone.NONE) {
            raised.add(reraisedEg);
        }
        if (raised.size() > 1) {
            return create(new PyStr(""), new PyList(raised.toArray(new PyObject[0])));
        }
        return raised.get(0);
    }
}
