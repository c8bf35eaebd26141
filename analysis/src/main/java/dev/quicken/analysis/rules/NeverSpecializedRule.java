package dev.quicken.analysis.rules;

import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.ProfileBuilder;
import dev.quicken.analysis.model.SiteStats;
import java.util.List;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.common.util.TypedPreference;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.ResultBuilder;
import org.openjdk.jmc.flightrecorder.rules.Severity;
import org.openjdk.jmc.flightrecorder.rules.TypedResult;
import org.openjdk.jmc.flightrecorder.rules.util.RulesToolkit;

/** Hot instruction sites that stay adaptive: they run often and never specialize. */
public final class NeverSpecializedRule extends QuickenRule {

    static final TypedPreference<IQuantity> MIN_EXECUTIONS = numberPreference("quicken.unspecialized.min",
            "Hot site executions", "Executions (deferred + failed attempts) that make an unspecialized site hot", 1000);
    static final TypedPreference<IQuantity> INFO_LIMIT = percentPreference("quicken.unspecialized.info.limit",
            "Unspecialized share info limit",
            "Share of quickened executions spent in hot unspecialized sites from which the rule reports info", 5);
    static final TypedPreference<IQuantity> WARNING_LIMIT = percentPreference("quicken.unspecialized.warning.limit",
            "Unspecialized share warning limit", "Share from which the rule warns", 25);

    static final TypedResult<IQuantity> SITES = numberResult("sites", "Sites", "Hot sites that never specialized");
    static final TypedResult<IQuantity> SHARE = percentResult("share", "Share",
            "Share of quickened executions in those sites");
    static final TypedResult<String> SITE = textResult("site", "Hottest Site", "The hottest unspecialized site");
    static final TypedResult<String> REASON = textResult("reason", "Reason", "Why its attempts failed");
    static final TypedResult<IQuantity> EXECUTIONS = numberResult("executions", "Executions",
            "Executions of the hottest unspecialized site");

    public NeverSpecializedRule() {
        super("quicken.NeverSpecialized", "Unspecialized Hot Sites (quicken)",
                List.of(MIN_EXECUTIONS, INFO_LIMIT, WARNING_LIMIT),
                List.of(TypedResult.SCORE, SITES, SHARE, SITE, REASON, EXECUTIONS));
    }

    @Override
    public IResult evaluate(Profile p, IPreferenceValueProvider vp) {
        if (p.isEmpty()) {
            return noEvents(vp);
        }
        if (!p.executionsCounted()) {
            return RulesToolkit.getNotApplicableResult(this, vp, ProfileBuilder.NOT_COUNTED_SHORT);
        }
        long all = p.stats().total().executions();
        if (all == 0) {
            return RulesToolkit.getNotApplicableResult(this, vp, "No quickened instruction ran in this recording.");
        }
        long min = vp.getPreferenceValue(MIN_EXECUTIONS).clampedLongValueIn(UnitLookup.NUMBER_UNITY);
        long sites = 0;
        long inSites = 0;
        SiteStats hottest = null;
        for (SiteStats s : p.sites()) {
            long n = s.counters().deferred + s.counters().failure;
            if (s.neverSpecialized() && n >= min) {
                sites++;
                inSites += s.counters().deferred;
                if (hottest == null || n > hottest.counters().deferred + hottest.counters().failure) {
                    hottest = s;
                }
            }
        }
        double share = (double) inSites / all;
        double score = sites == 0 ? 0 : RulesToolkit.mapExp100(share, fraction(vp.getPreferenceValue(INFO_LIMIT)),
                fraction(vp.getPreferenceValue(WARNING_LIMIT)));
        ResultBuilder rb = ResultBuilder.createFor(this, vp).setSeverity(Severity.get(score))
                .addResult(TypedResult.SCORE, number(Math.round(score))).addResult(SITES, number(sites))
                .addResult(SHARE, percent(share));
        if (hottest == null) {
            return rb.setSummary("Every hot instruction site specialized.").build();
        }
        String reason = hottest.mainReason();
        return rb.addResult(SITE, String.format("%s %s at %s:%d (offset %d)", hottest.instruction(),
                hottest.key().code().qualName(), hottest.key().code().fileName(), hottest.lineNumber(),
                hottest.key().offset())).addResult(REASON, reason.isEmpty() ? "no reason recorded" : reason)
                .addResult(EXECUTIONS, number(hottest.counters().deferred + hottest.counters().failure))
                .setSummary("{sites} hot instruction sites never specialized ({share} of quickened executions). "
                        + "The hottest is {site}: {reason}.")
                .setExplanation("An adaptive instruction that cannot specialize runs the generic path every time and "
                        + "retries with exponential back-off. The hottest ran {executions} times.")
                .setSolution("Look at the failure reason: CPython 3.11 only specializes the cases its specializer "
                        + "knows (see 'Sites that never specialize' in 'quicken report').")
                .build();
    }
}
