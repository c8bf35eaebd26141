package dev.quicken.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/**
 * The counters of one instruction site (one instruction of one code object in one interpreter),
 * totals since the agent started. Emitted at the end of every chunk for every site that counted
 * something, so the last event per site holds the exact final totals.
 */
@Name(EventNames.INSTRUCTION_STATISTICS)
@Label("Instruction Statistics")
@Category({"Quicken", "Statistics"})
@Description("Specialization counters of one instruction of one code object since observation started")
@StackTrace(false)
@Period("endChunk")
public final class InstructionStatisticsEvent extends Event {

    @Label("Interpreter")
    @Description("Number of the interpreter, from 1")
    public int interpreter;

    @Label("Code Name")
    @Description("The code object's co_name")
    public String codeName;

    @Label("Function")
    @Description("The code object's qualified name (co_qualname)")
    public String function;

    @Label("File")
    @Description("The code object's co_filename")
    public String fileName;

    @Label("First Line Number")
    @Description("The code object's co_firstlineno; with the file and function it tells code objects apart")
    public int firstLineNumber;

    @Label("Line Number")
    @Description("Source line of the instruction, or -1 when it has none")
    public int lineNumber;

    @Label("End Line Number")
    @Description("Last source line of the instruction's PEP 657 position, or -1")
    public int endLineNumber;

    @Label("Column")
    @Description("Start column of the instruction's PEP 657 position in UTF-8 bytes, or -1")
    public int column;

    @Label("End Column")
    @Description("End column of the instruction's PEP 657 position in UTF-8 bytes, or -1")
    public int endColumn;

    @Label("Offset")
    @Description("Byte offset of the instruction in the code object, as dis shows it")
    public int offset;

    @Label("Family")
    @Description("The specialization family, named as in _opcode.get_specialization_stats()")
    public String family;

    @Label("Instruction")
    @Description("The form last seen at the site: the latest specialized form, else the adaptive or base instruction")
    public String instruction;

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

    @Label("Executions Counted")
    @Description("Whether hits, misses and deferrals were being counted (quicken.SpecializationStatistics#executions)")
    public boolean executionsCounted;
}
