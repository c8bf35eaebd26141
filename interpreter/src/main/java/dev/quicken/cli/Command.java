package dev.quicken.cli;

import java.io.PrintStream;
import java.util.List;

/** One {@code quicken} subcommand. Register new ones in {@link Main#COMMANDS}. */
public interface Command {

    /** The word after {@code quicken}. */
    String name();

    /** One line: the arguments, e.g. {@code [--show-caches] FILE.pyc|FILE.py}. */
    String usage();

    /** One line: what it does. */
    String summary();

    /** Hidden commands (tooling) are not listed by {@code quicken help}. */
    default boolean hidden() {
        return false;
    }

    /**
     * Runs the command.
     *
     * @return the exit status
     * @throws UsageError for bad arguments (printed with the usage line, exit 2)
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws UsageError;

    /** Bad command-line arguments. */
    final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageError(String message) {
            super(message);
        }
    }
}
