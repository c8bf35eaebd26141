package dev.quicken.agent;

import dev.quicken.agent.bootstrap.Counters;
import dev.quicken.jfr.EventNames;
import dev.quicken.jfr.ExecutionCounts;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;

/**
 * Whether the hot probes (hit, miss, deferred) count: JFR's model, a disabled event costs nothing.
 *
 * <p>The rare probes (quickened, specialized, failed, deoptimized) always count; they are rare
 * and cheap. The hot ones run hundreds of millions of times per second of Python, and what they
 * count only leaves the process in the statistics events ({@code quicken.SpecializationStatistics},
 * {@code quicken.InstructionStatistics}, {@code quicken.SpecializationActivity}) or through
 * {@code Probes.specializationStats}. So, unless {@code counters=always}, the agent rewrites
 * {@code Probes} with empty hot probes (they inline to nothing, as without the agent) and switches
 * to the counting rewrite, by retransforming {@code Probes}, when a running recording enables one
 * of the statistics events and does not turn the executions off
 * ({@code quicken.SpecializationStatistics#executions=false}, as quicken.jfc, the default, does;
 * see {@link ExecutionCounts}), whoever started it ({@code record=}, {@code -XX:StartFlightRecording},
 * {@code jcmd JFR.start}, JMC); when the last such recording stops it switches back.
 *
 * <p>A switch changes no count: a probe call counts once with the counting rewrite and not at all
 * with the other, so nothing is counted twice; what the switch loses is the hot probes that ran
 * between the recording's start and the retransformation (the JVM swaps the method bodies and
 * deoptimizes the compiled code that inlined them; instructions already running finish in the old
 * code). A recording started at start-up ({@code record=} in {@code premain},
 * {@code -XX:StartFlightRecording}) switches before {@code Probes} is loaded, so its totals are
 * exact. The statistics events report totals since counting began: counts gathered while counting
 * was on, never estimates.
 */
final class HotCounting {

    /** The statistics events whose recording turns the hot counters on. */
    private static final List<String> LISTENERS = List.of(EventNames.SPECIALIZATION_STATISTICS,
        EventNames.INSTRUCTION_STATISTICS, EventNames.SPECIALIZATION_ACTIVITY);

    private static Instrumentation instrumentation;
    private static ProbeTransformer transformer;
    /** {@code counters=always} was given (by the first or a later start of the agent). */
    private static boolean always;

    private HotCounting() {
    }

    /**
     * Installs the transformer, counting from the start if {@code counters=always} or a recording
     * that listens is already running (a later attach), or one is about to start ({@code record=}).
     */
    static synchronized void install(Instrumentation inst, ClassLoader countersLoader, AgentOptions options) {
        instrumentation = inst;
        always = options.countAlways;
        boolean hot = always || recordListens(options) || recordingListens();
        transformer = ProbeTransformer.install(inst, countersLoader, hot);
        Counters.executionsCounted(hot);
    }

    /** True if the agent's own recording ({@code record=}, about to start) will listen. */
    private static boolean recordListens(AgentOptions options) {
        if (options.record == null) {
            return false;
        }
        try {
            return listens(AgentRecording.settings(options.settings));
        } catch (IOException | ParseException | RuntimeException e) {
            return true; // the recording will report the problem; count, as before the settings were read
        }
    }

    /** A later start of the agent (a second attach): {@code counters=always} sticks. */
    static synchronized void again(AgentOptions options) {
        always |= options.countAlways;
        update();
    }

    /**
     * Switches if what is wanted changed: called when a recording changes state. Not during
     * shutdown (the recordings stopping then need no switch back, and the code they observed
     * should not be recompiled on the way out).
     */
    static synchronized void update() {
        if (transformer == null) {
            return;
        }
        boolean wanted = always || recordingListens();
        if (wanted == transformer.hot || (!wanted && shuttingDown())) {
            return;
        }
        transformer.hot = wanted;
        transformer.retransformLoaded(instrumentation);
        Counters.executionsCounted(wanted);
    }

    /** Whether the hot counters are on now. */
    static synchronized boolean on() {
        return transformer != null && transformer.hot;
    }

    /** True if a running recording enables one of the statistics events. */
    private static boolean recordingListens() {
        if (!FlightRecorder.isInitialized()) {
            return false;
        }
        for (Recording r : FlightRecorder.getFlightRecorder().getRecordings()) {
            if (r.getState() == RecordingState.RUNNING && listens(r.getSettings())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the settings enable a statistics event (enabled unless they say otherwise: JFR's
     * default for an event class) and ask for the executions
     * ({@code quicken.SpecializationStatistics#executions}, see {@link ExecutionCounts}: counted
     * unless they say {@code false}, as quicken.jfc does).
     */
    static boolean listens(Map<String, String> settings) {
        if (!ExecutionCounts.counts(settings.get(EventNames.SPECIALIZATION_STATISTICS + "#" + ExecutionCounts.NAME))) {
            return false;
        }
        for (String event : LISTENERS) {
            if (!"false".equals(settings.get(event + "#enabled"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
