package dev.quicken.runtime;

/** The set operators of {@code dict_keys} and {@code dict_items} ({@code & | - ^}, either side). */
// CPython 3.11: Objects/dictobject.c dictviews_and/or/sub/xor, _PyDictView_Intersect
final class DictViewSets {

    private DictViewSets() {
    }

    /** {@code view op other} or, when reflected, {@code other op view}; op is one of and/or/sub/xor. */
    static PyObject binop(String op, PyObject view, PyObject other, boolean reflected) {
        if (op.equals("and")) {
            return intersect(view, other);
        }
        PyObject left = reflected ? other : view;
        PyObject right = reflected ? view : other;
        PySet r = BuiltinMethods.toSet(viewToSetSource(left), false);
        switch (op) {
            case "or":
                update(r, right);
                return r;
            case "sub":
                r.table.differenceUpdate(BuiltinMethods.toSet(right, false).table, PySet.EQ);
                return r;
            default:
                r.table.symmetricDifferenceUpdate(BuiltinMethods.toSet(right, false).table, PySet.EQ);
                return r;
        }
    }

    /** What {@code set(x)} starts from: the dict itself for the keys view of an exact dict. */
    // CPython 3.11: Objects/dictobject.c dictviews_to_set
    private static PyObject viewToSetSource(PyObject x) {
        if (x instanceof BuiltinMethods.DictView) {
            BuiltinMethods.DictView v = (BuiltinMethods.DictView) x;
            if (v.kind == 0 && v.d.type() == PyDict.TYPE) {
                return v.d;
            }
        }
        return x;
    }

    /** {@code set.update(other)}: a set merges, anything else adds its items in iteration order. */
    private static void update(PySet r, PyObject other) {
        if (PySet.of(other) != null || other instanceof PyDict && other.type() == PyDict.TYPE) {
            PySet s = BuiltinMethods.toSet(other, false);
            r.table.merge(s.table, PySet.EQ);
            return;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            r.add(x);
        }
    }

    /** A new set of the items of one operand that the other contains, iterating the smaller view. */
    // CPython 3.11: Objects/dictobject.c _PyDictView_Intersect
    private static PyObject intersect(PyObject self, PyObject other) {
        long lenSelf = Abstract.len(self);
        PyObject iterated = other;
        PyObject container = self;
        if (other.type() == PySet.TYPE && lenSelf <= Abstract.len(other)) {
            iterated = self;
            container = other;
        } else if (other instanceof BuiltinMethods.DictView && ((BuiltinMethods.DictView) other).kind != 1
                && Abstract.len(other) > lenSelf) {
            iterated = self;
            container = other;
        }
        PySet result = new PySet(false);
        PyObject it = Abstract.iter(iterated);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.contains(container, x)) {
                result.add(x);
            }
        }
        return result;
    }
}
