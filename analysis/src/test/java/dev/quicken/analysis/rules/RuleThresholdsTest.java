package dev.quicken.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicken.analysis.model.CodeKey;
import dev.quicken.analysis.model.Counters;
import dev.quicken.analysis.model.Positions;
import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.ProfileBuilder;
import dev.quicken.analysis.model.SiteKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.common.util.TypedPreference;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.Severity;
import org.openjdk.jmc.flightrecorder.rules.TypedResult;

/** The rules' limits map to JMC's scores as its own rules do: info limit → 25, warning limit → 75. */
class RuleThresholdsTest {

    static Profile family(String family, long hit, long miss, long success, long deopt) {
        ProfileBuilder b = new ProfileBuilder();
        Counters c = new Counters();
        c.hit = hit;
        c.miss = miss;
        c.success = success;
        c.deopt = deopt;
        b.event("quicken.SpecializationStatistics", 1);
        b.familySnapshot(0, 1, family, 1, c);
        return b.build();
    }

    static double score(IResult r) {
        return r.getResult(TypedResult.SCORE).doubleValue();
    }

    @Test
    void executionRulesDoNotApplyWhenExecutionsWereNotCounted() {
        ProfileBuilder b = new ProfileBuilder();
        Counters c = new Counters();
        c.success = 4;
        c.failure = 1;
        b.event("quicken.SpecializationStatistics", 1);
        b.executionsNotCounted();
        b.familySnapshot(0, 1, "load_attr", 1, c);
        Profile p = b.build();
        assertEquals(false, p.executionsCounted());
        assertEquals(List.of(ProfileBuilder.NOT_COUNTED), p.warnings());
        for (QuickenRule rule : List.of(new MissRateRule(), new NeverSpecializedRule())) {
            IResult r = rule.evaluate(p, IPreferenceValueProvider.DEFAULT_VALUES);
            assertEquals(Severity.NA, r.getSeverity(), rule.getId());
        }
    }

    @Test
    void missRatioAtTheLimits() {
        MissRateRule rule = new MissRateRule();
        IResult info = rule.evaluate(family("binary_op", 95, 5, 1, 0), IPreferenceValueProvider.DEFAULT_VALUES);
        assertEquals(25, score(info), 0.6);
        assertEquals(Severity.INFO, info.getSeverity());
        IResult warn = rule.evaluate(family("binary_op", 80, 20, 1, 0), IPreferenceValueProvider.DEFAULT_VALUES);
        assertEquals(75, score(warn), 0.6);
        assertEquals(Severity.WARNING, warn.getSeverity());
        IResult ok = rule.evaluate(family("binary_op", 1000, 1, 1, 0), IPreferenceValueProvider.DEFAULT_VALUES);
        assertEquals(Severity.OK, ok.getSeverity());
    }

    @Test
    void preferencesMoveTheLimits() {
        IPreferenceValueProvider strict = new IPreferenceValueProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T getPreferenceValue(TypedPreference<T> p) {
                if (p == MissRateRule.WARNING_LIMIT) {
                    return (T) UnitLookup.PERCENT.quantity(2);
                }
                if (p == MissRateRule.INFO_LIMIT) {
                    return (T) UnitLookup.PERCENT.quantity(1);
                }
                return p.getDefaultValue();
            }
        };
        IResult r = new MissRateRule().evaluate(family("binary_op", 95, 5, 1, 0), strict);
        assertEquals(Severity.WARNING, r.getSeverity());
    }

    @Test
    void deoptRatioAtTheLimits() {
        DeoptRateRule rule = new DeoptRateRule();
        assertEquals(25, score(rule.evaluate(family("load_attr", 1, 0, 100, 10),
                IPreferenceValueProvider.DEFAULT_VALUES)), 0.6);
        assertEquals(75, score(rule.evaluate(family("load_attr", 1, 0, 100, 50),
                IPreferenceValueProvider.DEFAULT_VALUES)), 0.6);
    }

    @Test
    void stormCountsDeoptsOfOneSiteInTheWindow() {
        ProfileBuilder b = new ProfileBuilder();
        SiteKey a = new SiteKey(new CodeKey("x.py", "f", 1), 10);
        SiteKey other = new SiteKey(new CodeKey("x.py", "f", 1), 20);
        long second = 1_000_000_000L;
        b.event("quicken.Deoptimization", second);
        // 5 deopts of one site within 1 s (info limit), then 19 more spread 2 s apart
        for (int i = 0; i < 5; i++) {
            b.deoptimized(a, "binary_op", "BINARY_OP_ADD_INT", null, Positions.line(3), second + i);
        }
        for (int i = 0; i < 19; i++) {
            b.deoptimized(other, "binary_op", "BINARY_OP_ADD_INT", null, Positions.line(4), 10 * second + 2 * i * second);
        }
        IResult r = new DeoptStormRule().evaluate(b.build(), IPreferenceValueProvider.DEFAULT_VALUES);
        assertEquals(5, ((IQuantity) r.getResult(DeoptStormRule.MAX_IN_WINDOW)).longValue());
        assertEquals(25, score(r), 0.6);
        assertEquals(1, ((IQuantity) r.getResult(DeoptStormRule.STORM_SITES)).longValue());
    }

    @Test
    void neverSpecializedNeedsHotSites() {
        ProfileBuilder b = new ProfileBuilder();
        Counters fam = new Counters();
        fam.deferred = 999;
        fam.failure = 1;
        fam.hit = 9000;
        b.event("quicken.SpecializationStatistics", 1);
        b.familySnapshot(0, 1, "call", 1, fam);
        Counters site = new Counters();
        site.deferred = 999;
        site.failure = 1;
        b.siteSnapshot(0, 1, new SiteKey(new CodeKey("x.py", "f", 1), 30), "call", "CALL_ADAPTIVE",
                Positions.line(2), 1, site);
        Profile p = b.build();
        IResult r = new NeverSpecializedRule().evaluate(p, IPreferenceValueProvider.DEFAULT_VALUES);
        // 999 deferred + 1 failure = 1000: hot at the default limit; 999 of 9,999 quickened executions
        assertEquals(1, ((IQuantity) r.getResult(NeverSpecializedRule.SITES)).longValue());
        assertEquals(999.0 / 9999, ((IQuantity) r.getResult(NeverSpecializedRule.SHARE))
                .doubleValueIn(UnitLookup.PERCENT_UNITY), 1e-9);
        assertEquals(Severity.INFO, r.getSeverity());
    }
}
