package dev.quicken.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.api.Python;
import dev.quicken.code.CodeObject;
import dev.quicken.code.Dis;
import dev.quicken.code.Pyc;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * quicken's {@code dis(code, adaptive=True, show_caches=True)} after running each corpus program
 * against python3.11's (fixtures by tools/gen_adaptive_fixtures.py), instruction by instruction.
 *
 * <p>Instruction lines (opcode name and argument, i.e. which adaptive, specialized, quick or
 * super-instruction form each site holds after the run) must agree on at least 99.8%; cache lines
 * on 99.5%. Known differences (166 programs: 99.89% / 99.85%): {@code collections.Counter} is
 * Python code in CPython but native in quicken (mod_collections), and quicken's runtime calls a
 * user {@code __hash__} more often than CPython when building dicts and testing membership, so a
 * {@code __hash__} reaches the warm-up threshold only in quicken (hash_eq). Cache lines
 * are compared with the fields that legitimately differ masked: values CPython takes from
 * process-global counters or addresses ({@link #PROCESS_GLOBAL}), which depend on everything
 * CPython's own startup did before the program ran.
 */
class AdaptiveFixtureTest {

    /** Cache fields holding process-global versions or pointers (spec §8). */
    static final Pattern PROCESS_GLOBAL = Pattern.compile(
            "\\((version|type_version|keys_version|module_keys_version|builtin_keys_version|func_version|descr): \\d+\\)");
    static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-f]+");

    static Path resources() throws URISyntaxException {
        return Path.of(AdaptiveFixtureTest.class.getResource("/adaptive").toURI()).getParent();
    }

    /** Runs {@code programs/NAME.pyc} as __main__ (output discarded) and disassembles it adaptively. */
    static String quickenDis(Path programs, String name) throws Throwable {
        Object[] box = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                CodeObject code = Pyc.load(Files.readAllBytes(programs.resolve(name + ".pyc")));
                Python py = new Python(new ByteArrayOutputStream(), new ByteArrayOutputStream(), name + ".pyc");
                py.runMain(code, name + ".py", programs);
                Interpreter in = py.interpreter();
                Dis.Options opts = new Dis.Options().showCaches(true).adaptive(co -> {
                    ExecCode ec = in.existingExecCode(co);
                    return ec == null ? null : ec.units;
                });
                box[0] = Dis.dis(code, opts);
            } catch (Throwable e) {
                box[0] = e;
            }
        }, "adaptive-" + name, 1L << 30);
        t.start();
        t.join();
        if (box[0] instanceof Throwable) {
            throw (Throwable) box[0];
        }
        return (String) box[0];
    }

    static String normalize(String line) {
        return ADDRESS.matcher(line).replaceAll(" at 0x?");
    }

    static boolean isCache(String line) {
        return line.contains(" CACHE ");
    }

    @Test
    void adaptiveDisassemblyMatchesPython311() throws Throwable {
        Path root = resources();
        Path programs = root.resolve("programs");
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("adaptive"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dis")).sorted()
                    .map(n -> n.substring(0, n.length() - 4))
                    .filter(n -> Files.exists(programs.resolve(n + ".out")))
                    .forEach(names::add);
        }
        int instrs = 0;
        int instrsEqual = 0;
        int caches = 0;
        int cachesEqual = 0;
        List<String> diffs = new ArrayList<>();
        for (String name : names) {
            String[] want = Files.readString(root.resolve("adaptive").resolve(name + ".dis")).split("\n", -1);
            String[] got = quickenDis(programs, name).split("\n", -1);
            if (want.length != got.length) {
                diffs.add(name + ": " + want.length + " lines expected, " + got.length + " got");
            }
            int n = Math.min(want.length, got.length);
            for (int i = 0; i < n; i++) {
                String w = normalize(want[i]);
                String g = normalize(got[i]);
                if (isCache(w)) {
                    caches++;
                    if (PROCESS_GLOBAL.matcher(w).replaceAll("(global)").equals(
                            PROCESS_GLOBAL.matcher(g).replaceAll("(global)"))) {
                        cachesEqual++;
                    } else if (diffs.size() < 400) {
                        diffs.add(name + ":" + (i + 1) + ": cache\n    want " + w.strip() + "\n    got  " + g.strip());
                    }
                } else if (!w.isBlank()) {
                    instrs++;
                    if (w.equals(g)) {
                        instrsEqual++;
                    } else if (diffs.size() < 400) {
                        diffs.add(name + ":" + (i + 1) + "\n    want " + w.strip() + "\n    got  " + g.strip());
                    }
                }
            }
            instrs += Math.max(0, want.length - n);
        }
        double pct = 100.0 * instrsEqual / Math.max(1, instrs);
        double cpct = 100.0 * cachesEqual / Math.max(1, caches);
        String report = String.format("adaptive dis over %d programs: %d/%d instruction lines equal (%.2f%%),"
                + " %d/%d cache lines equal with process-global fields masked (%.2f%%)",
                names.size(), instrsEqual, instrs, pct, cachesEqual, caches, cpct);
        System.out.println(report);
        diffs.forEach(System.out::println);
        assertTrue(pct >= 99.8 && cpct >= 99.5, report + "\n" + String.join("\n", diffs.subList(0, Math.min(40, diffs.size()))));
    }
}
