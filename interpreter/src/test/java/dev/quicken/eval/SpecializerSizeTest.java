package dev.quicken.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The specialized forms' helpers run hot: every method must stay JIT-compilable (under HotSpot's
 * 8000-byte limit), and the small inline helpers the loop calls on its hottest paths within the
 * 325-byte inlining limit (ANCHORS §8).
 */
class SpecializerSizeTest {

    @Test
    void helpersCanBeCompiled() throws IOException {
        for (Class<?> c : new Class<?>[] {Specialized.class, SpecializedCall.class, Specialize.class, SpecEvents.class,
            Quickener.class}) {
            for (Map.Entry<String, Integer> e : EvalLoopSizeTest.codeSizes(c).entrySet()) {
                assertTrue(e.getValue() < 8000, c.getSimpleName() + "." + e.getKey() + " is " + e.getValue() + " bytes");
            }
        }
    }

    @Test
    void inlineHelpersAreSmall() throws IOException {
        Map<String, Integer> sizes = EvalLoopSizeTest.codeSizes(Specialized.class);
        for (Map.Entry<String, Integer> e : sizes.entrySet()) {
            String m = e.getKey();
            if (m.startsWith("instanceValue(") || m.startsWith("globalModule(") || m.startsWith("smallIntSign(")
                    || m.startsWith("jumpAfterCompare(")) {
                assertTrue(e.getValue() <= 325, m + " is " + e.getValue() + " bytes");
            }
        }
        Map<String, Integer> events = EvalLoopSizeTest.codeSizes(SpecEvents.class);
        for (Map.Entry<String, Integer> e : events.entrySet()) {
            if (e.getKey().startsWith("hit(")) {
                assertTrue(e.getValue() <= 325, "SpecEvents." + e.getKey() + " is " + e.getValue() + " bytes");
            }
        }
    }
}
