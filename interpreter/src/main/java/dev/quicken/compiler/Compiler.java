package dev.quicken.compiler;

import dev.quicken.code.CodeObject;
import dev.quicken.compiler.ast.ModNode;
import dev.quicken.compiler.ast.Module;
import dev.quicken.compiler.codegen.Codegen;
import dev.quicken.compiler.parse.Parser;

/**
 * The compiler entry point: CPython 3.11's {@code compile(source, filename, mode)}: parse, future
 * features, AST optimizer, symbol table, code generation, flow-graph optimizer and assembler.
 */
public final class Compiler {
    private Compiler() {
    }

    /**
     * {@code compile(source, filename, mode)} for a str source; mode is "exec", "eval" or "single".
     *
     * @throws PySyntaxError for invalid programs, with CPython's message and position
     */
    public static CodeObject compile(String source, String filename, String mode) {
        return onBigStack(() -> compileNow(source, filename, mode));
    }

    /**
     * As {@link #compile(String, String, String)} but on the calling thread, which must have a large
     * stack (deeply nested programs recurse deeply); for callers that compile many sources.
     */
    public static CodeObject compileOnThisThread(String source, String filename, String mode) {
        return compileNow(source, filename, mode);
    }

    private static CodeObject compileNow(String source, String filename, String mode) {
        ModNode mod;
        switch (mode) {
            case "exec":
                mod = Parser.parseModule(source, filename);
                break;
            case "eval":
                mod = Parser.parseExpression(source, filename);
                break;
            case "single":
                mod = Parser.parseInteractive(source, filename);
                break;
            default:
                throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
        }
        return compileAst(mod, filename);
    }

    /** {@code compile(source_bytes, filename, "exec")}: the source encoding is detected (PEP 263). */
    public static CodeObject compile(byte[] source, String filename) {
        return onBigStack(() -> compileAst(Parser.parseModule(source, filename, false), filename));
    }

    /**
     * The syntax tree of {@code compile(source, filename, mode, PyCF_ONLY_AST)}: parsed, not optimized; mode is
     * "exec" ({@code Module}), "eval" ({@code Expression}) or "single" ({@code Interactive}).
     *
     * @throws PySyntaxError for invalid programs, with CPython's message and position
     */
    public static ModNode parse(String source, String filename, String mode) {
        return onBigStack(() -> parseNow(source, filename, mode));
    }

    /** As {@link #parse(String, String, String)} for mode "exec" of source bytes (PEP 263 encoding). */
    public static ModNode parse(byte[] source, String filename) {
        return onBigStack(() -> Parser.parseModule(source, filename, false));
    }

    private static ModNode parseNow(String source, String filename, String mode) {
        switch (mode) {
            case "exec":
                return Parser.parseModule(source, filename);
            case "eval":
                return Parser.parseExpression(source, filename);
            case "single":
                return Parser.parseInteractive(source, filename);
            default:
                throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
        }
    }

    /** Stack for parsing and compiling deeply nested programs (CPython limits nesting, not the C stack). */
    private static final long STACK_BYTES = 512L << 20;

    /** Runs the parser and compiler on a thread with a large stack: both recurse on the tree. */
    private static <T> T onBigStack(java.util.function.Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "quicken-compile", STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error er) {
            throw er;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }

    private static CodeObject compileAst(ModNode mod, String filename) {
        try {
            return Codegen.compile(mod, filename, 0);
        } catch (CompileError e) {
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, e.msg, filename, e.lineno, e.offset, e.endLineno,
                    e.endOffset, null);
        }
    }

    /**
     * Compiles a parsed module ({@code Module} for "exec", {@code Expression} for "eval",
     * {@code Interactive} for "single"). The tree is optimized in place.
     *
     * @throws PySyntaxError for programs CPython rejects after parsing (symbol table and compiler
     *     errors), with CPython's message and position
     */
    public static CodeObject compile(ModNode mod, String filename, String mode) {
        switch (mode) {
            case "exec":
            case "eval":
            case "single":
                return onBigStack(() -> compileAst(mod, filename));
            default:
                throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
        }
    }
}
