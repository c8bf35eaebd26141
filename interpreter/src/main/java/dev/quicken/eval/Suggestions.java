package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.BuiltinMethods;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ". Did you mean: 'x'?" trailer of an uncaught AttributeError or NameError: the closest name by
 * CPython's Levenshtein variant among {@code dir(obj)}, or the failing frame's local variables,
 * globals and builtins.
 */
// CPython 3.11: Python/suggestions.c
final class Suggestions {

    private Suggestions() {
    }

    static final int MAX_CANDIDATE_ITEMS = 750;
    static final int MAX_STRING_SIZE = 40;
    static final int MOVE_COST = 2;
    static final int CASE_COST = 1;

    /** The suggested name, or null. Never raises. */
    // CPython 3.11: Python/suggestions.c _Py_Offer_Suggestions
    static String offer(PyBaseException exc) {
        try {
            if (exc.type() == Exc.AttributeError) {
                return forAttributeError(exc);
            }
            if (exc.type() == Exc.NameError) {
                return forNameError(exc);
            }
        } catch (PyException e) {
            return null;
        }
        return null;
    }

    // CPython 3.11: Python/suggestions.c offer_suggestions_for_attribute_error
    private static String forAttributeError(PyBaseException exc) {
        PyObject name = exc.member("name");
        PyObject obj = exc.member("obj");
        if (name == null || obj == null || name.getClass() != PyStr.class) {
            return null;
        }
        PyList dir = new PyList(Abstract.toArray(Abstract.callSpecial(obj, "__dir__")));
        BuiltinMethods.listSort(dir, null, false);
        return calculate(names(dir.toArray()), ((PyStr) name).value);
    }

    // CPython 3.11: Python/suggestions.c offer_suggestions_for_name_error
    private static String forNameError(PyBaseException exc) {
        PyObject name = exc.member("name");
        if (name == null || name.getClass() != PyStr.class || !(exc.traceback instanceof PyTraceback)) {
            return null;
        }
        PyTraceback tb = (PyTraceback) exc.traceback;
        while (tb.next != null) {
            tb = tb.next;
        }
        String n = ((PyStr) name).value;
        CodeObject co = tb.frame.code;
        List<String> varnames = new ArrayList<>();
        for (int k = 0; k < co.localspluskinds.length; k++) {
            if ((co.localspluskinds[k] & CodeObject.CO_FAST_LOCAL) != 0) {
                varnames.add(((PyStr) co.localsplusnames.get(k)).value);
            }
        }
        String s = calculate(varnames, n);
        if (s == null) {
            s = calculate(names(tb.frame.globals.keysArray()), n);
        }
        if (s == null) {
            s = calculate(names(tb.frame.builtins.keysArray()), n);
        }
        return s;
    }

    /** The str items of a candidate list; a non-str candidate gives up (CPython raises and prints none). */
    private static List<String> names(PyObject[] items) {
        List<String> out = new ArrayList<>(items.length);
        for (PyObject o : items) {
            if (!(o instanceof PyStr)) {
                return null;
            }
            out.add(((PyStr) o).value);
        }
        return out;
    }

    // CPython 3.11: Python/suggestions.c calculate_suggestions
    static String calculate(List<String> dir, String name) {
        if (dir == null || dir.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        long suggestionDistance = Long.MAX_VALUE;
        String suggestion = null;
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (String item : dir) {
            if (item.equals(name)) {
                continue;
            }
            byte[] itemBytes = item.getBytes(StandardCharsets.UTF_8);
            // no more than 1/3 of the involved characters should need changing
            long maxDistance = (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            long distance = levenshtein(nameBytes, itemBytes, maxDistance);
            if (distance > maxDistance) {
                continue;
            }
            if (suggestion == null || distance < suggestionDistance) {
                suggestion = item;
                suggestionDistance = distance;
            }
        }
        return suggestion;
    }

    // CPython 3.11: Python/suggestions.c substitution_cost
    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        if ('A' <= a && a <= 'Z') {
            a += 'a' - 'A';
        }
        if ('A' <= b && b <= 'Z') {
            b += 'a' - 'A';
        }
        return a == b ? CASE_COST : MOVE_COST;
    }

    // CPython 3.11: Python/suggestions.c levenshtein_distance
    static long levenshtein(byte[] a, byte[] b, long maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aSize = a.length;
        int bSize = b.length;
        // trim away common affixes
        while (aSize > 0 && bSize > 0 && a[aStart] == b[bStart]) {
            aStart++;
            aSize--;
            bStart++;
            bSize--;
        }
        while (aSize > 0 && bSize > 0 && a[aStart + aSize - 1] == b[bStart + bSize - 1]) {
            aSize--;
            bSize--;
        }
        if (aSize == 0 || bSize == 0) {
            return (long) (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            ts = aSize;
            aSize = bSize;
            bSize = ts;
        }
        if ((long) (bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        long[] buffer = new long[aSize];
        long tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        long result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            long distance = (long) bi * MOVE_COST;
            result = distance;
            long minimum = Long.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                long substitute = distance + substitutionCost(code, a[aStart + i]);
                distance = buffer[i];
                long insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
