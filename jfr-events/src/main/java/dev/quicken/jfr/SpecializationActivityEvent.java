package dev.quicken.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/**
 * One family's counters in one interpreter during the last period (the difference to the
 * previous sample), for timelines. Families with no activity in the period are left out.
 */
@Name(EventNames.SPECIALIZATION_ACTIVITY)
@Label("Specialization Activity")
@Category({"Quicken", "Statistics"})
@Description("Specialization counters of one family in one interpreter during the last period")
@StackTrace(false)
@Period("1 s")
public final class SpecializationActivityEvent extends Event {

    @Label("Interpreter")
    @Description("Number of the interpreter, from 1")
    public int interpreter;

    @Label("Family")
    @Description("The specialization family, named as in _opcode.get_specialization_stats()")
    public String family;

    @Label("Successes")
    public long success;

    @Label("Failures")
    public long failure;

    @Label("Hits")
    public long hit;

    @Label("Deferred")
    public long deferred;

    @Label("Misses")
    public long miss;

    @Label("Deoptimizations")
    public long deopt;
}
