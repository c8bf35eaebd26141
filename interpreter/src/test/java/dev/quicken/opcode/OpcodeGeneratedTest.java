package dev.quicken.opcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quicken.testing.Python311;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed opcode tables equal a fresh run of tools/gen_opcode.py (needs python3.11). */
class OpcodeGeneratedTest {

    @Test
    void committedTablesMatchGenerator(@TempDir Path tmp) throws Exception {
        assumeTrue(Python311.available(), "python3.11 not on the PATH");
        Path root = Python311.projectRoot();
        Python311.run(root, "tools/gen_opcode.py", "--out", tmp.toString());
        for (String f : new String[] {"Op.java", "Opcode.java", "Family.java"}) {
            Path fresh = tmp.resolve("dev/quicken/opcode").resolve(f);
            Path committed = root.resolve("interpreter/src/main/java/dev/quicken/opcode").resolve(f);
            assertEquals(Files.readString(fresh), Files.readString(committed), f + " is stale: run python3.11 tools/gen_opcode.py");
        }
    }
}
