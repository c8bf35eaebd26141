package dev.quicken.analysis.testdata;

import dev.quicken.analysis.model.Counters;
import dev.quicken.analysis.model.SpecializationStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A made-up run of {@code recordings/src/demo.py} (offsets and positions as python3.11 compiles
 * it): the final counters of every instruction site in every interpreter. The generator writes
 * them as events; the tests check that the analysis reads back exactly these totals.
 */
public record Scenario(String name, List<Interpreter> interpreters, int sleepMicros) {

    /** A code object of demo.py. */
    public record Code(String file, String name, String qualName, int firstLine) {
    }

    /**
     * One site's final counters: success, failure, hit, deferred, miss, deopt; failure kinds as
     * kind → count; the specialized form written on success.
     */
    public record Site(Code code, int offset, String family, String form, int line, int endLine, int column,
            int endColumn, long[] counters, Map<Integer, Long> kinds, String operandTypes) {

        long[] kindArray() {
            long[] k = new long[30];
            kinds.forEach((i, n) -> k[i] = n);
            return k;
        }
    }

    /** One interpreter and its sites. */
    public record Interpreter(int id, List<Site> sites) {
    }

    static final String FILE = "demo.py";
    static final Code MODULE = new Code(FILE, "<module>", "<module>", 1);
    static final Code INIT = new Code(FILE, "__init__", "Point.__init__", 4);
    static final Code NORM = new Code(FILE, "norm", "Point.norm", 8);
    static final Code TOTAL = new Code(FILE, "total", "total", 12);

    private static Site site(Code code, int offset, String family, String form, int line, int col, int endCol,
            long success, long failure, long hit, long deferred, long miss, long deopt, Map<Integer, Long> kinds,
            String types) {
        return new Site(code, offset, family, form, line, line, col, endCol,
                new long[] {success, failure, hit, deferred, miss, deopt}, new TreeMap<>(kinds), types);
    }

    /** A healthy run with one deoptimizing site and one site that never specializes. */
    public static Scenario small() {
        List<Site> one = new ArrayList<>(List.of(
                site(NORM, 2, "load_global", "LOAD_GLOBAL_MODULE", 9, 15, 19, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(NORM, 14, "load_attr", "LOAD_ATTR_MODULE", 9, 15, 24, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(NORM, 26, "load_attr", "LOAD_ATTR_INSTANCE_VALUE", 9, 25, 31, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(NORM, 38, "load_attr", "LOAD_ATTR_INSTANCE_VALUE", 9, 34, 40, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(NORM, 48, "binary_op", "BINARY_OP_MULTIPLY_INT", 9, 25, 40, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(NORM, 54, "load_attr", "LOAD_ATTR_INSTANCE_VALUE", 9, 43, 49, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(NORM, 66, "load_attr", "LOAD_ATTR_INSTANCE_VALUE", 9, 52, 58, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(NORM, 76, "binary_op", "BINARY_OP_MULTIPLY_INT", 9, 43, 58, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(NORM, 80, "binary_op", "BINARY_OP_ADD_INT", 9, 25, 58, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(NORM, 84, "precall", "PRECALL_NO_KW_BUILTIN_O", 9, 15, 59, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(NORM, 88, "call", null, 9, 15, 59, 0, 7, 0, 85, 0, 0, Map.of(13, 7L), "builtin_function_or_method"),
                site(TOTAL, 18, "load_method", "LOAD_METHOD_WITH_VALUES", 15, 16, 22, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(TOTAL, 40, "precall", "PRECALL_PYFUNC", 15, 16, 24, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(TOTAL, 44, "call", "CALL_PY_EXACT_ARGS", 15, 16, 24, 1, 0, 91, 0, 0, 0, Map.of(), null),
                site(TOTAL, 54, "binary_op", "BINARY_OP_ADD_FLOAT", 15, 12, 24, 1, 1, 89, 1, 0, 0, Map.of(8, 1L),
                        "int, float"),
                site(INIT, 6, "store_attr", "STORE_ATTR_INSTANCE_VALUE", 5, 8, 14, 3, 0, 150, 0, 106, 2, Map.of(),
                        null),
                site(INIT, 20, "store_attr", "STORE_ATTR_INSTANCE_VALUE", 6, 8, 14, 1, 0, 91, 0, 0, 0, Map.of(),
                        null)));
        List<Site> two = List.of(
                site(NORM, 26, "load_attr", "LOAD_ATTR_INSTANCE_VALUE", 9, 25, 31, 1, 0, 40, 0, 0, 0, Map.of(), null),
                site(NORM, 88, "call", null, 9, 15, 59, 0, 4, 0, 30, 0, 0, Map.of(13, 4L), "builtin_function_or_method"),
                site(MODULE, 100, "call", null, 24, 6, 46, 0, 1, 0, 0, 0, 0, Map.of(), null));
        return new Scenario("small", List.of(new Interpreter(1, one), new Interpreter(2, two)), 300);
    }

    /** A site that deoptimizes again and again, a high miss rate, and a hot site that never specializes. */
    public static Scenario storm() {
        List<Site> one = List.of(
                site(TOTAL, 54, "binary_op", "BINARY_OP_ADD_INT", 15, 12, 24, 40, 0, 500, 40, 2120, 40, Map.of(),
                        null),
                site(NORM, 88, "call", null, 9, 15, 59, 0, 15, 0, 19985, 0, 0, Map.of(13, 15L),
                        "builtin_function_or_method"),
                site(NORM, 26, "load_attr", "LOAD_ATTR_INSTANCE_VALUE", 9, 25, 31, 1, 0, 2000, 0, 0, 0, Map.of(),
                        null));
        return new Scenario("storm", List.of(new Interpreter(1, one)), 0);
    }

    /** The stats dict this scenario must produce. */
    public SpecializationStats expectedStats() {
        SpecializationStats s = new SpecializationStats();
        for (Interpreter in : interpreters) {
            for (Site site : in.sites()) {
                Counters c = s.family(site.family());
                for (int i = 0; i < 6; i++) {
                    c.set(Counters.NAMES[i], c.get(Counters.NAMES[i]) + site.counters()[i]);
                }
                site.kinds().forEach((k, n) -> c.failureKinds[k] += n);
            }
        }
        return s;
    }
}
