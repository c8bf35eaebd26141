package dev.quicken.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteLimitTest {

    @Test
    void parsesCountsAndUnlimited() {
        assertEquals(10, SiteLimit.parse("10"));
        assertEquals(0, SiteLimit.parse(" 0 "));
        assertEquals(Integer.MAX_VALUE, SiteLimit.parse("unlimited"));
        assertEquals(Integer.MAX_VALUE, SiteLimit.parse(null));
        assertEquals(Integer.MAX_VALUE, SiteLimit.parse("-1"));
        assertEquals(Integer.MAX_VALUE, SiteLimit.parse("99999999999"));
    }

    @Test
    void theLargestLimitOfSeveralRecordingsWins() {
        SiteLimit s = new SiteLimit.Specializations();
        assertEquals("100", s.combine(Set.of("10", "100")));
        assertEquals(SiteLimit.UNLIMITED, s.combine(Set.of("10", "unlimited")));
        assertEquals(SiteLimit.UNLIMITED, s.combine(Set.of()));
    }

    @Test
    void settingALimitStartsANewGenerationOfItsEventTypeOnly() {
        SiteLimit spec = new SiteLimit.Specializations();
        SiteLimit deopt = new SiteLimit.Deoptimizations();
        int g = SiteLimit.specializationGeneration();
        int d = SiteLimit.deoptimizationGeneration();
        spec.setValue("7");
        assertEquals(7, SiteLimit.specializations());
        assertEquals("7", spec.getValue());
        assertEquals(g + 1, SiteLimit.specializationGeneration());
        assertEquals(d, SiteLimit.deoptimizationGeneration());
        deopt.setValue("unlimited");
        assertEquals(Integer.MAX_VALUE, SiteLimit.deoptimizations());
        spec.setValue("unlimited");
        assertEquals(Integer.MAX_VALUE, SiteLimit.specializations());
    }
}
