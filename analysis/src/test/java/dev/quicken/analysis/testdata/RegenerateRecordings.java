package dev.quicken.analysis.testdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Rewrites the committed recordings under {@code src/test/resources/recordings} (only with {@code -Dquicken.regenerate=true}). */
class RegenerateRecordings {

    static final Path DIR = Path.of("src/test/resources/recordings");

    @Test
    void regenerate() throws Exception {
        assumeTrue(Boolean.getBoolean("quicken.regenerate"), "set -Dquicken.regenerate=true to rewrite the recordings");
        // first, while no quicken event class is registered: a recording without the agent
        RecordingGenerator.writeEmpty(DIR.resolve("empty.jfr"));
        RecordingGenerator.write(Scenario.small(), DIR.resolve("small.jfr"));
        RecordingGenerator.write(Scenario.storm(), DIR.resolve("storm.jfr"));
    }
}
