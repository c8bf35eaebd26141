package dev.quicken.compiler;

import dev.quicken.code.CodeObject;
import dev.quicken.compiler.ast.ModNode;
import dev.quicken.compiler.codegen.Codegen;

/**
 * The compiler entry point: AST to code object, as CPython 3.11's {@code compile(source, path,
 * mode)} does after parsing (future features, AST optimizer, symbol table, code generation,
 * flow-graph optimizer and assembler).
 */
public final class Compiler {
    private Compiler() {
    }

    /**
     * Compiles a parsed module ({@code Module} for "exec", {@code Expression} for "eval",
     * {@code Interactive} for "single"). The tree is optimized in place.
     *
     * @throws CompileError for programs CPython rejects after parsing (symbol table and compiler
     *     errors), with CPython's message and position
     */
    public static CodeObject compile(ModNode mod, String filename, String mode) {
        switch (mode) {
            case "exec":
            case "eval":
            case "single":
                return Codegen.compile(mod, filename, 0);
            default:
                throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
        }
    }
}
