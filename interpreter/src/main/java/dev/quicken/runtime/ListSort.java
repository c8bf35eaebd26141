package dev.quicken.runtime;

/**
 * {@code list.sort}: CPython 3.11's timsort (binary insertion for short runs, galloping merges,
 * powersort merge order), comparing with {@code <} only. Its exact sequence of comparisons is
 * observable from Python (a key object's {@code __lt__} may print or count), as is the list's
 * content when a comparison raises: each merge puts its temporary copy back, so the list always
 * holds a permutation of its items.
 */
// CPython 3.11: Objects/listobject.c list_sort_impl and its helpers
final class ListSort {

    static final int MIN_GALLOP = 7;
    static final int MAX_MERGE_PENDING = 85;

    /** What is compared: the items themselves, or the keys a key function made. */
    private final PyObject[] keys;
    /** The items moved along with {@link #keys} when a key function is used; null otherwise. */
    private final PyObject[] values;
    private final int listlen;
    private int minGallop = MIN_GALLOP;
    private PyObject[] tmpKeys = new PyObject[0];
    private PyObject[] tmpValues = new PyObject[0];
    /** The stack of pending runs (MergeState.pending). */
    private final int[] runBase = new int[MAX_MERGE_PENDING];
    private final int[] runLen = new int[MAX_MERGE_PENDING];
    private final int[] runPower = new int[MAX_MERGE_PENDING];
    private int n;
    private boolean descending;

    private ListSort(PyObject[] keys, PyObject[] values) {
        this.keys = keys;
        this.values = values;
        this.listlen = keys.length;
    }

    /** Sorts {@code l} in place as {@code l.sort(key=key, reverse=reverse)}. */
    // CPython 3.11: Objects/listobject.c list_sort_impl
    static void sort(PyList l, PyObject key, boolean reverse) {
        PyObject[] items = l.toArray();
        // the list is empty while sorting, so comparisons that mutate it cannot disturb the sort
        l.setAll(new PyObject[0]);
        PyObject[] emptied = new PyObject[0]; // any append, insert or clear replaces it (CPython: allocated = -1)
        l.items = emptied;
        PyObject[] keys = items;
        PyObject[] values = null;
        if (key != null && key != PyNone.NONE) {
            keys = new PyObject[items.length];
            try {
                for (int k = 0; k < items.length; k++) {
                    keys[k] = Abstract.call(key, items[k]);
                }
            } catch (RuntimeException e) {
                l.setAll(items);
                throw e;
            }
            values = items;
        }
        boolean ok = false;
        try {
            if (items.length > 1) {
                if (reverse) {
                    reverse(keys, 0, keys.length);
                    if (values != null) {
                        reverse(values, 0, values.length);
                    }
                }
                new ListSort(keys, values).run();
            }
            ok = true;
        } finally {
            boolean modified = l.size != 0 || l.items != emptied;
            if (reverse && items.length > 1) {
                reverse(items, 0, items.length);
            }
            l.setAll(items);
            if (modified && ok) {
                throw Exc.valueError("list modified during sort");
            }
        }
    }

    private void run() {
        int lo = 0;
        int nremaining = listlen;
        int minrun = computeMinrun(nremaining);
        do {
            int len = countRun(lo, lo + nremaining);
            if (descending) {
                reverseSlice(lo, len);
            }
            if (len < minrun) {
                int force = Math.min(nremaining, minrun);
                binarysort(lo, lo + force, lo + len);
                len = force;
            }
            foundNewRun(len);
            runBase[n] = lo;
            runLen[n] = len;
            n++;
            lo += len;
            nremaining -= len;
        } while (nremaining != 0);
        mergeForceCollapse();
    }

    private static boolean lt(PyObject a, PyObject b) {
        return Abstract.richCompareBool(a, b, Abstract.LT);
    }

    private static void reverse(PyObject[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObject t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    private void reverseSlice(int lo, int len) {
        reverse(keys, lo, lo + len);
        if (values != null) {
            reverse(values, lo, lo + len);
        }
    }

    /** Sorts [lo, hi) by binary insertion, given that [lo, start) is sorted. */
    // CPython 3.11: Objects/listobject.c binarysort
    private void binarysort(int lo, int hi, int start) {
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            int l = lo;
            int r = start;
            PyObject pivot = keys[r];
            // pivot >= all in [lo, l), pivot < all in [r, start)
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                PyObject v = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = v;
            }
        }
    }

    /** The length of the run at lo: non-descending, or strictly descending (sets {@link #descending}). */
    // CPython 3.11: Objects/listobject.c count_run
    private int countRun(int lo, int hi) {
        descending = false;
        lo++;
        if (lo == hi) {
            return 1;
        }
        int len = 2;
        if (lt(keys[lo], keys[lo - 1])) {
            descending = true;
            for (lo++; lo < hi; lo++, len++) {
                if (!lt(keys[lo], keys[lo - 1])) {
                    break;
                }
            }
        } else {
            for (lo++; lo < hi; lo++, len++) {
                if (lt(keys[lo], keys[lo - 1])) {
                    break;
                }
            }
        }
        return len;
    }

    /** Where key belongs in sorted a[base, base+len): left of any equal elements. */
    // CPython 3.11: Objects/listobject.c gallop_left
    private static int gallopLeft(PyObject key, PyObject[] a, int base, int len, int hint) {
        int lastofs = 0;
        int ofs = 1;
        int h = base + hint;
        if (lt(a[h], key)) {
            // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs]
            int maxofs = len - hint;
            while (ofs < maxofs) {
                if (lt(a[h + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        } else {
            // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs]
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(a[h - ofs], key)) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        // a[lastofs] < key <= a[ofs]: binary search between
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[base + m], key)) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** Where key belongs in sorted a[base, base+len): right of any equal elements. */
    // CPython 3.11: Objects/listobject.c gallop_right
    private static int gallopRight(PyObject key, PyObject[] a, int base, int len, int hint) {
        int lastofs = 0;
        int ofs = 1;
        int h = base + hint;
        if (lt(key, a[h])) {
            // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs]
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, a[h - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs]
            int maxofs = len - hint;
            while (ofs < maxofs) {
                if (lt(key, a[h + ofs])) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        return ofs;
    }

    private void ensureTemp(int need) {
        if (tmpKeys.length < need) {
            tmpKeys = new PyObject[need];
            if (values != null) {
                tmpValues = new PyObject[need];
            }
        }
    }

    /** Copies len slots between (array, index) pairs of keys and, in parallel, of values. */
    private void move(boolean fromTmp, int from, boolean toTmp, int to, int len) {
        System.arraycopy(fromTmp ? tmpKeys : keys, from, toTmp ? tmpKeys : keys, to, len);
        if (values != null) {
            System.arraycopy(fromTmp ? tmpValues : values, from, toTmp ? tmpValues : values, to, len);
        }
    }

    /**
     * Merges the na elements at ssa with the nb elements following them (na <= nb), with A copied
     * to the temp array.
     */
    // CPython 3.11: Objects/listobject.c merge_lo
    private void mergeLo(int ssa, int na, int ssb, int nb) {
        ensureTemp(na);
        move(false, ssa, true, 0, na);
        int dest = ssa;
        int pa = 0;
        int pb = ssb;
        boolean copyB = false;
        try {
            move(false, pb++, false, dest++, 1);
            if (--nb == 0) {
                return;
            }
            if (na == 1) {
                copyB = true;
                return;
            }
            int mg = minGallop;
            for (;;) {
                int acount = 0;
                int bcount = 0;
                // one pair at a time until one run wins consistently
                for (;;) {
                    if (lt(keys[pb], tmpKeys[pa])) {
                        move(false, pb++, false, dest++, 1);
                        bcount++;
                        acount = 0;
                        if (--nb == 0) {
                            return;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    } else {
                        move(true, pa++, false, dest++, 1);
                        acount++;
                        bcount = 0;
                        if (--na == 1) {
                            copyB = true;
                            return;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    }
                }
                // galloping until neither run wins consistently
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(keys[pb], tmpKeys, pa, na, 0);
                    acount = k;
                    if (k != 0) {
                        move(true, pa, false, dest, k);
                        dest += k;
                        pa += k;
                        na -= k;
                        if (na == 1) {
                            copyB = true;
                            return;
                        }
                        if (na == 0) {
                            return; // only if the comparison is inconsistent
                        }
                    }
                    move(false, pb++, false, dest++, 1);
                    if (--nb == 0) {
                        return;
                    }
                    k = gallopLeft(tmpKeys[pa], keys, pb, nb, 0);
                    bcount = k;
                    if (k != 0) {
                        move(false, pb, false, dest, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if (nb == 0) {
                            return;
                        }
                    }
                    move(true, pa++, false, dest++, 1);
                    if (--na == 1) {
                        copyB = true;
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++; // penalize leaving galloping mode
                minGallop = mg;
            }
        } finally {
            if (copyB) {
                // the last element of A belongs at the end of the merge
                move(false, pb, false, dest, nb);
                move(true, pa, false, dest + nb, 1);
            } else if (na != 0) {
                move(true, pa, false, dest, na);
            }
        }
    }

    /**
     * Merges the na elements at ssa with the nb elements following them (na >= nb), with B copied
     * to the temp array, from the right.
     */
    // CPython 3.11: Objects/listobject.c merge_hi
    private void mergeHi(int ssa, int na, int ssb, int nb) {
        ensureTemp(nb);
        int dest = ssb + nb - 1;
        move(false, ssb, true, 0, nb);
        int basea = ssa;
        int pb = nb - 1;
        int pa = ssa + na - 1;
        boolean copyA = false;
        try {
            move(false, pa--, false, dest--, 1);
            if (--na == 0) {
                return;
            }
            if (nb == 1) {
                copyA = true;
                return;
            }
            int mg = minGallop;
            for (;;) {
                int acount = 0;
                int bcount = 0;
                for (;;) {
                    if (lt(tmpKeys[pb], keys[pa])) {
                        move(false, pa--, false, dest--, 1);
                        acount++;
                        bcount = 0;
                        if (--na == 0) {
                            return;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    } else {
                        move(true, pb--, false, dest--, 1);
                        bcount++;
                        acount = 0;
                        if (--nb == 1) {
                            copyA = true;
                            return;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(tmpKeys[pb], keys, basea, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k != 0) {
                        dest -= k;
                        pa -= k;
                        move(false, pa + 1, false, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            return;
                        }
                    }
                    move(true, pb--, false, dest--, 1);
                    if (--nb == 1) {
                        copyA = true;
                        return;
                    }
                    k = gallopLeft(keys[pa], tmpKeys, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k != 0) {
                        dest -= k;
                        pb -= k;
                        move(true, pb + 1, false, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyA = true;
                            return;
                        }
                        if (nb == 0) {
                            return; // only if the comparison is inconsistent
                        }
                    }
                    move(false, pa--, false, dest--, 1);
                    if (--na == 0) {
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            if (copyA) {
                // the first element of B belongs at the front of the merge
                move(false, pa + 1 - na, false, dest + 1 - na, na);
                dest -= na;
                move(true, pb, false, dest, 1);
            } else if (nb != 0) {
                move(true, 0, false, dest - (nb - 1), nb);
            }
        }
    }

    /** Merges the pending runs i and i+1. */
    // CPython 3.11: Objects/listobject.c merge_at
    private void mergeAt(int i) {
        int ssa = runBase[i];
        int na = runLen[i];
        int ssb = runBase[i + 1];
        int nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == n - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        n--;
        // elements of A before where B starts are already in place
        int k = gallopRight(keys[ssb], keys, ssa, na, 0);
        ssa += k;
        na -= k;
        if (na == 0) {
            return;
        }
        // elements of B after where A ends are already in place
        nb = gallopLeft(keys[ssa + na - 1], keys, ssb, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(ssa, na, ssb, nb);
        } else {
            mergeHi(ssa, na, ssb, nb);
        }
    }

    /** The "power" of the run at s1 (its depth in the conceptual merge tree). */
    // CPython 3.11: Objects/listobject.c powerloop
    private static int powerloop(long s1, long n1, long n2, long len) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (;;) {
            result++;
            if (a >= len) {
                a -= len;
                b -= len;
            } else if (b >= len) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    // CPython 3.11: Objects/listobject.c found_new_run
    private void foundNewRun(int n2) {
        if (n > 0) {
            int s1 = runBase[n - 1];
            int n1 = runLen[n - 1];
            int power = powerloop(s1, n1, n2, listlen);
            while (n > 1 && runPower[n - 2] > power) {
                mergeAt(n - 2);
            }
            runPower[n - 1] = power;
        }
    }

    // CPython 3.11: Objects/listobject.c merge_force_collapse
    private void mergeForceCollapse() {
        while (n > 1) {
            int i = n - 2;
            if (i > 0 && runLen[i - 1] < runLen[i + 1]) {
                i--;
            }
            mergeAt(i);
        }
    }

    // CPython 3.11: Objects/listobject.c merge_compute_minrun
    private static int computeMinrun(int len) {
        int r = 0;
        while (len >= 64) {
            r |= len & 1;
            len >>= 1;
        }
        return len + r;
    }
}
