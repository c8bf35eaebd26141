package dev.quicken.cli;

/** The {@code quicken} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        System.err.println("quicken: no subcommands yet");
        return 2;
    }
}
