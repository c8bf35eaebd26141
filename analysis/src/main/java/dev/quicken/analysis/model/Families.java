package dev.quicken.analysis.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The eleven specialization families that {@code _opcode.get_specialization_stats()} reports in
 * CPython 3.11.7, in its key order, with their base opcode numbers and specialized forms
 * ({@code opcode._specializations}).
 */
public final class Families {

    /** A family: stats key, base opcode name and number, the adaptive and specialized forms. */
    public record Family(String key, String baseName, int baseOpcode, List<String> members) {
    }

    private static final Map<String, Family> BY_KEY = new LinkedHashMap<>();
    private static final Map<String, String> KEY_BY_INSTRUCTION = new LinkedHashMap<>();

    static {
        // CPython 3.11: Python/specialize.c _Py_GetSpecializationStats (key order)
        add("LOAD_ATTR", 106, "LOAD_ATTR_ADAPTIVE", "LOAD_ATTR_INSTANCE_VALUE", "LOAD_ATTR_MODULE",
                "LOAD_ATTR_SLOT", "LOAD_ATTR_WITH_HINT");
        add("LOAD_GLOBAL", 116, "LOAD_GLOBAL_ADAPTIVE", "LOAD_GLOBAL_BUILTIN", "LOAD_GLOBAL_MODULE");
        add("LOAD_METHOD", 160, "LOAD_METHOD_ADAPTIVE", "LOAD_METHOD_CLASS", "LOAD_METHOD_MODULE",
                "LOAD_METHOD_NO_DICT", "LOAD_METHOD_WITH_DICT", "LOAD_METHOD_WITH_VALUES");
        add("BINARY_SUBSCR", 25, "BINARY_SUBSCR_ADAPTIVE", "BINARY_SUBSCR_DICT", "BINARY_SUBSCR_GETITEM",
                "BINARY_SUBSCR_LIST_INT", "BINARY_SUBSCR_TUPLE_INT");
        add("STORE_SUBSCR", 60, "STORE_SUBSCR_ADAPTIVE", "STORE_SUBSCR_DICT", "STORE_SUBSCR_LIST_INT");
        add("STORE_ATTR", 95, "STORE_ATTR_ADAPTIVE", "STORE_ATTR_INSTANCE_VALUE", "STORE_ATTR_SLOT",
                "STORE_ATTR_WITH_HINT");
        add("CALL", 171, "CALL_ADAPTIVE", "CALL_PY_EXACT_ARGS", "CALL_PY_WITH_DEFAULTS");
        add("BINARY_OP", 122, "BINARY_OP_ADAPTIVE", "BINARY_OP_ADD_FLOAT", "BINARY_OP_ADD_INT",
                "BINARY_OP_ADD_UNICODE", "BINARY_OP_INPLACE_ADD_UNICODE", "BINARY_OP_MULTIPLY_FLOAT",
                "BINARY_OP_MULTIPLY_INT", "BINARY_OP_SUBTRACT_FLOAT", "BINARY_OP_SUBTRACT_INT");
        add("COMPARE_OP", 107, "COMPARE_OP_ADAPTIVE", "COMPARE_OP_FLOAT_JUMP", "COMPARE_OP_INT_JUMP",
                "COMPARE_OP_STR_JUMP");
        add("UNPACK_SEQUENCE", 92, "UNPACK_SEQUENCE_ADAPTIVE", "UNPACK_SEQUENCE_LIST",
                "UNPACK_SEQUENCE_TUPLE", "UNPACK_SEQUENCE_TWO_TUPLE");
        add("PRECALL", 166, "PRECALL_ADAPTIVE", "PRECALL_BOUND_METHOD", "PRECALL_BUILTIN_CLASS",
                "PRECALL_BUILTIN_FAST_WITH_KEYWORDS", "PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS",
                "PRECALL_NO_KW_BUILTIN_FAST", "PRECALL_NO_KW_BUILTIN_O", "PRECALL_NO_KW_ISINSTANCE",
                "PRECALL_NO_KW_LEN", "PRECALL_NO_KW_LIST_APPEND", "PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST",
                "PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS", "PRECALL_NO_KW_METHOD_DESCRIPTOR_O",
                "PRECALL_NO_KW_STR_1", "PRECALL_NO_KW_TUPLE_1", "PRECALL_NO_KW_TYPE_1", "PRECALL_PYFUNC");
    }

    /** The eleven keys, in {@code _opcode.get_specialization_stats()} order. */
    public static final List<String> KEYS = List.copyOf(BY_KEY.keySet());

    private Families() {
    }

    private static void add(String base, int opcode, String... members) {
        String key = base.toLowerCase(Locale.ROOT);
        BY_KEY.put(key, new Family(key, base, opcode, List.of(members)));
        KEY_BY_INSTRUCTION.put(base, key);
        for (String m : members) {
            KEY_BY_INSTRUCTION.put(m, key);
        }
    }

    /** The family for a stats key ({@code "load_attr"}), or null. */
    public static Family byKey(String key) {
        return BY_KEY.get(key);
    }

    /** All eleven families in key order. */
    public static List<Family> all() {
        return List.copyOf(BY_KEY.values());
    }

    /**
     * The stats key of the family a name belongs to: a key ({@code load_attr}), a base opcode
     * ({@code LOAD_ATTR}) or any adaptive or specialized form ({@code LOAD_ATTR_SLOT}); null when
     * it is none of these.
     */
    public static String keyOf(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        if (BY_KEY.containsKey(name)) {
            return name;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        return KEY_BY_INSTRUCTION.get(upper);
    }

    /** The stats key of the family whose base opcode is {@code opcode}, or null. */
    public static String keyOfOpcode(int opcode) {
        for (Family f : BY_KEY.values()) {
            if (f.baseOpcode() == opcode) {
                return f.key();
            }
        }
        return null;
    }

    /** True for the adaptive form of a family ({@code LOAD_ATTR_ADAPTIVE}). */
    public static boolean isAdaptive(String instruction) {
        return instruction != null && instruction.endsWith("_ADAPTIVE");
    }

    /** True for a specialized form (a family member that is not the adaptive form). */
    public static boolean isSpecialized(String instruction) {
        return instruction != null && !isAdaptive(instruction) && KEY_BY_INSTRUCTION.containsKey(instruction)
                && !BY_KEY.containsKey(instruction.toLowerCase(Locale.ROOT));
    }
}
