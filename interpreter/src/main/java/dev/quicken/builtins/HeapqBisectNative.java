package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;

/**
 * {@code _heapq} (CPython 3.11 Modules/_heapqmodule.c) and {@code _bisect} (Modules/_bisectmodule.c):
 * the same comparisons in the same order as CPython, so ties and user-defined {@code __lt__} behave alike.
 */
public final class HeapqBisectNative {

    private HeapqBisectNative() {
    }

    static final PyObject NONE = PyNone.NONE;

    // ---------------------------------------------------------------- _heapq

    /** The heap argument: CPython's argument-clinic check ("heappush() argument 1 must be list, not tuple"). */
    static PyList heap(PyObject o, String fn, boolean onlyArg) {
        if (!(o instanceof PyList)) {
            throw Exc.typeError(fn + "() argument" + (onlyArg ? "" : " 1") + " must be list, not "
                    + (o == NONE ? "None" : Abstract.typeName(o)));
        }
        return (PyList) o;
    }

    static boolean lt(PyObject a, PyObject b, boolean max) {
        return max ? Abstract.richCompareBool(b, a, Abstract.LT) : Abstract.richCompareBool(a, b, Abstract.LT);
    }

    // CPython 3.11: Modules/_heapqmodule.c siftdown (bubble the item at pos up towards startpos)
    static void siftdown(PyList heap, int startpos, int pos, boolean max) {
        int size = heap.size;
        PyObject newitem = heap.items[pos];
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            PyObject parent = heap.items[parentpos];
            boolean c = lt(newitem, parent, max);
            if (size != heap.size) {
                throw Exc.runtimeError("list changed size during iteration");
            }
            if (!c) {
                break;
            }
            parent = heap.items[parentpos];
            newitem = heap.items[pos];
            heap.items[parentpos] = newitem;
            heap.items[pos] = parent;
            pos = parentpos;
        }
    }

    // CPython 3.11: Modules/_heapqmodule.c siftup (move the smaller child up until a leaf, then siftdown)
    static void siftup(PyList heap, int pos, boolean max) {
        int endpos = heap.size;
        int startpos = pos;
        int limit = endpos >> 1;
        while (pos < limit) {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos) {
                boolean c = lt(heap.items[childpos], heap.items[childpos + 1], max);
                childpos += c ? 0 : 1;
                if (endpos != heap.size) {
                    throw Exc.runtimeError("list changed size during iteration");
                }
            }
            PyObject tmp1 = heap.items[childpos];
            PyObject tmp2 = heap.items[pos];
            heap.items[childpos] = tmp2;
            heap.items[pos] = tmp1;
            pos = childpos;
        }
        siftdown(heap, startpos, pos, max);
    }

    static PyObject heappop(PyObject h, boolean max) {
        PyList heap = heap(h, max ? "_heappop_max" : "heappop", true);
        if (heap.size == 0) {
            throw Exc.indexError("index out of range");
        }
        PyObject last = heap.remove(heap.size - 1);
        if (heap.size == 0) {
            return last;
        }
        PyObject ret = heap.items[0];
        heap.items[0] = last;
        siftup(heap, 0, max);
        return ret;
    }

    static PyObject heapreplace(PyObject h, PyObject item, boolean max) {
        PyList heap = heap(h, max ? "_heapreplace_max" : "heapreplace", false);
        if (heap.size == 0) {
            throw Exc.indexError("index out of range");
        }
        PyObject ret = heap.items[0];
        heap.items[0] = item;
        siftup(heap, 0, max);
        return ret;
    }

    static PyObject heapify(PyObject h, boolean max) {
        PyList heap = heap(h, max ? "_heapify_max" : "heapify", true);
        for (int i = (heap.size >> 1) - 1; i >= 0; i--) {
            siftup(heap, i, max);
        }
        return NONE;
    }

    // ---------------------------------------------------------------- _bisect

    /** lo, hi and key of a bisect/insort call: CPython's argument clinic rules. */
    static long[] bounds(PyObject[] p, PyObject a) {
        long lo = p[2] == null ? 0 : Abstract.indexClamped(p[2]);
        if (lo < 0) {
            throw Exc.valueError("lo must be non-negative");
        }
        long hi = p[3] == null || p[3] == NONE ? Abstract.len(a) : Abstract.indexClamped(p[3]);
        return new long[] {lo, hi};
    }

    // CPython 3.11: Modules/_bisectmodule.c internal_bisect_right / internal_bisect_left
    static long bisect(PyObject a, PyObject x, long lo, long hi, PyObject key, boolean right) {
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = Abstract.getItem(a, PyInt.of(mid));
            if (key != null && key != NONE) {
                item = Abstract.call(key, item);
            }
            boolean go = right ? Abstract.richCompareBool(x, item, Abstract.LT)
                    : Abstract.richCompareBool(item, x, Abstract.LT);
            if (right == go) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static final String[] NAMES = {"a", "x", "lo", "hi", "key"};

    static void defBisect(PyModule m, String name, boolean right, boolean insort) {
        NativeTypes.def(m, name, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse(name, a, kw, 0, NAMES, 2, 4);
                long[] b = bounds(p, p[0]);
                PyObject key = p[4];
                PyObject x = p[1];
                if (!insort) {
                    return PyInt.of(bisect(p[0], x, b[0], b[1], key, right));
                }
                PyObject kx = key == null || key == NONE ? x : Abstract.call(key, x);
                long at = bisect(p[0], kx, b[0], b[1], key, right);
                if (p[0].getClass() == PyList.class) {
                    ((PyList) p[0]).insert((int) at, x);
                } else {
                    Abstract.callMethod(p[0], "insert", PyInt.of(at), x);
                }
                return NONE;
            }
        });
    }

    // ---------------------------------------------------------------- modules

    public static PyModule heapq() {
        PyModule m = new PyModule("_heapq");
        NativeTypes.def(m, "heappush", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("heappush", a, kw, 0, 2, 2);
                PyList heap = heap(a[0], "heappush", false);
                heap.append(a[1]);
                siftdown(heap, 0, heap.size - 1, false);
                return NONE;
            }
        });
        NativeTypes.def(m, "heappop", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("heappop", a, kw, 0, 1, 1);
                return heappop(a[0], false);
            }
        });
        NativeTypes.def(m, "heapreplace", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("heapreplace", a, kw, 0, 2, 2);
                return heapreplace(a[0], a[1], false);
            }
        });
        // CPython 3.11: Modules/_heapqmodule.c _heapq_heappushpop_impl
        NativeTypes.def(m, "heappushpop", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("heappushpop", a, kw, 0, 2, 2);
                PyList heap = heap(a[0], "heappushpop", false);
                if (heap.size == 0) {
                    return a[1];
                }
                PyObject top = heap.items[0];
                if (!Abstract.richCompareBool(top, a[1], Abstract.LT)) {
                    return a[1];
                }
                if (heap.size == 0) {
                    throw Exc.indexError("index out of range");
                }
                PyObject ret = heap.items[0];
                heap.items[0] = a[1];
                siftup(heap, 0, false);
                return ret;
            }
        });
        NativeTypes.def(m, "heapify", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("heapify", a, kw, 0, 1, 1);
                return heapify(a[0], false);
            }
        });
        NativeTypes.def(m, "_heappop_max", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("_heappop_max", a, kw, 0, 1, 1);
                return heappop(a[0], true);
            }
        });
        NativeTypes.def(m, "_heapreplace_max", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("_heapreplace_max", a, kw, 0, 2, 2);
                return heapreplace(a[0], a[1], true);
            }
        });
        NativeTypes.def(m, "_heapify_max", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("_heapify_max", a, kw, 0, 1, 1);
                return heapify(a[0], true);
            }
        });
        m.dict.setStr("__about__", new dev.quicken.runtime.PyStr("Heap queues"));
        return m;
    }

    public static PyModule bisect() {
        PyModule m = new PyModule("_bisect");
        defBisect(m, "bisect_right", true, false);
        defBisect(m, "bisect_left", false, false);
        defBisect(m, "insort_right", true, true);
        defBisect(m, "insort_left", false, true);
        return m;
    }
}
