package dev.quicken.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.api.Python;
import dev.quicken.code.CodeObject;
import dev.quicken.code.Dis;
import dev.quicken.code.Pyc;
import dev.quicken.compiler.Compiler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The function compiler ({@link Jit}) must not change behaviour or quickening: every corpus
 * program, with every function compiled at its first call after warm-up and every loop moving to
 * compiled code after two backward jumps, prints what it prints with the compiler off, and leaves
 * exactly the same adaptive disassembly (the same forms, counters and caches in every unit).
 */
class JitTest {

    record Run(String out, String err, int exit, String adaptiveDis) {
    }

    private static int programsCompiled;

    /** Runs {@code code} as __main__ with the compiler at the given thresholds (0: off). */
    static Run run(CodeObject code, String name, Path dir, int threshold, int osr) throws Throwable {
        Object[] box = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                Python py = new Python(out, err, name + ".pyc");
                Interpreter in = py.interpreter();
                in.jitThreshold = threshold;
                in.jitOsr = osr;
                int status = py.runMain(code, name + ".py", dir);
                Dis.Options opts = new Dis.Options().showCaches(true).adaptive(co -> {
                    ExecCode ec = in.existingExecCode(co);
                    return ec == null ? null : ec.units;
                });
                box[0] = new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status,
                        Dis.dis(code, opts));
            } catch (Throwable e) {
                box[0] = e;
            }
        }, "jit-" + name, 1L << 30);
        t.start();
        t.join();
        if (box[0] instanceof Throwable) {
            throw (Throwable) box[0];
        }
        return (Run) box[0];
    }

    @TestFactory
    Stream<DynamicTest> corpusRunsTheSameCompiled() throws Exception {
        Path d = ProgramRunner.dir();
        return ProgramRunner.names().stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            CodeObject code = Pyc.load(Files.readAllBytes(d.resolve(n + ".pyc")));
            Run off = run(code, n, d, 0, 0);
            int before = Jit.compiled;
            Run on = run(code, n, d, 1, 2);
            if (Jit.compiled > before) {
                programsCompiled++;
            }
            assertEquals(off.out(), on.out(), n + ": stdout");
            assertEquals(off.err(), on.err(), n + ": stderr");
            assertEquals(off.exit(), on.exit(), n + ": exit status");
            assertEquals("", firstDifference(off.adaptiveDis(), on.adaptiveDis()), n + ": adaptive disassembly");
        }));
    }

    /** Process-global versions and addresses masked (they grow from one run to the next in a JVM). */
    static String masked(String dis) {
        return AdaptiveFixtureTest.normalize(AdaptiveFixtureTest.PROCESS_GLOBAL.matcher(dis).replaceAll("($1: ?)"));
    }

    /** The first lines where two disassemblies differ (empty when they agree). */
    static String firstDifference(String a, String b) {
        String[] x = masked(a).split("\n");
        String[] y = masked(b).split("\n");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "<end>";
            String q = i < y.length ? y[i] : "<end>";
            if (!p.equals(q)) {
                return "line " + (i + 1) + ":\n  off: " + p + "\n  on:  " + q;
            }
        }
        return "";
    }

    private static int staleLimit;

    @BeforeAll
    static void recompileOften() {
        // sites specialized after compiling send a function to be compiled again after 5 out-of-line runs
        staleLimit = Jit.staleLimit;
        Jit.staleLimit = 5;
    }

    @AfterAll
    static void theCompilerRan() {
        Jit.staleLimit = staleLimit;
        // most corpus programs call some function more than warm-up's 8 times
        assertTrue(programsCompiled == 0 || programsCompiled > 100, "programs with compiled functions: " + programsCompiled);
        assertTrue(programsCompiled == 0 || Jit.recompiled > 0, "no function was compiled again");
    }

    private static Run source(String src, int threshold, int osr) throws Throwable {
        CodeObject code = Compiler.compile(src.getBytes(StandardCharsets.UTF_8), "t.py");
        return run(code, "t", Path.of("."), threshold, osr);
    }

    /** Output with the compiler forced on, checked against the compiler off. */
    private static String same(String src) throws Throwable {
        return same(src, 1);
    }

    /** The same, functions compiled at their {@code threshold}-th call, loops after 2 backward jumps. */
    private static String same(String src, int threshold) throws Throwable {
        int compiled = Jit.compiled;
        Run on = source(src, threshold, 2);
        Run off = source(src, 0, 0);
        assertEquals(off.out(), on.out());
        assertEquals(off.err(), on.err());
        assertEquals(off.exit(), on.exit());
        assertTrue(Jit.compiled > compiled, "nothing compiled");
        return on.out() + on.err();
    }

    @Test
    void exceptionsUnwindThroughCompiledFrames() throws Throwable {
        String r = same("""
                def f(x):
                    try:
                        return 10 // x
                    except ZeroDivisionError as e:
                        return repr(e)
                    finally:
                        pass
                def g(x):
                    return [1, 2][x]
                for i in range(20):
                    f(i % 3)
                    try:
                        g(i)
                    except IndexError as e:
                        last = e
                print(f(0), last)
                g(5)
                """);
        assertTrue(r.contains("ZeroDivisionError('integer division or modulo by zero') list index out of range"), r);
        assertTrue(r.contains("line 9, in g") && r.contains("IndexError: list index out of range"), r);
    }

    @Test
    void deepRecursionFallsBackToTheLoop() throws Throwable {
        String r = same("""
                import sys
                sys.setrecursionlimit(30000)
                def down(n):
                    return 0 if n == 0 else 1 + down(n - 1)
                for i in range(20):
                    down(10)
                print(down(20000))
                def forever(n):
                    return forever(n + 1)
                try:
                    forever(0)
                except RecursionError as e:
                    print(e)
                """);
        assertEquals("20000\nmaximum recursion depth exceeded\n", r);
    }

    @Test
    void hotLoopMovesToCompiledCode() throws Throwable {
        int entries = Jit.osrEntries;
        // functions compiled only at their 1000th call: main's loop and the module's move to
        // compiled code from the loop, before their code is quickened (after 2 backward jumps)
        String r = same("""
                def main():
                    total = 0
                    for i in range(1000):
                        total += i * 2
                        if i == 999:
                            raise ValueError(total)
                    return total
                try:
                    main()
                except ValueError as e:
                    print('caught', e)
                k = 0
                while k < 100:
                    k += 1
                print(k)
                """, 1000);
        assertEquals("caught 999000\n100\n", r);
        assertTrue(Jit.osrEntries > entries);
    }

    @Test
    void loopCompiledBeforeQuickeningCountsWarmupAndIsCompiledAgain() throws Throwable {
        // f's while loop jumps back with POP_JUMP_BACKWARD_IF_TRUE, which counts no warm-up: its
        // first call moves to compiled code unquickened; the compiled RESUME counts the warm-up of
        // the calls after it, f is quickened at its 8th call as in the loop, then compiled again
        String src = """
                def f(n):
                    i = 0
                    t = 0.0
                    h = 0.5
                    while i < n:
                        t += h * h
                        i += 1
                    return t
                for _ in range(12):
                    print(f(400))
                """;
        CodeObject code = Compiler.compile(src.getBytes(StandardCharsets.UTF_8), "t.py");
        int compiled = Jit.compiled;
        Run on = run(code, "t", Path.of("."), 1000, 2);
        Run off = run(code, "t", Path.of("."), 0, 0);
        assertEquals(off.out(), on.out());
        assertEquals("", firstDifference(off.adaptiveDis(), on.adaptiveDis()));
        assertTrue(on.adaptiveDis().contains("BINARY_OP_MULTIPLY_FLOAT"), on.adaptiveDis());
        assertTrue(Jit.compiled >= compiled + 2, "compiled unquickened, then again quickened");
    }

    /**
     * Runs {@code src} (compiler at {@code threshold} calls, loops after 2 backward jumps, stale
     * limit 5), checks its output against the compiler off, and returns the ExecCode of its
     * function {@code name}.
     */
    private static ExecCode execCodeAfter(String src, int threshold, String name) throws Throwable {
        CodeObject code = Compiler.compile(src.getBytes(StandardCharsets.UTF_8), "t.py");
        CodeObject fn = null;
        for (int k = 0; k < code.consts.size(); k++) {
            if (code.consts.get(k) instanceof CodeObject c && c.name.value.equals(name)) {
                fn = c;
            }
        }
        assertNotNull(fn, name);
        ExecCode[] box = new ExecCode[1];
        CodeObject target = fn;
        Object[] err = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Python py = new Python(out, new ByteArrayOutputStream(), "t.pyc");
                Interpreter in = py.interpreter();
                in.jitThreshold = threshold;
                in.jitOsr = 2;
                py.runMain(code, "t.py", Path.of("."));
                box[0] = in.existingExecCode(target);
                err[0] = out.toString(StandardCharsets.UTF_8);
            } catch (Throwable e) {
                err[0] = e;
            }
        }, "jit-t", 1L << 30);
        t.start();
        t.join();
        if (err[0] instanceof Throwable) {
            throw (Throwable) err[0];
        }
        assertEquals(source(src, 0, 0).out(), err[0]);
        return box[0];
    }

    @Test
    void aLongRunningFrameInOlderCodeDoesNotCompileAgain() throws Throwable {
        // main is called once: its loop moves to compiled code before quickening (2 backward
        // jumps), is quickened at its 8th, and compiled again once its specialized forms have run
        // out of line; the frame goes on in the code it entered, where the forms stay out of line,
        // and that no longer sends main to be compiled again (it would make code nobody enters)
        ExecCode ec = execCodeAfter("""
                def main():
                    class P:
                        def __init__(self):
                            self.x = 1
                    p = P()
                    t = 0
                    for i in range(3000):
                        t += p.x
                    return t
                print(main())
                """, 1000, "main");
        assertNotNull(ec.jit, "main compiled");
        assertTrue(!ec.jit.unquickened, "main compiled again after quickening");
        assertEquals(0, ec.jitRecompiles, "recompiles of main");
    }

    @Test
    void formsThatSpecializeAgainTheSameWayDoNotCompileAgain() throws Throwable {
        // f's o.x sees A and B in turn: LOAD_ATTR_INSTANCE_VALUE misses, deoptimizes and
        // specializes again, to the same form, over and over; each time the compiled code runs it
        // out of line once, but compiling again would make the same code
        ExecCode ec = execCodeAfter("""
                class A:
                    def __init__(self):
                        self.x = 1
                class B:
                    def __init__(self):
                        self.y = 0
                        self.x = 2
                def f(o):
                    return o.x
                def main():
                    objs = [A(), B()]
                    t = 0
                    for i in range(20000):
                        t += f(objs[i & 1])
                    return t
                print(main())
                """, 20, "f");
        assertNotNull(ec.jit, "f compiled");
        assertEquals(0, ec.jitRecompiles, "recompiles of f");
    }

    @Test
    void instructionsCalledDirectlyRaiseAsInTheLoop() throws Throwable {
        // LOAD_DEREF, GET_ITER, CONTAINS_OP, UNARY_NOT/NEGATIVE and JUMP_IF_*_OR_POP have helpers
        // of their own in compiled code: their errors, and Python code they run, as in the loop
        String r = same("""
                import traceback
                class B:
                    def __bool__(self):
                        raise ValueError('bool')
                class E:
                    def __eq__(self, o):
                        raise KeyError('eq')
                    def __neg__(self):
                        return 'neg'
                def f(k):
                    if k == 0:
                        return [x for x in range(3) if x in (1, 2)]
                    if k == 1:
                        return E() in [1]
                    if k == 2:
                        return B() and 1
                    if k == 3:
                        return B() or 1
                    if k == 4:
                        return not B()
                    if k == 5:
                        return iter(5) if False else [y for y in 5]
                    if k == 6:
                        return -E(), not [], (0 or 7), (3 and 0), k is k, k is not k, 'b' in 'abc', 5 in {5}
                    def g():
                        return z
                    g()
                    z = 1
                for k in range(8):
                    try:
                        print(k, f(k))
                    except Exception as e:
                        print(k, type(e).__name__, e, traceback.extract_tb(e.__traceback__)[-1].lineno)
                """);
        assertTrue(r.contains("7 NameError cannot access free variable 'z'"), r);
        assertTrue(r.contains("1 KeyError 'eq'"), r);
    }

    @Test
    void classCallsKeywordsAndClosuresCompiled() throws Throwable {
        String r = same("""
                class P:
                    def __init__(self, x, y=2):
                        self.x = x
                        self.y = y
                    def norm(self):
                        return self.x * self.x + self.y * self.y
                def outer(k):
                    def inner(v, *, scale=1):
                        return (v + k) * scale
                    return inner
                acc = []
                for i in range(30):
                    p = P(i, y=i + 1)
                    acc.append(p.norm() + outer(i)(i, scale=2))
                print(sum(acc), acc[-1])
                class Bad:
                    def __init__(self):
                        return 1
                for i in range(12):
                    try:
                        Bad()
                    except TypeError as e:
                        msg = str(e)
                print(msg)
                """);
        assertEquals("19750 1857\n__init__() should return None, not 'int'\n", r);
    }

    /**
     * Every specialized form of {@link SpecializedFormsTest#CASES} in a compiled function: f is
     * compiled at its first call after warm-up, holding the form, so the form's hits and then its
     * misses (down to the deoptimization) run in compiled code, inline where {@link Jit} has the
     * form inline. Output, adaptive disassembly and the counts of successes, hits, misses and
     * deoptimizations of the family are those of the loop.
     */
    @TestFactory
    Stream<DynamicTest> everyFormHitsAndMissesInCompiledCode() {
        return Stream.of(SpecializedFormsTest.CASES).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            String tail = "for i in range(60):\n    try:\n        f(" + c[3] + ")\n    except Exception:\n        pass\n";
            String src = SpecializedFormsTest.program(c, tail);
            int base = dev.quicken.opcode.Opcode.deopt(SpecializedFormsTest.opcodeNumber(c[0]));
            String[] off = formRun(src, base, 0);
            String[] on = formRun(src, base, 1);
            assertEquals("compiled", on[3], c[0] + ": f not compiled");
            assertEquals(off[0], on[0], c[0] + ": output");
            assertEquals("", firstDifference(off[1], on[1]), c[0] + ": adaptive disassembly");
            assertEquals(off[2], on[2], c[0] + ": success, hit, miss, deopt counts");
            assertTrue(on[2].matches("\\d+ [1-9]\\d* [1-9]\\d* [1-9]\\d*") || c[0].equals("BINARY_SUBSCR_GETITEM"),
                    c[0] + ": counts " + on[2]);
        }));
    }

    /** Output, adaptive disassembly, family counts, and whether f was compiled. */
    private static String[] formRun(String src, int base, int threshold) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Python py = new Python(out, err, "t.py");
        Interpreter in = py.interpreter();
        in.jitThreshold = threshold;
        in.jitOsr = threshold == 0 ? 0 : 2;
        GroundTruth truth = new GroundTruth();
        in.groundTruth = truth;
        CodeObject code = Compiler.compile(src.getBytes(StandardCharsets.UTF_8), "t.py");
        int status = py.runMain(code, "t.py", Path.of("."));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        Dis.Options opts = new Dis.Options().showCaches(true).adaptive(co -> {
            ExecCode ec = in.existingExecCode(co);
            return ec == null ? null : ec.units;
        });
        ExecCode f = in.existingExecCode(((dev.quicken.runtime.PyFunction) py.globals().getStr("f")).code);
        return new String[] {out.toString(StandardCharsets.UTF_8), Dis.dis(code, opts),
            truth.get(base, GroundTruth.SUCCESS) + " " + truth.get(base, GroundTruth.HIT) + " "
                    + truth.get(base, GroundTruth.MISS) + " " + truth.get(base, GroundTruth.DEOPT),
            f != null && f.jit != null ? "compiled" : "not compiled"};
    }

    /** Runs {@code src} with the compiler forced on; returns the interpreter and the module's code. */
    private static Object[] forced(String src) {
        CodeObject code = Compiler.compile(src.getBytes(StandardCharsets.UTF_8), "t.py");
        Python py = new Python(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "t.py");
        Interpreter in = py.interpreter();
        in.jitThreshold = 1;
        in.jitOsr = 2;
        py.runMain(code, "t.py", Path.of("."));
        return new Object[] {in, code};
    }

    private static ExecCode function(Object[] run, String name) {
        CodeObject code = (CodeObject) run[1];
        for (Object c : code.consts.items) {
            if (c instanceof CodeObject && ((CodeObject) c).name.value.equals(name)) {
                return ((Interpreter) run[0]).existingExecCode((CodeObject) c);
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void generatorsCompile() {
        Object[] r = forced("""
                def gen(n):
                    for i in range(n):
                        yield i
                def plain(n):
                    return n + 1
                for j in range(50):
                    s = sum(gen(j)) + plain(j)
                print(s)
                """);
        assertNotNull(function(r, "gen").jit);
        assertNotNull(function(r, "plain").jit);
        assertTrue(function(r, "gen").jitResumes > 0, "no generator resumed in compiled code");
    }

    @Test
    void sendThrowCloseIntoCompiledGenerators() throws Throwable {
        String src = """
                log = []
                def acc():
                    total = 0
                    while True:
                        try:
                            v = yield total
                        except ValueError as e:
                            log.append(('caught', str(e)))
                            v = -1
                        finally:
                            log.append('fin')
                        if v is None:
                            return total
                        total += v
                def run(k):
                    g = acc()
                    next(g)
                    for i in range(k):
                        g.send(i)
                    g.throw(ValueError('v%d' % k))
                    try:
                        g.send(None)
                    except StopIteration as s:
                        return s.value
                def closing():
                    try:
                        yield 1
                        yield 2
                    finally:
                        log.append('closed')
                for k in range(12):
                    r = run(k)
                    c = closing()
                    next(c)
                    c.close()
                print(r, len(log), log[-6:])
                def thrower():
                    yield 1
                t = thrower()
                next(t)
                try:
                    t.throw(KeyError('k'))
                except KeyError as e:
                    print('out', repr(e))
                """;
        String out = same(src);
        assertTrue(out.startsWith("54 "), out);
        assertTrue(out.contains("out KeyError('k')"), out);
        Object[] r = forced(src);
        assertNotNull(function(r, "acc").jit);
        assertNotNull(function(r, "closing").jit);
    }

    @Test
    void yieldFromAndCoroutinesCompiled() throws Throwable {
        String src = """
                def inner(n):
                    for i in range(n):
                        x = yield i
                        if x is not None:
                            yield -x
                    return n * 10
                def outer(n):
                    r = yield from inner(n)
                    yield r
                    yield from (j * 2 for j in range(3))
                def tree(d):
                    if d == 0:
                        yield 1
                        return
                    yield from tree(d - 1)
                    yield d
                    yield from tree(d - 1)
                tot = 0
                for k in range(15):
                    tot += sum(outer(k)) + sum(tree(4))
                g = outer(3)
                next(g)
                print(tot, g.send(7), list(g))
                class Stop(Exception):
                    pass
                g = outer(5)
                next(g)
                try:
                    g.throw(Stop('in'))
                except Stop as e:
                    print('stop', e)
                import types
                @types.coroutine
                def tick():
                    v = yield 'tick'
                    return v
                async def work(n):
                    s = 0
                    for i in range(n):
                        s += await tick()
                    return s
                async def agen(n):
                    for i in range(n):
                        yield i * i
                async def consume(n):
                    return [x async for x in agen(n)]
                def drive(c):
                    try:
                        c.send(None)
                        while True:
                            c.send(3)
                    except StopIteration as e:
                        return e.value
                print([drive(work(i)) for i in range(12)], drive(consume(6)))
                """;
        String out = same(src);
        assertTrue(out.contains("stop in"), out);
        Object[] r = forced(src);
        assertNotNull(function(r, "inner").jit);
        assertNotNull(function(r, "outer").jit);
        assertNotNull(function(r, "work").jit);
        assertNotNull(function(r, "agen").jit);
    }

    @Test
    void hotLoopInAGeneratorMovesToCompiledCode() throws Throwable {
        int entries = Jit.osrEntries;
        // functions compiled only at their 1000th call: main's loop and the module's move to
        // compiled code from the loop, before their code is quickened (after 2 backward jumps)
        String r = same("""
                def count(n):
                    for i in range(n):
                        if i % 100 == 99:
                            yield i
                    return 'done'
                print(sum(count(2000)))
                """);
        assertEquals("20980\n", r);
        assertTrue(Jit.osrEntries > entries);
    }

    @Test
    void compiledMethodsStayUnderHotSpotsLimit() throws Throwable {
        // a function too large to compile within Jit.MAX_BYTES is refused and runs in the loop
        StringBuilder big = new StringBuilder("def big(a):\n    x = 0\n");
        for (int i = 0; i < 900; i++) {
            big.append("    x = x + a[").append(i % 7).append("] * ").append(i).append('\n');
        }
        big.append("    return x\nfor i in range(20):\n    r = big([1, 2, 3, 4, 5, 6, 7])\nprint(r)\n");
        assertNull(function(forced(big.toString()), "big").jit);
        assertEquals(source(big.toString(), 0, 0).out(), source(big.toString(), 1, 2).out());
    }
}
