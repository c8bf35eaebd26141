package dev.quicken.compiler.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicken.runtime.PyInt;
import java.util.List;
import org.junit.jupiter.api.Test;

class AstDumpTest {

    private static Constant num(long v, int col) {
        return new Constant(PyInt.of(v), null, 1, col, 1, col + 1);
    }

    @Test
    void dumpsLikeAstDump() {
        // python3.11: ast.dump(ast.parse('1 < 2 is not 3'), include_attributes=True)
        Compare c = new Compare(num(1, 0), List.of(CmpOpKind.Lt, CmpOpKind.IsNot), List.of(num(2, 4), num(3, 13)),
                1, 0, 1, 14);
        Module m = new Module(List.of(new Expr(c, 1, 0, 1, 14)), List.of());
        assertEquals("Module(body=[Expr(value=Compare(left=Constant(value=1, lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=1), ops=[Lt(), IsNot()], comparators=[Constant(value=2, lineno=1, col_offset=4, "
                + "end_lineno=1, end_col_offset=5), Constant(value=3, lineno=1, col_offset=13, end_lineno=1, "
                + "end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, "
                + "col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])", AstDump.dump(m, true));
        assertEquals("Module(body=[Expr(value=Compare(left=Constant(value=1), ops=[Lt(), IsNot()], "
                + "comparators=[Constant(value=2), Constant(value=3)]))], type_ignores=[])", AstDump.dump(m, false));
    }

    @Test
    void optionalFieldsOmittedWhenNone() {
        assertEquals("Return()", AstDump.dump(new Return(null, 1, 0, 1, 6), false));
        assertEquals("MatchAs()", AstDump.dump(new MatchAs(null, null, 1, 0, 1, 1), false));
        assertEquals("Slice(lower=Constant(value=1))", AstDump.dump(new Slice(num(1, 0), null, null, 1, 0, 1, 1), false));
    }
}
