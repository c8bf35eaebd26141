package dev.quicken.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The rewrite the build stored is the one Byte Buddy makes now, of the Probes class on the class path. */
class ProbeRewriterTest {

    @Test
    void precomputedRewriteIsByteBuddysRewriteOfTheInterpretersProbes() throws IOException {
        byte[] onClassPath = read("/" + ProbeTransformer.PROBES_INTERNAL + ".class");
        byte[] original = read("/" + ProbeTransformer.PRECOMPUTED + "/" + ProbeTransformer.ORIGINAL);
        byte[] rewritten = read("/" + ProbeTransformer.PRECOMPUTED + "/" + ProbeTransformer.REWRITTEN);
        assertArrayEquals(onClassPath, original, "the build rewrote another Probes than the interpreter's");
        assertArrayEquals(ProbeRewriter.rewrite(original, getClass().getClassLoader(), true), rewritten);
        assertTrue(rewritten.length > original.length);
        assertTrue(!Arrays.equals(original, rewritten));
        byte[] rare = read("/" + ProbeTransformer.PRECOMPUTED + "/" + ProbeTransformer.RARE);
        assertArrayEquals(ProbeRewriter.rewrite(original, getClass().getClassLoader(), false), rare);
        assertTrue(rare.length > original.length && rare.length < rewritten.length, "the hot probes stay empty");
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = ProbeRewriterTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return in.readAllBytes();
        }
    }
}
