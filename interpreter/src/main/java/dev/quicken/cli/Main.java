package dev.quicken.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code quicken} command line: dispatches to one {@link Command} per subcommand.
 *
 * <p>Errors are one line on stderr ({@code quicken: ...}) and a non-zero exit; a Java stack trace
 * is printed only with {@code -Dquicken.debug=true} (or {@code QUICKEN_DEBUG=1}).
 */
public final class Main {

    /** Every subcommand, in the order {@code quicken help} lists them. Add yours here. */
    static final List<Command> COMMANDS = List.of(
            new DisCommand(),
            new HelpCommand(),
            new CompileCommand(),
            new BatchCheckCommand(),
            new AstCommand(),
            new RunCommand(),
            new ProfileCommand());

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs {@code quicken args...}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && (args[0].equals("--no-specialize") || args[0].equals("--no-jit"))) {
            // Global options: interpreters made by the subcommand never quicken (PEP 659 off), or
            // never compile functions to JVM methods of their own (every frame in the eval loop).
            String key = args[0].equals("--no-jit") ? "quicken.jit" : "quicken.specialize";
            String prev = System.setProperty(key, "false");
            try {
                return run(Arrays.copyOfRange(args, 1, args.length), out, err);
            } finally {
                if (prev == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, prev);
                }
            }
        }
        if (args.length == 0) {
            err.println("quicken: no command given; try 'quicken help'");
            return 2;
        }
        Command cmd = find(args[0]);
        if (cmd == null) {
            err.println("quicken: unknown command '" + args[0] + "'; try 'quicken help'");
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return cmd.run(rest, out, err);
        } catch (Command.UsageError e) {
            err.println("quicken " + cmd.name() + ": " + e.getMessage());
            err.println("usage: quicken " + cmd.name() + " " + cmd.usage());
            return 2;
        } catch (RuntimeException | Error e) {
            err.println("quicken: internal error in '" + cmd.name() + "': " + e
                    + (debug() ? "" : " (set QUICKEN_DEBUG=1 for the stack trace)"));
            if (debug()) {
                e.printStackTrace(err);
            }
            return 70;
        }
    }

    static Command find(String name) {
        for (Command c : COMMANDS) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Whether to print stack traces. */
    static boolean debug() {
        return Boolean.getBoolean("quicken.debug") || "1".equals(System.getenv("QUICKEN_DEBUG"));
    }
}
