package dev.quicken.analysis.testdata;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * Stand-ins for the agent's events (module {@code jfr-events}), spelled as
 * {@code dev.quicken.analysis.load.Schema} reads them, so the analysis can be tested on
 * recordings made here without the interpreter or the agent.
 */
final class TestEvents {

    private TestEvents() {
    }

    abstract static class SiteEvent extends Event {
        @Label("Interpreter") int interpreterId;
        @Label("Code Name") String codeName;
        @Label("Qualified Name") String qualName;
        @Label("File Name") String fileName;
        @Label("First Line Number") int firstLineNumber;
        @Label("Line Number") int lineNumber;
        @Label("End Line Number") int endLineNumber;
        @Label("Column") int column;
        @Label("End Column") int endColumn;
        @Label("Offset") int offset;
        @Label("Family") String family;
        @Label("Instruction") String instruction;

        void site(int interp, Scenario.Site s) {
            interpreterId = interp;
            codeName = s.code().name();
            qualName = s.code().qualName();
            fileName = s.code().file();
            firstLineNumber = s.code().firstLine();
            lineNumber = s.line();
            endLineNumber = s.endLine();
            column = s.column();
            endColumn = s.endColumn();
            offset = s.offset();
            family = s.family();
        }
    }

    @Name("quicken.Quickening")
    @Label("Quickening")
    @Category({"Quicken", "Specialization"})
    @Description("A code object was quickened after warm-up")
    @StackTrace(false)
    static final class Quickening extends Event {
        @Label("Interpreter") int interpreterId;
        @Label("Code Name") String codeName;
        @Label("Qualified Name") String qualName;
        @Label("File Name") String fileName;
        @Label("First Line Number") int firstLineNumber;
    }

    @Name("quicken.Specialization")
    @Label("Specialization")
    @Category({"Quicken", "Specialization"})
    @Description("An adaptive instruction was specialized")
    @StackTrace(false)
    static final class Specialization extends SiteEvent {
    }

    @Name("quicken.SpecializationFailure")
    @Label("Specialization Failure")
    @Category({"Quicken", "Specialization"})
    @Description("An attempt to specialize an instruction failed")
    @StackTrace(false)
    static final class SpecializationFailure extends SiteEvent {
        @Label("Failure Kind") int failureKind;
        @Label("Reason") String reason;
        @Label("Operand Types") String operandTypes;
    }

    @Name("quicken.Deoptimization")
    @Label("Deoptimization")
    @Category({"Quicken", "Specialization"})
    @Description("A specialized instruction went back to its adaptive form")
    @StackTrace(false)
    static final class Deoptimization extends SiteEvent {
        @Label("Reason") String reason;
    }

    abstract static class CounterEvent extends SiteEvent {
        @Label("Success") long success;
        @Label("Failure") long failure;
        @Label("Hit") long hit;
        @Label("Deferred") long deferred;
        @Label("Miss") long miss;
        @Label("Deopt") long deopt;
        @Label("Failure Kinds") String failureKinds;

        void counters(long[] c, long[] kinds) {
            success = c[0];
            failure = c[1];
            hit = c[2];
            deferred = c[3];
            miss = c[4];
            deopt = c[5];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < kinds.length; i++) {
                sb.append(i == 0 ? "" : ",").append(kinds[i]);
            }
            failureKinds = sb.toString();
        }
    }

    @Name("quicken.SpecializationStatistics")
    @Label("Specialization Statistics")
    @Category({"Quicken", "Statistics"})
    @Description("Cumulative specialization counters of one family in one interpreter")
    @StackTrace(false)
    static final class SpecializationStatistics extends Event {
        @Label("Interpreter") int interpreterId;
        @Label("Family") String family;
        @Label("Success") long success;
        @Label("Failure") long failure;
        @Label("Hit") long hit;
        @Label("Deferred") long deferred;
        @Label("Miss") long miss;
        @Label("Deopt") long deopt;
        @Label("Failure Kinds") String failureKinds;
    }

    @Name("quicken.InstructionStatistics")
    @Label("Instruction Statistics")
    @Category({"Quicken", "Statistics"})
    @Description("Cumulative specialization counters of one instruction site in one interpreter")
    @StackTrace(false)
    static final class InstructionStatistics extends CounterEvent {
    }
}
