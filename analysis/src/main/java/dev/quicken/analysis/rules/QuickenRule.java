package dev.quicken.analysis.rules;

import dev.quicken.analysis.load.EventMapper;
import dev.quicken.analysis.load.JmcReader;
import dev.quicken.analysis.load.Schema;
import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.ProfileBuilder;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.common.util.TypedPreference;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.IResultValueProvider;
import org.openjdk.jmc.flightrecorder.rules.AbstractRule;
import org.openjdk.jmc.flightrecorder.rules.TypedResult;
import org.openjdk.jmc.flightrecorder.rules.util.JfrRuleTopics;
import org.openjdk.jmc.flightrecorder.rules.util.RulesToolkit;
import org.openjdk.jmc.flightrecorder.rules.util.RulesToolkit.EventAvailability;

/**
 * Base of quicken's JMC rules: they read the recording through the same event mapping as the
 * reports ({@link EventMapper}) into a {@link Profile}, computed once per item collection.
 */
public abstract class QuickenRule extends AbstractRule {

    /** Shown under "Java Application" in JMC's rule groups. */
    static final String TOPIC = JfrRuleTopics.JAVA_APPLICATION;

    private static final Map<IItemCollection, Profile> PROFILES = Collections.synchronizedMap(new WeakHashMap<>());

    /** The four quicken rules, in id order. */
    public static List<QuickenRule> all() {
        return List.of(new DeoptStormRule(), new DeoptRateRule(), new NeverSpecializedRule(), new MissRateRule());
    }

    QuickenRule(String id, String name, Collection<TypedPreference<?>> preferences,
            Collection<TypedResult<?>> results) {
        super(id, name, TOPIC, preferences, results, RulesToolkit.RequiredEventsBuilder.create()
                .addEventType(Schema.SPECIALIZATION_STATISTICS, EventAvailability.AVAILABLE).build());
    }

    @Override
    protected final IResult getResult(IItemCollection items, IPreferenceValueProvider vp, IResultValueProvider rp) {
        return evaluate(profile(items), vp);
    }

    /** Evaluates the rule on a profile (as the reports do, without JMC's item collection). */
    public abstract IResult evaluate(Profile profile, IPreferenceValueProvider vp);

    /** The profile of {@code items} (shared by the rules evaluating the same collection). */
    static Profile profile(IItemCollection items) {
        return PROFILES.computeIfAbsent(items, i -> {
            ProfileBuilder b = new ProfileBuilder();
            JmcReader.read(i, 0, new EventMapper(b));
            return b.build();
        });
    }

    /** The result when the recording holds no quicken event at all. */
    IResult noEvents(IPreferenceValueProvider vp) {
        return RulesToolkit.getNotApplicableResult(this, vp,
                "The recording has no quicken events: run the interpreter with the quicken agent.");
    }

    static TypedPreference<IQuantity> percentPreference(String id, String name, String description, double percent) {
        return new TypedPreference<>(id, name, description, UnitLookup.PERCENTAGE.getPersister(),
                UnitLookup.PERCENT.quantity(percent));
    }

    static TypedPreference<IQuantity> numberPreference(String id, String name, String description, long value) {
        return new TypedPreference<>(id, name, description, UnitLookup.NUMBER.getPersister(),
                UnitLookup.NUMBER_UNITY.quantity(value));
    }

    static TypedResult<IQuantity> percentResult(String id, String name, String description) {
        return new TypedResult<>(id, name, description, UnitLookup.PERCENTAGE, IQuantity.class);
    }

    static TypedResult<IQuantity> numberResult(String id, String name, String description) {
        return new TypedResult<>(id, name, description, UnitLookup.NUMBER, IQuantity.class);
    }

    static TypedResult<String> textResult(String id, String name, String description) {
        return new TypedResult<>(id, name, description, UnitLookup.PLAIN_TEXT, String.class);
    }

    static IQuantity percent(double fraction) {
        return UnitLookup.PERCENT_UNITY.quantity(fraction);
    }

    static IQuantity number(long n) {
        return UnitLookup.NUMBER_UNITY.quantity(n);
    }

    static double fraction(IQuantity q) {
        return q.doubleValueIn(UnitLookup.PERCENT_UNITY);
    }
}
