package dev.quicken.agent.it;

import dev.quicken.probe.Probes;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Whole-program micro-benchmark of the hot probes, run by {@code tools/bench_probes.sh} without the
 * agent, with the agent and no recording, and with the agent recording. Each rep runs a loop that
 * does a little arithmetic (a stand-in for an instruction's work) and, in the probed loop, reports
 * one hit per iteration on one of 16 sites; the loop without the probe gives the baseline.
 * Arguments: {@code ITERATIONS REPS [THREADS]}. Prints thread CPU ns per iteration, the median of
 * reps 2..n.
 */
public final class ProbeBench {

    private ProbeBench() {
    }

    static volatile long sink;

    public static void main(String[] args) throws Exception {
        long iterations = Long.parseLong(args[0]);
        int reps = Integer.parseInt(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        double[] base = new double[reps];
        double[] probed = new double[reps];
        for (int r = 0; r < reps; r++) {
            base[r] = timed(threads, () -> work(iterations));
            probed[r] = timed(threads, () -> workWithProbes(new FakeCode(1, "bench", "bench.py", 1), iterations));
            base[r] /= iterations;
            probed[r] /= iterations;
        }
        System.out.printf("loop %.3f ns/iter, with hit probe %.3f ns/iter, probe cost %.3f ns (threads=%d)%n",
            median(base), median(probed), median(probed) - median(base), threads);
    }

    /** Mean CPU time of the threads running {@code body}: what a loaded machine's waiting does not inflate. */
    private static long timed(int threads, Runnable body) throws InterruptedException {
        Thread[] all = new Thread[threads];
        long[] cpu = new long[threads];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int t = 0; t < threads; t++) {
            int slot = t;
            all[t] = new Thread(() -> {
                long t0 = mx.getCurrentThreadCpuTime();
                body.run();
                cpu[slot] = mx.getCurrentThreadCpuTime() - t0;
            });
            all[t].start();
        }
        long sum = 0;
        for (int t = 0; t < threads; t++) {
            all[t].join();
            sum += cpu[t];
        }
        return sum / threads;
    }

    private static void work(long iterations) {
        long acc = 1;
        for (long i = 0; i < iterations; i++) {
            acc = acc * 31 + (i ^ (acc >>> 7));
        }
        sink = acc;
    }

    private static void workWithProbes(FakeCode code, long iterations) {
        long acc = 1;
        for (long i = 0; i < iterations; i++) {
            acc = acc * 31 + (i ^ (acc >>> 7));
            Probes.hit(code, ((int) i & 15) << 1, 5);
        }
        sink = acc;
    }

    private static double median(double[] reps) {
        double[] warm = Arrays.copyOfRange(reps, reps.length > 1 ? 1 : 0, reps.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
