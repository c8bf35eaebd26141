package dev.quicken.analysis.rules;

import dev.quicken.analysis.model.Deopt;
import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.SiteKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.common.util.TypedPreference;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.ResultBuilder;
import org.openjdk.jmc.flightrecorder.rules.Severity;
import org.openjdk.jmc.flightrecorder.rules.TypedResult;
import org.openjdk.jmc.flightrecorder.rules.util.RulesToolkit;

/** One site deoptimizing again and again within a short time: its types keep flipping. */
public final class DeoptStormRule extends QuickenRule {

    static final TypedPreference<IQuantity> WINDOW = new TypedPreference<>("quicken.deoptstorm.window",
            "Storm window", "The time window in which deoptimizations of one site are counted",
            UnitLookup.TIMESPAN.getPersister(), UnitLookup.SECOND.quantity(1));
    static final TypedPreference<IQuantity> INFO_LIMIT = numberPreference("quicken.deoptstorm.info.limit",
            "Storm info limit", "Deoptimizations of one site within the window from which the rule reports info", 5);
    static final TypedPreference<IQuantity> WARNING_LIMIT = numberPreference("quicken.deoptstorm.warning.limit",
            "Storm warning limit", "Deoptimizations of one site within the window from which the rule warns", 20);

    static final TypedResult<IQuantity> MAX_IN_WINDOW = numberResult("maxDeopts", "Deoptimizations in Window",
            "The most deoptimizations of one site within the window");
    static final TypedResult<IQuantity> WINDOW_RESULT = new TypedResult<>("window", "Window", "The window",
            UnitLookup.TIMESPAN, IQuantity.class);
    static final TypedResult<String> SITE = textResult("site", "Site", "The site of the worst storm");
    static final TypedResult<IQuantity> STORM_SITES = numberResult("stormSites", "Storm Sites",
            "Sites at or above the info limit");

    public DeoptStormRule() {
        super("quicken.DeoptStorm", "Deoptimization Storms (quicken)", List.of(WINDOW, INFO_LIMIT, WARNING_LIMIT),
                List.of(TypedResult.SCORE, MAX_IN_WINDOW, WINDOW_RESULT, SITE, STORM_SITES));
    }

    @Override
    public IResult evaluate(Profile p, IPreferenceValueProvider vp) {
        if (p.isEmpty()) {
            return noEvents(vp);
        }
        IQuantity window = vp.getPreferenceValue(WINDOW);
        long windowNanos = window.clampedLongValueIn(UnitLookup.NANOSECOND);
        long info = vp.getPreferenceValue(INFO_LIMIT).clampedLongValueIn(UnitLookup.NUMBER_UNITY);
        long warn = vp.getPreferenceValue(WARNING_LIMIT).clampedLongValueIn(UnitLookup.NUMBER_UNITY);
        Map<SiteKey, List<Deopt>> bySite = new HashMap<>();
        for (Deopt d : p.deopts()) {
            bySite.computeIfAbsent(d.site(), k -> new ArrayList<>()).add(d);
        }
        long worst = 0;
        Deopt worstAt = null;
        long stormSites = 0;
        for (List<Deopt> list : bySite.values()) {
            ArrayDeque<Long> q = new ArrayDeque<>();
            long best = 0;
            Deopt bestAt = null;
            for (Deopt d : list) {
                q.addLast(d.nanos());
                while (d.nanos() - q.peekFirst() > windowNanos) {
                    q.removeFirst();
                }
                if (q.size() > best) {
                    best = q.size();
                    bestAt = d;
                }
            }
            if (best >= info) {
                stormSites++;
            }
            if (best > worst || best == worst && bestAt != null && worstAt != null
                    && bestAt.site().compareTo(worstAt.site()) < 0) {
                worst = best;
                worstAt = bestAt;
            }
        }
        double score = worst == 0 ? 0 : RulesToolkit.mapExp100(worst, info, warn);
        ResultBuilder rb = ResultBuilder.createFor(this, vp).setSeverity(Severity.get(score))
                .addResult(TypedResult.SCORE, number(Math.round(score))).addResult(MAX_IN_WINDOW, number(worst))
                .addResult(WINDOW_RESULT, window).addResult(STORM_SITES, number(stormSites));
        if (worstAt == null) {
            return rb.setSummary("No deoptimization in this recording.").build();
        }
        rb.addResult(SITE, String.format("%s %s at %s:%d (offset %d)", worstAt.instruction(),
                worstAt.site().code().qualName(), worstAt.site().code().fileName(), worstAt.lineNumber(),
                worstAt.site().offset()));
        return rb.setSummary("Up to {maxDeopts} deoptimizations of one site within {window}: {site}.")
                .setExplanation("Sites deoptimizing at least as often as the info limit within the window: "
                        + "{stormSites}. A site that specializes, misses 53 times, deoptimizes and specializes again is "
                        + "paying for specialization without keeping its benefit.")
                .setSolution("Make the operand types at the site stable, or split the code path so each site sees "
                        + "one type.")
                .build();
    }
}
