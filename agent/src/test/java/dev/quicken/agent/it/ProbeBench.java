package dev.quicken.agent.it;

import dev.quicken.probe.Probes;
import java.util.Arrays;

/**
 * Whole-program micro-benchmark of the hot probes, run by {@code tools/bench_probes.sh} without the
 * agent, with the agent and no recording, and with the agent recording. Each rep runs a loop that
 * does a little arithmetic (a stand-in for an instruction's work) and, in the probed loop, reports
 * one hit per iteration on one of 16 sites; the loop without the probe gives the baseline.
 * Arguments: {@code ITERATIONS REPS [THREADS]}. Prints ns per iteration, the median of reps 2..n.
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

    private static long timed(int threads, Runnable body) throws InterruptedException {
        Thread[] all = new Thread[threads];
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            all[t] = new Thread(body);
            all[t].start();
        }
        for (Thread t : all) {
            t.join();
        }
        return System.nanoTime() - t0;
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
