package dev.quicken.analysis.rules;

import dev.quicken.analysis.model.Counters;
import dev.quicken.analysis.model.Families;
import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.ProfileBuilder;
import java.util.List;
import java.util.Map;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.common.util.TypedPreference;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.ResultBuilder;
import org.openjdk.jmc.flightrecorder.rules.Severity;
import org.openjdk.jmc.flightrecorder.rules.TypedResult;
import org.openjdk.jmc.flightrecorder.rules.util.RulesToolkit;

/** Specialized instructions whose guards fail often: misses over hits plus misses. */
public final class MissRateRule extends QuickenRule {

    static final TypedPreference<IQuantity> INFO_LIMIT = percentPreference("quicken.missrate.info.limit",
            "Miss ratio info limit", "The miss ratio (misses / (hits + misses)) from which the rule reports info", 5);
    static final TypedPreference<IQuantity> WARNING_LIMIT = percentPreference("quicken.missrate.warning.limit",
            "Miss ratio warning limit", "The miss ratio from which the rule warns", 20);

    static final TypedResult<IQuantity> MISS_RATIO = percentResult("missRatio", "Miss Ratio",
            "Misses over hits plus misses, all families");
    static final TypedResult<IQuantity> MISSES = numberResult("misses", "Misses", "Misses of specialized instructions");
    static final TypedResult<IQuantity> HITS = numberResult("hits", "Hits", "Hits of specialized instructions");
    static final TypedResult<String> FAMILY = textResult("family", "Family", "The family with the most misses");
    static final TypedResult<IQuantity> FAMILY_MISS_RATIO = percentResult("familyMissRatio", "Family Miss Ratio",
            "Miss ratio of the family with the most misses");

    public MissRateRule() {
        super("quicken.SpecializationMisses", "Specialization Misses (quicken)", List.of(INFO_LIMIT, WARNING_LIMIT),
                List.of(TypedResult.SCORE, MISS_RATIO, MISSES, HITS, FAMILY, FAMILY_MISS_RATIO));
    }

    @Override
    public IResult evaluate(Profile p, IPreferenceValueProvider vp) {
        if (p.isEmpty()) {
            return noEvents(vp);
        }
        if (!p.executionsCounted()) {
            return RulesToolkit.getNotApplicableResult(this, vp, ProfileBuilder.NOT_COUNTED_SHORT);
        }
        Counters total = p.stats().total();
        if (total.hit + total.miss == 0) {
            return RulesToolkit.getNotApplicableResult(this, vp, "No specialized instruction ran in this recording.");
        }
        double ratio = (double) total.miss / (total.hit + total.miss);
        String worst = null;
        Counters worstC = null;
        for (Map.Entry<String, Counters> e : p.stats().families().entrySet()) {
            if (worstC == null || e.getValue().miss > worstC.miss) {
                worst = e.getKey();
                worstC = e.getValue();
            }
        }
        double familyRatio = worstC.hit + worstC.miss == 0 ? 0 : (double) worstC.miss / (worstC.hit + worstC.miss);
        double score = RulesToolkit.mapExp100(ratio, fraction(vp.getPreferenceValue(INFO_LIMIT)),
                fraction(vp.getPreferenceValue(WARNING_LIMIT)));
        ResultBuilder rb = ResultBuilder.createFor(this, vp).setSeverity(Severity.get(score))
                .addResult(TypedResult.SCORE, number(Math.round(score))).addResult(MISS_RATIO, percent(ratio))
                .addResult(MISSES, number(total.miss)).addResult(HITS, number(total.hit))
                .addResult(FAMILY, Families.byKey(worst).baseName())
                .addResult(FAMILY_MISS_RATIO, percent(familyRatio));
        if (total.miss == 0) {
            return rb.setSummary("No specialized instruction missed ({hits} hits).").build();
        }
        return rb.setSummary("{missRatio} of the executions of specialized instructions missed ({misses} misses, "
                + "{hits} hits); most in {family} ({familyMissRatio}).")
                .setExplanation("A miss is a specialized instruction whose guard failed, so the generic instruction "
                        + "ran instead, and 53 misses in a row send the instruction back to its adaptive form. Many "
                        + "misses mean the types or versions a site sees keep changing.")
                .setSolution("Run 'quicken report' on the recording: 'Sites that miss' names the sites. Keep the "
                        + "operand types at a site stable (for example, do not mix int and float in one '+').")
                .build();
    }
}
