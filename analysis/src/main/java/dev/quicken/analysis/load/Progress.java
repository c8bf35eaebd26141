package dev.quicken.analysis.load;

import java.io.PrintStream;

/**
 * A progress line on stderr for long work: silent for the first two seconds, then one line
 * rewritten in place (on a terminal) or a line every ten seconds (in a log).
 */
public final class Progress {

    private final PrintStream out;
    private final boolean enabled;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrint;
    private boolean printed;

    private Progress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
        this.terminal = System.console() != null;
    }

    /** Progress on stderr. */
    public static Progress stderr() {
        return new Progress(System.err, true);
    }

    /** No progress output (tests, rules). */
    public static Progress none() {
        return new Progress(null, false);
    }

    /** Reports {@code events} events read from {@code file}; cheap enough to call every few thousand events. */
    public void update(String file, long events, long bytesDone, long bytesTotal) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < 2_000_000_000L || now - lastPrint < (terminal ? 250_000_000L : 10_000_000_000L)) {
            return;
        }
        lastPrint = now;
        String pct = bytesTotal > 0 ? String.format(" %3d%%", Math.min(100, bytesDone * 100 / bytesTotal)) : "";
        String line = String.format("quicken: reading %s:%s %,d events, %.0f s", file, pct, events,
                (now - start) / 1e9);
        if (terminal) {
            out.print("\r" + line);
        } else {
            out.println(line);
        }
        printed = true;
    }

    /** Ends the progress line. */
    public void done() {
        if (enabled && printed && terminal) {
            out.println();
        }
        printed = false;
    }
}
