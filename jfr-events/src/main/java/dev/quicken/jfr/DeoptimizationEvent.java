package dev.quicken.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.SettingDefinition;
import jdk.jfr.StackTrace;

/** A specialized instruction went back to its adaptive form; shaped like {@code jdk.Deoptimization}. */
@Name(EventNames.DEOPTIMIZATION)
@Label("Deoptimization")
@Category({"Quicken", "Specialization"})
@Description("Guard misses used up a specialized instruction's counter and it went back to its adaptive form")
@StackTrace(false)
public final class DeoptimizationEvent extends Event {

    /** The only reason 3.11 has: the miss counter reached zero. */
    public static final String REASON_MISSES = "miss_counter_exhausted";

    /** What 3.11 does then: the instruction becomes adaptive again and may re-specialize. */
    public static final String ACTION_READAPT = "reset_to_adaptive";

    @Label("Interpreter")
    @Description("Number of the interpreter running the code, from 1")
    public int interpreter;

    @Label("Function")
    @Description("Qualified name of the code object holding the instruction")
    public String function;

    @Label("File")
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

    @Label("Instruction")
    @Description("The specialized form that was given up")
    public String instruction;

    @Label("Family")
    @Description("The specialization family, named as in _opcode.get_specialization_stats()")
    public String family;

    @Label("Reason")
    public String reason;

    @Label("Action")
    public String action;

    /**
     * At most this many events per site ({@link SiteLimit}); the agent applies it before making
     * the event, so this always admits.
     */
    @SettingDefinition
    @Name(SiteLimit.NAME)
    @Label("Events per Site")
    @Description("At most this many of these events per instruction site (unlimited, or a count); the statistics events count all of them")
    protected boolean siteLimit(SiteLimit.Deoptimizations limit) {
        return true;
    }
}
