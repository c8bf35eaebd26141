package dev.quicken.modules;

import dev.quicken.compiler.codegen.Flow;
import dev.quicken.eval.Interpreter;
import dev.quicken.opcode.Op;
import dev.quicken.probe.Probes;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;

/** The {@code _opcode} module: {@code stack_effect} and {@code get_specialization_stats}. */
final class OpcodeModule {

    /** The families {@code _Py_GetSpecializationStats} reports, in its order: base opcode, key. */
    private static final Object[][] FAMILIES = {
        {Op.LOAD_ATTR, "load_attr"}, {Op.LOAD_GLOBAL, "load_global"}, {Op.LOAD_METHOD, "load_method"},
        {Op.BINARY_SUBSCR, "binary_subscr"}, {Op.STORE_SUBSCR, "store_subscr"}, {Op.STORE_ATTR, "store_attr"},
        {Op.CALL, "call"}, {Op.BINARY_OP, "binary_op"}, {Op.COMPARE_OP, "compare_op"},
        {Op.UNPACK_SEQUENCE, "unpack_sequence"}, {Op.PRECALL, "precall"},
    };
    private static final String[] FIELDS = {"success", "failure", "hit", "deferred", "miss", "deopt"};
    private static final int FAILURE_KINDS = 30;

    private OpcodeModule() {
    }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_opcode");
        m.dict.setStr("__doc__", new PyStr("Opcode support module."));
        m.dict.setStr("stack_effect", new PyBuiltinFunction("stack_effect", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("stack_effect", a, kw, 0, new String[] {"opcode", "oparg", "jump"}, 1, 2);
                return PyInt.of(stackEffect((int) Args.integer(p[0]), p[1] == null ? PyNone.NONE : p[1],
                        p[2] == null ? PyNone.NONE : p[2]));
            }
        }, null, "_opcode"));
        m.dict.setStr("get_specialization_stats", new PyBuiltinFunction("get_specialization_stats", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("get_specialization_stats", a, kw, 0, 0, 0);
                return specializationStats(in);
            }
        }, null, "_opcode"));
        return m;
    }

    // CPython 3.11: Modules/_opcode.c _opcode_stack_effect_impl
    static int stackEffect(int opcode, PyObject oparg, PyObject jump) {
        int arg = 0;
        if (opcode >= Op.HAVE_ARGUMENT) {
            if (oparg == PyNone.NONE) {
                throw Exc.valueError("stack_effect: opcode requires oparg but oparg was not specified");
            }
            arg = (int) Args.integer(oparg);
        } else if (oparg != PyNone.NONE) {
            throw Exc.valueError("stack_effect: opcode does not permit oparg but oparg was specified");
        }
        int j;
        if (jump == PyNone.NONE) {
            j = -1;
        } else if (jump == PyBool.TRUE) {
            j = 1;
        } else if (jump == PyBool.FALSE) {
            j = 0;
        } else {
            throw Exc.valueError("stack_effect: jump must be False, True or None");
        }
        if (opcode < 0 || opcode > 240) {
            throw Exc.valueError("invalid opcode or oparg");
        }
        try {
            if (j < 0) {
                return Math.max(Flow.stackEffect(opcode, arg, 0), Flow.stackEffect(opcode, arg, 1));
            }
            return Flow.stackEffect(opcode, arg, j);
        } catch (RuntimeException e) {
            throw Exc.valueError("invalid opcode or oparg");
        }
    }

    /**
     * What a {@code Py_STATS} build returns; None when nothing observes the probes (a normal build).
     * Under quicken-agent, hit/deferred/miss are counted only while hot counting is on (a recording,
     * or {@code counters=always}; docs/AGENT.md): counts since counting began, 0 if it never did.
     */
    // CPython 3.11: Python/specialize.c _Py_GetSpecializationStats / stats_to_dict
    static PyObject specializationStats(Interpreter in) {
        long[] s = Probes.specializationStats(in.id);
        if (s == null) {
            return PyNone.NONE;
        }
        PyDict res = new PyDict();
        for (Object[] fam : FAMILIES) {
            int base = (Integer) fam[0] * Probes.STATS_FIELDS;
            PyDict d = new PyDict();
            for (int i = 0; i < FIELDS.length; i++) {
                d.setStr(FIELDS[i], PyInt.of(s[base + i]));
            }
            PyObject[] kinds = new PyObject[FAILURE_KINDS];
            for (int k = 0; k < FAILURE_KINDS; k++) {
                kinds[k] = PyInt.of(s[base + 6 + k]);
            }
            d.setStr("failure_kinds", new PyTuple(kinds));
            res.setStr((String) fam[1], d);
        }
        return res;
    }
}
