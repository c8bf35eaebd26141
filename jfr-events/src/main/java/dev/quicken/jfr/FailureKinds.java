package dev.quicken.jfr;

import java.util.Locale;

/**
 * The names of CPython 3.11's {@code SPEC_FAIL_*} failure kinds, per specialization family.
 *
 * <p>A failure kind is a number from 0 to {@value #COUNT} − 1 whose meaning depends on the family:
 * 0–6 are shared, 8–29 are the family's own (CPython 3.11: Python/specialize.c, the
 * {@code SPEC_FAIL_*} defines). Names are the define's suffix in lower case, as
 * {@code Tools/scripts/summarize_stats.py} prints them ({@code add_different_types}).
 */
public final class FailureKinds {

    /** {@code SPECIALIZATION_FAILURE_KINDS} in 3.11: the length of {@code failure_kinds}. */
    public static final int COUNT = 30;

    private static final String[] SHARED = {
        "other", "no_dict", "overridden", "out_of_versions", "out_of_range", "expected_error",
        "wrong_number_arguments",
    };

    private static final String[] ATTR = kinds(
        8, "overriding_descriptor", 9, "non_overriding_descriptor", 10, "not_descriptor",
        11, "method", 12, "mutable_class", 13, "property", 14, "non_object_slot", 15, "read_only",
        16, "audited_slot", 17, "not_managed_dict", 18, "non_string_or_split",
        19, "module_attr_not_found");

    private static final String[] LOAD_GLOBAL = kinds(18, "non_string_or_split");

    private static final String[] LOAD_METHOD = kinds(
        8, "overriding_descriptor", 9, "non_overriding_descriptor", 10, "not_descriptor",
        11, "method", 12, "mutable_class", 13, "property", 14, "non_object_slot", 15, "is_attr",
        16, "dict_subclass", 17, "builtin_class_method", 18, "class_method_obj", 19, "object_slot",
        20, "has_dict", 21, "has_managed_dict", 22, "instance_attribute", 23, "metaclass_attribute");

    private static final String[] SUBSCR = kinds(
        8, "array_int", 9, "array_slice", 10, "list_slice", 11, "tuple_slice", 12, "string_int",
        13, "string_slice", 15, "buffer_int", 16, "buffer_slice", 17, "sequence_int",
        18, "bytearray_int", 19, "bytearray_slice", 20, "py_simple", 21, "py_other",
        22, "dict_subclass_no_override", 23, "not_heap_type");

    private static final String[] CALL = kinds(
        9, "complex_parameters", 10, "co_not_optimized", 11, "instance_method", 12, "cmethod",
        13, "pycfunction", 14, "pycfunction_with_keywords", 15, "pycfunction_fast_with_keywords",
        16, "pycfunction_noargs", 17, "bad_call_flags", 18, "class", 19, "python_class",
        20, "method_descriptor", 21, "bound_method", 22, "str", 23, "class_no_vectorcall",
        24, "class_mutable", 25, "kwnames", 26, "method_wrapper", 27, "operator_wrapper",
        28, "pyfunction", 29, "pep_523");

    private static final String[] BINARY_OP = kinds(
        8, "add_different_types", 9, "add_other", 10, "and_different_types", 11, "and_int",
        12, "and_other", 13, "floor_divide", 14, "lshift", 15, "matrix_multiply",
        16, "multiply_different_types", 17, "multiply_other", 18, "or", 19, "power",
        20, "remainder", 21, "rshift", 22, "subtract_different_types", 23, "subtract_other",
        24, "true_divide_different_types", 25, "true_divide_float", 26, "true_divide_other",
        27, "xor");

    private static final String[] COMPARE_OP = kinds(
        12, "different_types", 13, "string", 14, "not_followed_by_cond_jump", 15, "big_int",
        16, "bytes", 17, "tuple", 18, "list", 19, "set", 20, "bool", 21, "baseobject",
        22, "float_long", 23, "long_float", 24, "extended_arg");

    private static final String[] UNPACK_SEQUENCE = kinds(8, "iterator", 9, "sequence");

    private static final String[] NONE = kinds();

    private FailureKinds() {
    }

    /**
     * The name of failure kind {@code kind} of the family whose base opcode is {@code baseOpcode}:
     * {@code "add_different_types"}, {@code "out_of_versions"}, or {@code "kind_N"} when 3.11 has no
     * name for it.
     */
    public static String name(int baseOpcode, int kind) {
        if (kind < 0 || kind >= COUNT) {
            return "kind_" + kind;
        }
        if (kind < SHARED.length) {
            return SHARED[kind];
        }
        String name = table(Opcodes.name(baseOpcode))[kind];
        return name != null ? name : "kind_" + kind;
    }

    /**
     * The family's key in {@code _opcode.get_specialization_stats()}: the base opcode's name in
     * lower case ({@code "load_attr"}).
     */
    public static String family(int baseOpcode) {
        if (baseOpcode < 0 || baseOpcode > 255) {
            return Opcodes.name(baseOpcode).toLowerCase(Locale.ROOT);
        }
        return FAMILIES[baseOpcode];   // every event names its family: made once
    }

    private static final String[] FAMILIES = new String[256];

    static {
        for (int op = 0; op < 256; op++) {
            FAMILIES[op] = Opcodes.name(op).toLowerCase(Locale.ROOT);
        }
    }

    private static String[] table(String baseName) {
        switch (baseName) {
            case "LOAD_ATTR":
            case "STORE_ATTR":
                return ATTR;
            case "LOAD_GLOBAL":
                return LOAD_GLOBAL;
            case "LOAD_METHOD":
                return LOAD_METHOD;
            case "BINARY_SUBSCR":
            case "STORE_SUBSCR":
                return SUBSCR;
            case "CALL":
            case "PRECALL":
                return CALL;
            case "BINARY_OP":
                return BINARY_OP;
            case "COMPARE_OP":
                return COMPARE_OP;
            case "UNPACK_SEQUENCE":
                return UNPACK_SEQUENCE;
            default:
                return NONE;
        }
    }

    private static String[] kinds(Object... indexAndName) {
        String[] names = new String[COUNT];
        for (int i = 0; i < indexAndName.length; i += 2) {
            names[(Integer) indexAndName[i]] = (String) indexAndName[i + 1];
        }
        return names;
    }
}
