package dev.quicken.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.SettingDefinition;
import jdk.jfr.StackTrace;

/**
 * One family's counters in one interpreter, totals since the agent started: one entry of
 * {@code _opcode.get_specialization_stats()}. Emitted at the end of every chunk (so the last event
 * per interpreter and family in a recording holds the exact final totals), together with the
 * family's {@link SpecializationFailureStatisticsEvent}s.
 */
@Name(EventNames.SPECIALIZATION_STATISTICS)
@Label("Specialization Statistics")
@Category({"Quicken", "Statistics"})
@Description("Specialization counters of one family in one interpreter since observation started")
@StackTrace(false)
@Period("endChunk")
public final class SpecializationStatisticsEvent extends Event {

    @Label("Interpreter")
    @Description("Number of the interpreter, from 1")
    public int interpreter;

    @Label("Family")
    @Description("The specialization family, named as in _opcode.get_specialization_stats()")
    public String family;

    @Label("Successes")
    @Description("Attempts that rewrote an adaptive instruction into a specialized one")
    public long success;

    @Label("Failures")
    @Description("Attempts that failed; the instruction stayed adaptive and backed off")
    public long failure;

    @Label("Hits")
    @Description("Executions of specialized instructions whose guards held")
    public long hit;

    @Label("Deferred")
    @Description("Executions of adaptive instructions that took the generic path while counting down")
    public long deferred;

    @Label("Misses")
    @Description("Executions of specialized instructions whose guards failed")
    public long miss;

    @Label("Deoptimizations")
    @Description("Specialized instructions that went back to adaptive after too many misses")
    public long deopt;

    @Label("Executions Counted")
    @Description("Whether hits, misses and deferrals were being counted (the executions setting); if not, they hold what was counted before")
    public boolean executionsCounted;

    @SettingDefinition
    @Name(ExecutionCounts.NAME)
    @Label("Count Executions")
    @Description("Count hits, misses and deferrals (true: a load and an add per instruction), or only the decisions (false)")
    protected boolean executions(ExecutionCounts control) {
        return true;
    }
}
