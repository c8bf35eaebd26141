package dev.quicken.analysis.model;

/**
 * Names of CPython 3.11's specialization failure kinds ({@code SPEC_FAIL_*}), as
 * {@code Tools/scripts/summarize_stats.py} (3.11.7) prints them: kinds 0–6 are shared by every
 * family; from 8 on the number means something different per family. A kind without a name
 * prints as {@code kind N}, as the script does.
 */
public final class FailureKinds {

    /** {@code SPECIALIZATION_FAILURE_KINDS}: the length of the {@code failure_kinds} tuple. */
    public static final int COUNT = 30;

    private static final String[] COMMON = {
        "other", "no dict", "overridden", "out of versions", "out of range", "expected error",
        "wrong number arguments", "kind 7",
    };

    private FailureKinds() {
    }

    /** The label of failure kind {@code kind} in family {@code familyKey}. */
    public static String label(String familyKey, int kind) {
        if (kind < 0 || kind >= COUNT) {
            return "kind " + kind;
        }
        if (kind < COMMON.length) {
            return COMMON[kind];
        }
        String[] specific = specific(familyKey);
        return specific == null ? "kind " + kind : specific[kind - COMMON.length];
    }

    // CPython 3.11: Tools/scripts/summarize_stats.py kind_to_name (labels for kinds 8..29)
    private static String[] specific(String familyKey) {
        if (familyKey == null) {
            return null;
        }
        return switch (familyKey) {
            case "load_attr", "store_attr" -> new String[] {"overriding descriptor", "non overriding descriptor",
                "not descriptor", "method", "mutable class", "property", "non object slot", "read only",
                "audited slot", "not managed dict", "non string or split", "module attr not found", "kind 20",
                "kind 21", "kind 22", "kind 23", "kind 24", "kind 25", "kind 26", "kind 27", "kind 28", "kind 29"};
            case "load_global" -> new String[] {"kind 8", "kind 9", "kind 10", "kind 11", "kind 12", "kind 13",
                "kind 14", "kind 15", "kind 16", "kind 17", "non string or split", "kind 19", "kind 20", "kind 21",
                "kind 22", "kind 23", "kind 24", "kind 25", "kind 26", "kind 27", "kind 28", "kind 29"};
            case "load_method" -> new String[] {"overriding descriptor", "non overriding descriptor",
                "not descriptor", "method", "mutable class", "property", "non object slot", "is attr",
                "dict subclass", "builtin class method", "class method obj", "object slot", "has dict",
                "has managed dict", "instance attribute", "metaclass attribute", "kind 24", "kind 25", "kind 26",
                "kind 27", "kind 28", "kind 29"};
            case "binary_op" -> new String[] {"add different types", "add other", "and different types", "and int",
                "and other", "floor divide", "lshift", "matrix multiply", "multiply different types",
                "multiply other", "or", "power", "remainder", "rshift", "subtract different types",
                "subtract other", "true divide different types", "true divide float", "true divide other", "xor",
                "kind 28", "kind 29"};
            case "binary_subscr", "store_subscr" -> new String[] {"array int", "array slice", "list slice",
                "tuple slice", "string int", "string slice", "kind 14", "buffer int", "buffer slice",
                "sequence int", "bytearray int", "bytearray slice", "py simple", "py other",
                "dict subclass no override", "not heap type", "kind 24", "kind 25", "kind 26", "kind 27", "kind 28",
                "kind 29"};
            case "compare_op" -> new String[] {"kind 8", "kind 9", "kind 10", "kind 11", "different types",
                "string", "not followed by cond jump", "big int", "bytes", "tuple", "list", "set", "bool",
                "baseobject", "float long", "long float", "extended arg", "kind 25", "kind 26", "kind 27",
                "kind 28", "kind 29"};
            case "unpack_sequence" -> new String[] {"iterator", "sequence", "kind 10", "kind 11", "kind 12",
                "kind 13", "kind 14", "kind 15", "kind 16", "kind 17", "kind 18", "kind 19", "kind 20", "kind 21",
                "kind 22", "kind 23", "kind 24", "kind 25", "kind 26", "kind 27", "kind 28", "kind 29"};
            case "precall", "call" -> new String[] {"kind 8", "complex parameters", "co not optimized",
                "instance method", "cmethod", "pycfunction", "pycfunction with keywords",
                "pycfunction fast with keywords", "pycfunction noargs", "bad call flags", "class", "python class",
                "method descriptor", "bound method", "str", "class no vectorcall", "class mutable", "kwnames",
                "method wrapper", "operator wrapper", "pyfunction", "pep 523"};
            case "for_iter" -> new String[] {"kind 8", "kind 9", "generator", "coroutine", "async generator", "list",
                "tuple", "set", "string", "bytes", "range", "itertools", "dict keys", "dict items", "dict values",
                "enumerate", "kind 24", "kind 25", "kind 26", "kind 27", "kind 28", "kind 29"};
            default -> null;
        };
    }
}
