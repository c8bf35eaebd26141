package dev.quicken.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Several interpreters on several threads are isolated; deep recursion uses no Java stack per Python call. */
class IsolationAndDepthTest {

    static final String[] PROGRAMS = {"classes_basic", "dicts", "generators", "exceptions_basic", "functions",
        "class_attrs_versions", "inheritance_mro", "traceback_chain"};

    @Test
    void eightInterpretersOnEightThreadsGiveTheSoloOutputs() throws Throwable {
        List<ProgramRunner.Result> solo = new ArrayList<>();
        for (String p : PROGRAMS) {
            solo.add(ProgramRunner.run(p));
        }
        ExecutorService pool = Executors.newFixedThreadPool(PROGRAMS.length);
        try {
            List<Future<List<ProgramRunner.Result>>> futures = new ArrayList<>();
            for (String p : PROGRAMS) {
                futures.add(pool.submit(() -> {
                    List<ProgramRunner.Result> rs = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        rs.add(ProgramRunner.run(p));
                    }
                    return rs;
                }));
            }
            for (int i = 0; i < PROGRAMS.length; i++) {
                for (ProgramRunner.Result r : futures.get(i).get()) {
                    assertEquals(solo.get(i), r, PROGRAMS[i]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(ProgramRunner.expected("dicts"), solo.get(1));
    }

    @Test
    void fiftyThousandDeepRecursionOnAnOrdinaryThreadStack() throws Throwable {
        Object[] box = new Object[1];
        // 512 KiB of Java stack: Python calls must not recurse in Java
        Thread t = new Thread(null, () -> {
            try {
                box[0] = ProgramRunner.run("deep_recursion");
            } catch (Throwable e) {
                box[0] = e;
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        if (box[0] instanceof Throwable) {
            throw (Throwable) box[0];
        }
        assertEquals(ProgramRunner.expected("deep_recursion"), box[0]);
    }

    @Test
    void recursionLimitRaisesRecursionErrorNotStackOverflow() throws Throwable {
        assertEquals(ProgramRunner.expected("recursion_error"), ProgramRunner.runOnBigStack("recursion_error"));
    }
}
