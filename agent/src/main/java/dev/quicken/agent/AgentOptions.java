package dev.quicken.agent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The agent's options: {@code record=FILE.jfr}, {@code settings=default|detailed|FILE.jfc} and
 * {@code counters=recording|always}, comma-separated, as in
 * {@code -javaagent:quicken-agent.jar=record=out.jfr,settings=detailed}.
 */
final class AgentOptions {

    static final String USAGE = "options are record=FILE.jfr, settings=default|detailed|FILE.jfc and counters=recording|always";

    /** Where to write the agent's own recording at exit, or null for none. */
    final Path record;
    /** {@code default}, {@code detailed} or the path of a {@code .jfc} file. */
    final String settings;
    /**
     * {@code counters=always}: hits, misses and deferrals are counted from the start, recording or
     * not; {@code counters=recording} (the default): only while a recording takes the statistics
     * events (see {@link HotCounting}).
     */
    final boolean countAlways;

    private AgentOptions(Path record, String settings, boolean countAlways) {
        this.record = record;
        this.settings = settings;
        this.countAlways = countAlways;
    }

    /** Thrown with a one-line message for a bad option string. */
    static final class BadOption extends Exception {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }

    /** These options as an option string with absolute paths. */
    String absolute() {
        String counters = countAlways ? "counters=always" : "";
        if (record == null) {
            return counters;
        }
        String s = settings.equals("default") || settings.equals("detailed")
            ? settings : Paths.get(settings).toAbsolutePath().toString();
        return "record=" + record.toAbsolutePath() + ",settings=" + s + (countAlways ? "," + counters : "");
    }

    static AgentOptions parse(String text) throws BadOption {
        Path record = null;
        String settings = null;
        String counters = null;
        if (text != null && !text.isBlank()) {
            for (String option : text.split(",", -1)) {
                int eq = option.indexOf('=');
                String key = eq < 0 ? option.trim() : option.substring(0, eq).trim();
                String value = eq < 0 ? null : option.substring(eq + 1).trim();
                if (!key.equals("record") && !key.equals("settings") && !key.equals("counters")) {
                    throw new BadOption("unknown option '" + key + "'; " + USAGE);
                }
                if (value == null || value.isEmpty()) {
                    throw new BadOption("option " + key + "= needs a value; " + USAGE);
                }
                switch (key) {
                    case "record":
                        if (record != null) {
                            throw new BadOption("record= given twice");
                        }
                        try {
                            record = Paths.get(value);
                        } catch (RuntimeException e) {
                            throw new BadOption("record=" + value + " is not a file name");
                        }
                        break;
                    case "settings":
                        if (settings != null) {
                            throw new BadOption("settings= given twice");
                        }
                        settings = value;
                        break;
                    case "counters":
                        if (counters != null) {
                            throw new BadOption("counters= given twice");
                        }
                        if (!value.equals("always") && !value.equals("recording")) {
                            throw new BadOption("counters=" + value + " is neither always nor recording");
                        }
                        counters = value;
                        break;
                    default:
                        throw new BadOption("unknown option '" + key + "'; " + USAGE);
                }
            }
        }
        if (settings != null && record == null) {
            throw new BadOption("settings=" + settings + " needs record=FILE.jfr");
        }
        if (settings != null && !settings.equals("default") && !settings.equals("detailed")
                && !Files.isRegularFile(Paths.get(settings))) {
            throw new BadOption("settings file " + settings + " not found (or use settings=default|detailed)");
        }
        return new AgentOptions(record, settings == null ? "default" : settings, "always".equals(counters));
    }
}
