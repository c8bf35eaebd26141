package dev.quicken.agent.it;

import dev.quicken.probe.Probes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Child-JVM program: runs {@link Workload} on {@code THREADS} threads and prints what
 * {@code Probes.specializationStats} says. Arguments: {@code THREADS ITERATIONS [wait|exit]}; with
 * {@code wait} it runs once unobserved, prints {@code ready}, waits for a line on stdin (an agent
 * attaches meanwhile), then runs again; with {@code exit} it ends with {@code System.exit(0)}; with
 * {@code phases FILE.jfr} it runs three times: before, during and after a recording to FILE.jfr that
 * it starts and stops itself (Flight Recorder's API, the JDK's {@code default} settings); with
 * {@code live FILE.jfr} the threads run {@code ITERATIONS}-iteration chunks of the workload without
 * pause while a recording starts and stops, and it prints per interpreter how many chunks ran and
 * how many lay wholly between the recording's {@code start()} returning and {@code stop()} being called
 * ({@code chunks ID ALL INSIDE}).
 */
public final class ProbeDriver {

    static final Workload.Sink PROBES = new Workload.Sink() {
        @Override
        public void quickened(Object code) {
            Probes.quickened((FakeCode) code);
        }

        @Override
        public void specialized(Object code, int offset, int base, int op, Object a, Object b) {
            Probes.specialized((FakeCode) code, offset, base, op, a, b);
        }

        @Override
        public void failed(Object code, int offset, int base, int kind, Object a, Object b) {
            Probes.specializationFailed((FakeCode) code, offset, base, kind, a, b);
        }

        @Override
        public void hit(Object code, int offset, int opcode) {
            Probes.hit((FakeCode) code, offset, opcode);
        }

        @Override
        public void miss(Object code, int offset, int opcode) {
            Probes.miss((FakeCode) code, offset, opcode);
        }

        @Override
        public void deferred(Object code, int offset, int opcode) {
            Probes.deferred((FakeCode) code, offset, opcode);
        }

        @Override
        public void deoptimized(Object code, int offset, int opcode) {
            Probes.deoptimized((FakeCode) code, offset, opcode);
        }
    };

    private ProbeDriver() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int iterations = Integer.parseInt(args[1]);
        boolean wait = args.length > 2 && args[2].equals("wait");
        boolean exit = args.length > 2 && args[2].equals("exit");
        if (args.length > 3 && args[2].equals("phases")) {
            // the same code objects throughout (an interpreter whose code objects were all
            // collected is dropped, with its counts)
            FakeCode[][] codes = codes();
            runAll(threads, iterations, codes);
            try (Recording r = new Recording(Configuration.getConfiguration("default"))) {
                r.setDestination(Paths.get(args[3]));
                r.start();
                runAll(threads, iterations, codes);
                r.stop();
            }
            runAll(threads, iterations, codes);
            printStats();
            Reference.reachabilityFence(codes);
            return;
        }
        if (args.length > 3 && args[2].equals("live")) {
            live(threads, iterations, Paths.get(args[3]));
            return;
        }
        if (wait) {
            runAll(threads, iterations, codes());
            System.out.println("ready");
            System.out.flush();
            if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() == null) {
                Thread.sleep(Long.MAX_VALUE);   // stdin closed without a go: wait to be killed
            }
        }
        FakeCode[][] codes = codes();
        runAll(threads, iterations, codes);
        printStats();
        // alive until now: the counters of an interpreter whose code objects were all collected are dropped
        Reference.reachabilityFence(codes);
        if (exit) {
            System.out.flush();
            System.exit(0);
        }
    }

    private static void printStats() {
        for (int id = 1; id <= 2; id++) {
            long[] stats = Probes.specializationStats(id);
            if (stats == null) {
                System.out.println("stats " + id + " null");
                continue;
            }
            for (int b = 0; b < 256; b++) {
                StringBuilder line = new StringBuilder("stats " + id + " " + b);
                long sum = 0;
                for (int k = 0; k < Probes.STATS_FIELDS; k++) {
                    long v = stats[b * Probes.STATS_FIELDS + k];
                    sum += v;
                    line.append(' ').append(v);
                }
                if (sum != 0) {
                    System.out.println(line);
                }
            }
        }
        System.out.println("done");
    }

    /** 0 before the recording, 1 once its start() returned, 2 from just before stop(). */
    private static volatile int phase;
    private static volatile boolean done;

    private static void live(int threads, int chunk, java.nio.file.Path jfr) throws Exception {
        FakeCode[][] codes = codes();
        long[][] chunks = new long[threads][2];
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            FakeCode[] c = codes[Workload.interpreterOf(t)];
            long[] mine = chunks[t];
            Thread thread = new Thread(() -> {
                while (!done) {
                    int before = phase;
                    Workload.run(PROBES, c[0], c[1], chunk);
                    mine[0]++;
                    if (before == 1 && phase == 1) {
                        mine[1]++;
                    }
                }
            }, "worker-" + t);
            all.add(thread);
            thread.start();
        }
        Thread.sleep(300);
        try (Recording r = new Recording(Configuration.getConfiguration("default"))) {
            r.setDestination(jfr);
            r.start();
            phase = 1;
            Thread.sleep(600);
            phase = 2;
            r.stop();
        }
        Thread.sleep(300);
        done = true;
        for (Thread t : all) {
            t.join();
        }
        for (int id = 1; id <= 2; id++) {
            long sum = 0;
            long inside = 0;
            for (int t = 0; t < threads; t++) {
                if (Workload.interpreterOf(t) == id) {
                    sum += chunks[t][0];
                    inside += chunks[t][1];
                }
            }
            System.out.println("chunks " + id + " " + sum + " " + inside);
        }
        printStats();
        Reference.reachabilityFence(codes);
    }

    /** Fresh code objects, as a new program would have: {@code codes[interpreter]}. */
    static FakeCode[][] codes() {
        FakeCode[][] codes = new FakeCode[3][];
        for (int id = 1; id <= 2; id++) {
            codes[id] = new FakeCode[] {
                new FakeCode(id, "f", "work.py", 10), new FakeCode(id, "g", "work.py", 20),
            };
        }
        return codes;
    }

    static void runAll(int threads, int iterations, FakeCode[][] codes) throws InterruptedException {
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            FakeCode[] c = codes[Workload.interpreterOf(t)];
            Thread thread = new Thread(() -> Workload.run(PROBES, c[0], c[1], iterations), "worker-" + t);
            all.add(thread);
            thread.start();
        }
        for (Thread t : all) {
            t.join();
        }
    }
}
