package dev.quicken.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code quicken help}: lists the subcommands. */
final class HelpCommand implements Command {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String usage() {
        return "[COMMAND]";
    }

    @Override
    public String summary() {
        return "show the commands, or one command's usage";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageError {
        if (args.size() > 1) {
            throw new UsageError("too many arguments");
        }
        if (args.size() == 1) {
            Command c = Main.find(args.get(0));
            if (c == null) {
                throw new UsageError("unknown command '" + args.get(0) + "'");
            }
            out.println("usage: quicken " + c.name() + " " + c.usage());
            out.println("  " + c.summary());
            return 0;
        }
        out.println("quicken: CPython 3.11's specializing adaptive interpreter in Java");
        out.println();
        out.println("usage: quicken COMMAND [ARGS...]");
        out.println();
        out.println("commands:");
        for (Command c : Main.COMMANDS) {
            if (!c.hidden()) {
                out.printf("  %-8s %s%n", c.name(), c.summary());
                out.printf("  %-8s   quicken %s %s%n", "", c.name(), c.usage());
            }
        }
        return 0;
    }
}
