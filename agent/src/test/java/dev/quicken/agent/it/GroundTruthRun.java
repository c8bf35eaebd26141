package dev.quicken.agent.it;

import dev.quicken.api.Python;
import dev.quicken.code.CodeObject;
import dev.quicken.compiler.Compiler;
import dev.quicken.eval.GroundTruth;
import dev.quicken.probe.Probes;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Map;

/**
 * Child-JVM program: runs a Python program on {@code COPIES} interpreters, each on its own thread,
 * with the interpreter's own ground-truth counting on, and prints for each interpreter whether what
 * the agent counted ({@code Probes.specializationStats}) equals it, field by field; then the ground
 * truth per site ({@code site ID QUALNAME:FIRSTLINE:OFFSET success failure hit deferred miss deopt}).
 * Arguments: {@code FILE.py COPIES}.
 */
public final class GroundTruthRun {

    private GroundTruthRun() {
    }

    public static void main(String[] args) throws Exception {
        // count from each interpreter's first instruction: its start-up code specializes too
        System.setProperty("quicken.groundTruth", "true");
        Path file = Paths.get(args[0]);
        int copies = Integer.parseInt(args[1]);
        CodeObject code = Compiler.compile(Files.readAllBytes(file), file.toString());
        Python[] pythons = new Python[copies];
        ByteArrayOutputStream[] outs = new ByteArrayOutputStream[copies];
        Thread[] threads = new Thread[copies];
        int[] status = new int[copies];
        for (int c = 0; c < copies; c++) {
            outs[c] = new ByteArrayOutputStream();
            pythons[c] = new Python(outs[c], System.err, file.toString());
            if (pythons[c].interpreter().groundTruth == null) {
                throw new IllegalStateException("run with -Dquicken.groundTruth=true");
            }
            int k = c;
            threads[c] = new Thread(() -> status[k] = pythons[k].runMain(code, file.toString(), file.getParent()));
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int c = 0; c < copies; c++) {
            int id = pythons[c].interpreter().id;
            GroundTruth truth = pythons[c].interpreter().groundTruth;
            long[] agent = Probes.specializationStats(id);
            System.out.println("output " + id + " " + status[c] + " " + outs[c].toString().trim());
            System.out.println("quickened " + id + " " + truth.quickened);
            if (agent == null) {
                System.out.println("stats " + id + " null");
            } else if (Arrays.equals(agent, truth.families)) {
                System.out.println("stats " + id + " equal " + Arrays.stream(agent).sum());
            } else {
                for (int i = 0; i < agent.length; i++) {
                    if (agent[i] != truth.families[i]) {
                        System.out.println("stats " + id + " differ base " + i / Probes.STATS_FIELDS + " field "
                            + i % Probes.STATS_FIELDS + ": agent " + agent[i] + ", interpreter " + truth.families[i]);
                    }
                }
            }
            for (Map.Entry<String, long[]> site : truth.sites.entrySet()) {
                long[] v = site.getValue();
                System.out.println("site " + id + " " + site.getKey() + " " + v[0] + " " + v[1] + " " + v[2] + " " + v[3]
                    + " " + v[4] + " " + v[5]);
            }
        }
    }
}
