package dev.quicken.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.SettingDefinition;
import jdk.jfr.StackTrace;

/** An adaptive instruction was specialized. */
@Name(EventNames.SPECIALIZATION)
@Label("Specialization")
@Category({"Quicken", "Specialization"})
@Description("An adaptive instruction was rewritten into a specialized form for the operand types it saw")
@StackTrace(false)
public final class SpecializationEvent extends Event {

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

    @Label("Family")
    @Description("The specialization family, named as in _opcode.get_specialization_stats()")
    public String family;

    @Label("Instruction")
    @Description("The specialized form written")
    public String instruction;

    @Label("First Operand Type")
    @Description("Python type of the first operand the specializer looked at (receiver, left operand)")
    public String operandType;

    @Label("Second Operand Type")
    @Description("Python type of the second operand (right operand, subscript), or NULL")
    public String secondOperandType;

    /**
     * At most this many events per site ({@link SiteLimit}); the agent applies it before making
     * the event, so this always admits.
     */
    @SettingDefinition
    @Name(SiteLimit.NAME)
    @Label("Events per Site")
    @Description("At most this many of these events per instruction site (unlimited, or a count); the statistics events count all of them")
    protected boolean siteLimit(SiteLimit.Specializations limit) {
        return true;
    }
}
