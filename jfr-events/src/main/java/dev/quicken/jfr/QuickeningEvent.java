package dev.quicken.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A code object warmed up and was quickened (CPython 3.11: {@code _PyCode_Quicken}). */
@Name(EventNames.QUICKENING)
@Label("Quickening")
@Category({"Quicken", "Specialization"})
@Description("A code object finished warming up and its instructions were quickened to adaptive forms")
@StackTrace(false)
public final class QuickeningEvent extends Event {

    @Label("Interpreter")
    @Description("Number of the interpreter running the code, from 1")
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
    @Description("The code object's co_firstlineno")
    public int firstLineNumber;
}
