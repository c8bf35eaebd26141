package dev.quicken.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.api.Python;
import dev.quicken.compiler.Compiler;
import dev.quicken.opcode.Op;
import dev.quicken.opcode.Opcode;
import dev.quicken.runtime.PyFunction;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every specialized form of CPython 3.11.7: a program that reaches it (the form is in the
 * quickened code of {@code f} after warm-up, and hits are counted) and one that makes it miss
 * 53 times, which deoptimizes it back to the adaptive form (spec §4.2) without changing the
 * program's output.
 */
class SpecializedFormsTest {

    static final String SETUP = String.join("\n",
            "import sys",
            "import math",
            "class C:",
            "    def __init__(self): self.x = 1",
            "class D:",
            "    def __init__(self): self.x = 2",
            "class S:",
            "    __slots__ = ('x',)",
            "    def __init__(self): self.x = 1",
            "class G:",
            "    def __getitem__(self, i): return i",
            "class M:",
            "    def __init__(self): self.x = 1",
            "    def m(self): return 1",
            "    def m1(self, y): return y",
            "class N:",
            "    def m(self): return 2",
            "class Other:",
            "    maxsize = 5",
            "    def floor(self, x): return 0",
            "    def append(self, x): pass",
            "    def count(self, x): return 0",
            "    def copy(self): return 0",
            "    def split(self, x): return 0",
            "    def index(self, x): return 0",
            "def g(x): return x",
            "def gd(x, y=2): return x",
            "def g2(x, y): return x",
            "h = C(); h.__dict__; h.y = 2",
            "md = M(); md.__dict__",
            "K = 1",
            "");

    /** form, body of f(a, b), hot arguments, arguments that miss. */
    static final String[][] CASES = {
        {"BINARY_OP_ADD_INT", "return a + b", "1, 2", "1.0, 2.0"},
        {"BINARY_OP_ADD_FLOAT", "return a + b", "1.0, 2.0", "1, 2"},
        {"BINARY_OP_ADD_UNICODE", "return a + b", "'x', 'y'", "1, 2"},
        {"BINARY_OP_INPLACE_ADD_UNICODE", "a += b\n    return a", "'x', 'y'", "1, 2"},
        {"BINARY_OP_MULTIPLY_INT", "return a * b", "3, 2", "1.5, 2.0"},
        {"BINARY_OP_MULTIPLY_FLOAT", "return a * b", "3.0, 2.0", "3, 2"},
        {"BINARY_OP_SUBTRACT_INT", "return a - b", "3, 2", "1.5, 2.0"},
        {"BINARY_OP_SUBTRACT_FLOAT", "return a - b", "3.0, 2.0", "3, 2"},
        {"BINARY_SUBSCR_LIST_INT", "return a[b]", "[1, 2], 0", "(1, 2), 0"},
        {"BINARY_SUBSCR_TUPLE_INT", "return a[b]", "(1, 2), 0", "[1, 2], 0"},
        {"BINARY_SUBSCR_DICT", "return a[b]", "{1: 2}, 1", "[1, 2], 1"},
        {"BINARY_SUBSCR_GETITEM", "return a[b]", "G(), 1", "[1, 2], 1"},
        {"STORE_SUBSCR_LIST_INT", "a[b] = 1", "[0, 0], 0", "{}, 0"},
        {"STORE_SUBSCR_DICT", "a[b] = 1", "{}, 0", "[0, 0], 0"},
        {"CALL_PY_EXACT_ARGS", "return a(b)", "g, 1", "len, [1]"},
        {"CALL_PY_WITH_DEFAULTS", "return a(b)", "gd, 1", "len, [1]"},
        {"COMPARE_OP_INT_JUMP", "if a < b:\n        return 1\n    return 2", "1, 2", "1.0, 2.0"},
        {"COMPARE_OP_FLOAT_JUMP", "if a < b:\n        return 1\n    return 2", "1.0, 2.0", "1, 2"},
        {"COMPARE_OP_STR_JUMP", "if a == b:\n        return 1\n    return 2", "'x', 'y'", "1, 2"},
        {"LOAD_ATTR_INSTANCE_VALUE", "return a.x", "C(), 0", "D(), 0"},
        {"LOAD_ATTR_MODULE", "return a.maxsize", "sys, 0", "Other(), 0"},
        {"LOAD_ATTR_WITH_HINT", "return a.y", "h, 0", "D(), 0"},
        {"LOAD_ATTR_SLOT", "return a.x", "S(), 0", "C(), 0"},
        {"STORE_ATTR_INSTANCE_VALUE", "a.x = b", "C(), 1", "D(), 1"},
        {"STORE_ATTR_WITH_HINT", "a.y = b", "h, 1", "D(), 1"},
        {"STORE_ATTR_SLOT", "a.x = b", "S(), 1", "C(), 1"},
        {"LOAD_GLOBAL_MODULE", "return K", "0, 0", "globals().__setitem__('z' + str(i), i), 0"},
        {"LOAD_GLOBAL_BUILTIN", "return len", "0, 0", "globals().__setitem__('z' + str(i), i), 0"},
        {"LOAD_METHOD_WITH_VALUES", "return a.m()", "M(), 0", "N(), 0"},
        {"LOAD_METHOD_WITH_DICT", "return a.m()", "md, 0", "M(), 0"},
        {"LOAD_METHOD_NO_DICT", "return a.count(1)", "[1], 0", "(1,), 0"},
        {"LOAD_METHOD_MODULE", "return a.floor(1.5)", "math, 0", "Other(), 0"},
        {"LOAD_METHOD_CLASS", "return a.m(None)", "M, 0", "N, 0"},
        {"UNPACK_SEQUENCE_TWO_TUPLE", "x, y = a\n    return x", "(1, 2), 0", "[1, 2], 0"},
        {"UNPACK_SEQUENCE_TUPLE", "x, y, z = a\n    return x", "(1, 2, 3), 0", "[1, 2, 3], 0"},
        {"UNPACK_SEQUENCE_LIST", "x, y, z = a\n    return x", "[1, 2, 3], 0", "(1, 2, 3), 0"},
        {"PRECALL_PYFUNC", "return a(b)", "g, 1", "len, [1]"},
        {"PRECALL_BOUND_METHOD", "return a(b)", "M().m1, 1", "g, 1"},
        {"PRECALL_NO_KW_TYPE_1", "return a(b)", "type, 1", "str, 1"},
        {"PRECALL_NO_KW_STR_1", "return a(b)", "str, 1", "type, 1"},
        {"PRECALL_NO_KW_TUPLE_1", "return a(b)", "tuple, [1]", "str, [1]"},
        {"PRECALL_BUILTIN_CLASS", "return a(b)", "list, [1]", "g, [1]"},
        {"PRECALL_NO_KW_BUILTIN_O", "return a(b)", "abs, -1", "g, 1"},
        {"PRECALL_NO_KW_BUILTIN_FAST", "return a(b, b)", "divmod, 7", "g2, 7"},
        {"PRECALL_BUILTIN_FAST_WITH_KEYWORDS", "return a(b)", "sorted, [2, 1]", "g, [1]"},
        {"PRECALL_NO_KW_LEN", "return a(b)", "len, [1]", "abs, -1"},
        {"PRECALL_NO_KW_ISINSTANCE", "return a(b, int)", "isinstance, 1", "g2, 1"},
        {"PRECALL_NO_KW_LIST_APPEND", "a.append(b)", "[], 1", "Other(), 1"},
        {"PRECALL_NO_KW_METHOD_DESCRIPTOR_O", "return a.count(b)", "[1], 1", "Other(), 1"},
        {"PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS", "return a.split(b)", "'a b', ' '", "Other(), 1"},
        {"PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS", "return a.copy()", "[1], 0", "Other(), 0"},
        {"PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST", "return a.index(b)", "[1], 1", "Other(), 1"},
    };

    record Run(Python py, String out, GroundTruth truth) {
        char[] units(String fn) {
            PyFunction f = (PyFunction) py.globals().getStr(fn);
            ExecCode ec = py.interpreter().existingExecCode(f.code);
            return ec == null ? null : ec.units;
        }
    }

    static Run run(String source, boolean specialize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Python py = new Python(out, err, "t.py");
        py.interpreter().specialize = specialize;
        GroundTruth truth = new GroundTruth();
        py.interpreter().groundTruth = truth;
        int status = py.runMain(Compiler.compile(source, "t.py", "exec"), "t.py", null);
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, "program failed: " + e + "\n" + source);
        return new Run(py, out.toString(StandardCharsets.UTF_8), truth);
    }

    /** Opcode names of the instructions (caches skipped) of {@code units}. */
    static List<String> opnames(char[] units) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            int op = units[i] & 0xff;
            out.add(Opcode.name(op));
            i += Opcode.cacheUnits(Opcode.deopt(op));
        }
        return out;
    }

    static String program(String[] c, String tail) {
        return SETUP + "def f(a, b):\n    " + c[1] + "\n"
                + "for i in range(20):\n    r = f(" + c[2] + ")\n" + tail + "print(r)\n";
    }

    @TestFactory
    Stream<DynamicTest> reachesEveryForm() {
        return Stream.of(CASES).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            String src = program(c, "");
            Run on = run(src, true);
            List<String> ops = opnames(on.units("f"));
            assertTrue(ops.contains(c[0]), c[0] + " not reached; f is " + ops);
            int form = opcodeNumber(c[0]);
            int base = Opcode.deopt(form);
            assertTrue(on.truth.get(base, GroundTruth.SUCCESS) >= 1, "no success counted");
            if (form != Op.BINARY_SUBSCR_GETITEM) {
                assertTrue(on.truth.get(base, GroundTruth.HIT) >= 1, "no hit counted");
            }
            assertEquals(run(src, false).out, on.out, "output differs with specialization off");
        }));
    }

    @TestFactory
    Stream<DynamicTest> missesAndDeoptimizesEveryForm() {
        return Stream.of(CASES).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            String tail = "for i in range(60):\n    try:\n        f(" + c[3] + ")\n    except Exception:\n        pass\n";
            String src = program(c, tail);
            Run on = run(src, true);
            int form = opcodeNumber(c[0]);
            int base = Opcode.deopt(form);
            List<String> ops = opnames(on.units("f"));
            assertTrue(on.truth.get(base, GroundTruth.MISS) >= 53, c[0] + ": misses " + on.truth.get(base, GroundTruth.MISS));
            assertTrue(on.truth.get(base, GroundTruth.DEOPT) >= 1, c[0] + ": no deopt; f is " + ops);
            assertTrue(!ops.contains(c[0]), c[0] + " still there after deopt: " + ops);
            assertEquals(run(src, false).out, on.out, "output differs with specialization off");
        }));
    }

    /** Programs that change classes, globals and instances under specialized code (resources/specialize). */
    @org.junit.jupiter.api.Test
    void invalidationKeepsSemantics() throws Exception {
        for (String name : new String[] {"invalidation"}) {
            String src = new String(SpecializedFormsTest.class.getResourceAsStream("/specialize/" + name + ".py")
                    .readAllBytes(), StandardCharsets.UTF_8);
            String want = new String(SpecializedFormsTest.class.getResourceAsStream("/specialize/" + name + ".out")
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(want, run(src, true).out, name + " with specialization");
            assertEquals(want, run(src, false).out, name + " without specialization");
        }
    }

    static int opcodeNumber(String name) {
        for (int i = 0; i < 256; i++) {
            if (name.equals(Opcode.name(i))) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
