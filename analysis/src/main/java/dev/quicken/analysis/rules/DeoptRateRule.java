package dev.quicken.analysis.rules;

import dev.quicken.analysis.model.Counters;
import dev.quicken.analysis.model.Profile;
import java.util.List;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.common.util.TypedPreference;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.ResultBuilder;
import org.openjdk.jmc.flightrecorder.rules.Severity;
import org.openjdk.jmc.flightrecorder.rules.TypedResult;
import org.openjdk.jmc.flightrecorder.rules.util.RulesToolkit;

/** Specializations that do not last: deoptimizations over successful specializations. */
public final class DeoptRateRule extends QuickenRule {

    static final TypedPreference<IQuantity> INFO_LIMIT = percentPreference("quicken.deoptrate.info.limit",
            "Deopt ratio info limit", "Deoptimizations per successful specialization from which the rule reports info",
            10);
    static final TypedPreference<IQuantity> WARNING_LIMIT = percentPreference("quicken.deoptrate.warning.limit",
            "Deopt ratio warning limit", "Deoptimizations per successful specialization from which the rule warns",
            50);

    static final TypedResult<IQuantity> DEOPT_RATIO = percentResult("deoptRatio", "Deopt Ratio",
            "Deoptimizations over successful specializations");
    static final TypedResult<IQuantity> DEOPTS = numberResult("deopts", "Deoptimizations", "Deoptimizations");
    static final TypedResult<IQuantity> SPECIALIZATIONS = numberResult("specializations", "Specializations",
            "Successful specializations");

    public DeoptRateRule() {
        super("quicken.Deoptimizations", "Deoptimizations (quicken)", List.of(INFO_LIMIT, WARNING_LIMIT),
                List.of(TypedResult.SCORE, DEOPT_RATIO, DEOPTS, SPECIALIZATIONS));
    }

    @Override
    public IResult evaluate(Profile p, IPreferenceValueProvider vp) {
        if (p.isEmpty()) {
            return noEvents(vp);
        }
        Counters total = p.stats().total();
        if (total.success == 0) {
            return RulesToolkit.getNotApplicableResult(this, vp, "No instruction was specialized in this recording.");
        }
        double ratio = (double) total.deopt / total.success;
        double score = RulesToolkit.mapExp100(ratio, fraction(vp.getPreferenceValue(INFO_LIMIT)),
                fraction(vp.getPreferenceValue(WARNING_LIMIT)));
        return ResultBuilder.createFor(this, vp).setSeverity(Severity.get(score))
                .addResult(TypedResult.SCORE, number(Math.round(score))).addResult(DEOPT_RATIO, percent(ratio))
                .addResult(DEOPTS, number(total.deopt)).addResult(SPECIALIZATIONS, number(total.success))
                .setSummary("{deopts} deoptimizations for {specializations} specializations (deopt ratio "
                        + "{deoptRatio}).")
                .setExplanation("A specialized instruction deoptimizes when misses use up its counter: it goes back "
                        + "to its adaptive form, waits, and specializes again, perhaps differently.")
                .setSolution("See 'Sites that deoptimize' and the deoptimization timeline in 'quicken report'.")
                .build();
    }
}
