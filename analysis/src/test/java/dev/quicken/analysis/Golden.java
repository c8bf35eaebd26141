package dev.quicken.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. A missing golden file is written and the
 * check passes, except under {@code CI=true}, where it fails. Delete a golden file to refresh it.
 */
public final class Golden {

    static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (!Files.exists(file)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("golden file " + file + " is missing (it is created when the tests run outside CI)");
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            System.err.println("created golden file " + file);
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    }
}
