package dev.quicken.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One non-zero entry of a family's {@code failure_kinds} in one interpreter, total since the
 * agent started. Emitted together with {@link SpecializationStatisticsEvent}.
 */
@Name(EventNames.SPECIALIZATION_FAILURE_STATISTICS)
@Label("Specialization Failure Statistics")
@Category({"Quicken", "Statistics"})
@Description("Failed specialization attempts of one family in one interpreter, by failure kind")
@StackTrace(false)
public final class SpecializationFailureStatisticsEvent extends Event {

    @Label("Interpreter")
    @Description("Number of the interpreter, from 1")
    public int interpreter;

    @Label("Family")
    @Description("The specialization family, named as in _opcode.get_specialization_stats()")
    public String family;

    @Label("Failure Kind")
    @Description("CPython 3.11's SPEC_FAIL_* name for the family, in lower case")
    public String failureKind;

    @Label("Failure Kind Index")
    @Description("Index of the failure kind in the family's failure_kinds counters")
    public int failureKindIndex;

    @Label("Count")
    @Description("Failed attempts of this kind")
    public long count;
}
