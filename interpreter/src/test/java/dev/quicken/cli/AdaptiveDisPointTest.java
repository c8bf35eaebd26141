package dev.quicken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The acceptance example: {@code quicken dis --adaptive --show-caches examples/point.py} prints
 * what python3.11 prints after the same run (fixture adaptive-examples/point.txt, by
 * tools/gen_adaptive_fixtures.py): the program's output, then every code object with the same
 * quickened instructions, superinstructions, specialized forms, counters and indices.
 *
 * <p>The only fields that legitimately differ are the ones CPython fills from process-global
 * counters or addresses, which depend on everything CPython's startup did first (spec §8):
 * {@code version}/{@code type_version} (type version tags), {@code keys_version},
 * {@code module_keys_version}, {@code builtin_keys_version} (dict keys versions),
 * {@code func_version} (function versions), {@code descr} (an object address), and the code
 * object addresses in {@code <code object ... at 0x...>}. This test masks exactly those and
 * requires everything else to be equal; it also requires the masked fields to be non-zero where
 * CPython's are (a guard needs a valid tag).
 */
class AdaptiveDisPointTest {

    static final Pattern GLOBAL_FIELD = Pattern.compile(
            "\\((version|type_version|keys_version|module_keys_version|builtin_keys_version|func_version|descr): \\d+\\)");
    static final Pattern CODE_REPR = Pattern.compile(" at 0x[0-9a-f]+, file \"[^\"]*\"");

    static String mask(String line) {
        return CODE_REPR.matcher(GLOBAL_FIELD.matcher(line).replaceAll("($1: global)")).replaceAll(" at 0x?, file ?");
    }

    @Test
    void pointMatchesPython311() throws Exception {
        Path example = Path.of("..", "examples", "point.py");
        String want = new String(AdaptiveDisPointTest.class.getResourceAsStream("/adaptive-examples/point.txt")
                .readAllBytes(), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"dis", "--adaptive", "--show-caches", example.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String got = out.toString(StandardCharsets.UTF_8);
        String[] w = want.split("\n", -1);
        String[] g = got.split("\n", -1);
        assertEquals(w.length, g.length, got);
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            if (!mask(w[i]).equals(mask(g[i]))) {
                diffs.add((i + 1) + ": want " + w[i].strip() + " | got " + g[i].strip());
            }
            if (GLOBAL_FIELD.matcher(w[i]).find() && !w[i].contains(": 0)")) {
                assertTrue(!g[i].contains(": 0)"), "a process-global field is 0: " + g[i]);
            }
        }
        assertEquals(List.of(), diffs);
        // the forms the PEP 659 talk shows for Point.shifted
        String shifted = got.substring(got.indexOf("Disassembly of <code object shifted"));
        for (String form : new String[] {"LOAD_FAST__LOAD_FAST", "LOAD_ATTR_INSTANCE_VALUE", "BINARY_OP_ADD_FLOAT",
            "STORE_FAST__LOAD_FAST", "LOAD_GLOBAL_BUILTIN", "PRECALL_NO_KW_TYPE_1", "CALL_ADAPTIVE"}) {
            assertTrue(shifted.contains(form), form);
        }
    }

    @Test
    void adaptiveWithoutSpecializationShowsUnquickenedCode() throws Exception {
        Path example = Path.of("..", "examples", "point.py");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--no-specialize", "dis", "--adaptive", example.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, status);
        String got = out.toString(StandardCharsets.UTF_8);
        assertTrue(got.startsWith("100.0 200.0\n"), got);
        assertTrue(!got.contains("_QUICK") && !got.contains("ADAPTIVE") && !got.contains("FAST__"), got);
    }
}
