package dev.quicken.jfr;

import java.util.Set;
import jdk.jfr.SettingControl;

/**
 * The {@code executions} setting of {@link SpecializationStatisticsEvent}: whether the agent counts
 * the executions of quickened instructions — hits, misses and deferrals — or only the decisions
 * (code objects quickened, specializations, failures by kind, deoptimizations).
 *
 * <p>The decisions are rare, and always counted while the agent is attached. Executions happen at
 * nearly every instruction of a specialized program: counting them exactly costs a load and an add
 * per instruction, 3–15% of a float- or attribute-heavy program's time. quicken.jfc (the default)
 * says {@code false}, quicken-detailed.jfc {@code true}; a recording that does not name the setting
 * (the JDK's own templates, {@code -XX:StartFlightRecording} without quicken's) counts them, as
 * before the setting existed. With several recordings, {@code true} wins. The statistics events say
 * which it was in their {@code executionsCounted} field, and the agent switches the counting on and
 * off as recordings start and stop (what it counted before the switch stays in the totals).
 *
 * <p>This control only holds the value for Flight Recorder (it shows in {@code jdk.ActiveSetting}
 * and in JDK Mission Control's template editor); the agent reads each running recording's settings
 * when recordings change state.
 */
public final class ExecutionCounts extends SettingControl {

    /** The setting's name: {@code quicken.SpecializationStatistics#executions}. */
    public static final String NAME = "executions";

    private String value = "true";

    public ExecutionCounts() {
    }

    /** Whether a recording's value of the setting (null: not named) asks for the executions. */
    public static boolean counts(String value) {
        return value == null || !"false".equals(value.trim());
    }

    @Override
    public String combine(Set<String> values) {
        if (values.isEmpty()) {
            return "true";
        }
        for (String v : values) {
            if (counts(v)) {
                return "true";
            }
        }
        return "false";
    }

    @Override
    public void setValue(String value) {
        this.value = value;
    }

    @Override
    public String getValue() {
        return value;
    }
}
