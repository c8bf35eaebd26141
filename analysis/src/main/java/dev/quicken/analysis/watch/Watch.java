package dev.quicken.analysis.watch;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import dev.quicken.analysis.load.Schema;
import dev.quicken.analysis.model.Families;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import jdk.jfr.consumer.RecordedEvent;
import jdk.management.jfr.RemoteRecordingStream;

/**
 * {@code quicken watch PID|HOST:PORT}: live per-family specialization statistics of a running JVM,
 * read through JFR event streaming ({@link RemoteRecordingStream}) over JMX.
 *
 * <p>A local PID is reached with the attach API: {@code VirtualMachine.startLocalManagementAgent()}
 * starts the target's local JMX connector (no agent is loaded, so JDK 21+ prints no warning and the
 * target needs no flag), and its address is used like a remote one. {@code HOST:PORT} is a JMX
 * port opened with {@code -Dcom.sun.management.jmxremote.port=PORT}.
 *
 * <p>The stream enables {@code quicken.SpecializationStatistics} with the refresh interval as its
 * period; the agent emits every family's totals since it started, so the table shows the latest
 * totals per family (summed over interpreters) and the hits per second since the previous frame.
 */
public final class Watch {

    /** Options of one watch. */
    public record Options(String target, Duration interval, int frames, Duration patience, boolean ansi) {
    }

    /** A bad target or a connection that could not be made: one line for the user. */
    public static final class WatchException extends Exception {
        WatchException(String message) {
            super(message);
        }
    }

    private static final int SUCCESS = 0;
    private static final int FAILURE = 1;
    private static final int HIT = 2;
    private static final int DEFERRED = 3;
    private static final int MISS = 4;
    private static final int DEOPT = 5;
    private static final String[] FIELDS = {"success", "failure", "hit", "deferred", "miss", "deopt"};

    /** (interpreter, family) -> latest totals. */
    private final Map<String, long[]> latest = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> interpreters = new ConcurrentHashMap<>();
    /** What the last flush completed: the table is drawn from whole batches only. */
    private volatile Map<String, long[]> published = Map.of();
    private volatile long publishedNewest;
    /** End time (ns since the epoch) of the newest statistics event: rates use the target's clock. */
    private volatile long newest;
    private final Options options;
    private final PrintStream out;

    private Watch(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Watches until the frames are printed (forever when {@code frames <= 0}); returns the exit status. */
    public static int run(Options options, PrintStream out, PrintStream err) throws WatchException {
        return new Watch(options, out).watch(err);
    }

    /** The JMX address of a target: {@code PID} (attach) or {@code HOST:PORT}. */
    static JMXServiceURL address(String target) throws WatchException {
        try {
            if (target.matches("\\d+")) {
                return new JMXServiceURL(localConnector(target));
            }
            int colon = target.lastIndexOf(':');
            if (colon > 0 && target.substring(colon + 1).matches("\\d+")) {
                String host = target.substring(0, colon);
                if (host.startsWith("[") && host.endsWith("]")) {
                    host = host.substring(1, host.length() - 1);
                }
                String h = host.contains(":") ? "[" + host + "]" : host;
                return new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + h + ":" + target.substring(colon + 1) + "/jmxrmi");
            }
            if (target.startsWith("service:jmx:")) {
                return new JMXServiceURL(target);
            }
        } catch (java.net.MalformedURLException e) {
            throw new WatchException("bad JMX address '" + target + "': " + e.getMessage());
        }
        throw new WatchException("watch needs a process id or HOST:PORT (a JMX port), not '" + target + "'");
    }

    /** Starts (or finds) the local JMX connector of process {@code pid} through the attach API. */
    private static String localConnector(String pid) throws WatchException {
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(pid);
        } catch (AttachNotSupportedException e) {
            throw new WatchException("cannot attach to process " + pid + ": " + oneLine(e)
                    + " (is it a JVM of this user, started without -XX:+DisableAttachMechanism?)");
        } catch (IOException e) {
            throw new WatchException("cannot attach to process " + pid + ": " + oneLine(e));
        }
        try {
            return vm.startLocalManagementAgent();
        } catch (IOException e) {
            throw new WatchException("process " + pid + " did not start its local JMX connector: " + oneLine(e));
        } finally {
            try {
                vm.detach();
            } catch (IOException ignored) {
                // the connector address is all we needed
            }
        }
    }

    /** The innermost reason, one line, without Java class names. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getMessage();
        }
        if (m == null || m.isBlank()) {
            return "no reason given";
        }
        m = m.lines().findFirst().orElse(m);
        int nested = m.indexOf("; nested exception is");
        if (nested > 0) {
            m = m.substring(0, nested);
        }
        return m.replaceAll("\\b(?:[a-z]\\w*\\.)+\\w*(?:Exception|Error)\\b:? ?", "").strip();
    }

    private int watch(PrintStream err) throws WatchException {
        JMXServiceURL url = address(options.target());
        JMXConnector connector;
        MBeanServerConnection connection;
        try {
            connector = JMXConnectorFactory.connect(url);
            connection = connector.getMBeanServerConnection();
        } catch (IOException | SecurityException e) {
            throw new WatchException("cannot connect to " + options.target() + " (" + url + "): " + oneLine(e));
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (connector; RemoteRecordingStream stream = new RemoteRecordingStream(connection)) {
            stream.setSettings(settings(options.interval()));
            stream.onEvent(Schema.SPECIALIZATION_STATISTICS, this::accept);
            stream.onFlush(this::publish);
            stream.onError(failure::set);
            stream.startAsync();
            return loop(err, failure);
        } catch (IOException | SecurityException e) {
            throw new WatchException("cannot stream from " + options.target() + ": " + oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * The stream's settings: the family statistics every interval, the other quicken events off
     * (they are on by default). Given as a map: on JDK 17 {@code RemoteRecordingStream.enable(..)
     * .withPeriod(..)} does not reach the target.
     */
    static Map<String, String> settings(Duration interval) {
        Map<String, String> s = new java.util.LinkedHashMap<>();
        s.put(Schema.SPECIALIZATION_STATISTICS + "#enabled", "true");
        s.put(Schema.SPECIALIZATION_STATISTICS + "#period", interval.toMillis() + " ms");
        for (String off : List.of(Schema.QUICKENING, Schema.SPECIALIZATION, Schema.SPECIALIZATION_FAILURE,
                Schema.DEOPTIMIZATION, Schema.INSTRUCTION_STATISTICS, Schema.SPECIALIZATION_FAILURE_STATISTICS,
                Schema.SPECIALIZATION_ACTIVITY)) {
            s.put(off + "#enabled", "false");
        }
        return s;
    }

    private int loop(PrintStream err, AtomicReference<Throwable> failure) throws InterruptedException, WatchException {
        long start = System.nanoTime();
        long[] previous = null;
        long previousAt = 0;
        long previousNewest = 0;
        int printed = 0;
        boolean hinted = false;
        while (options.frames() <= 0 || printed < options.frames()) {
            Thread.sleep(Math.min(options.interval().toMillis(), 250));
            if (failure.get() != null) {
                throw new WatchException("the stream from " + options.target() + " stopped: " + oneLine(failure.get()));
            }
            long now = System.nanoTime();
            if (published.isEmpty()) {
                if (Duration.ofNanos(now - start).compareTo(options.patience()) > 0) {
                    if (options.frames() > 0) {
                        err.println("quicken watch: no quicken statistics from " + options.target() + " within "
                                + options.patience().toSeconds() + " s (is the quicken agent loaded? ./quicken attach PID)");
                        return 1;
                    }
                    if (!hinted) {
                        err.println("quicken watch: no quicken statistics yet from " + options.target()
                                + " (is the quicken agent loaded? ./quicken attach PID)");
                        hinted = true;
                    }
                }
                continue;
            }
            if (previous != null && now - previousAt < options.interval().toNanos()) {
                continue;
            }
            long sampled = publishedNewest;
            if (previous != null && sampled <= previousNewest) {
                continue; // the next statistics period has not arrived yet
            }
            Map<String, long[]> families = byFamily();
            long[] total = total(families);
            double seconds = previous == null || sampled <= previousNewest ? 0 : (sampled - previousNewest) / 1e9;
            out.print(frame(families, total, previous == null ? null : previousFamilies, seconds));
            out.flush();
            previousFamilies = families;
            previous = total;
            previousAt = now;
            previousNewest = sampled;
            printed++;
        }
        return 0;
    }

    private Map<String, long[]> previousFamilies;

    private void publish() {
        if (newest != publishedNewest) {
            published = Map.copyOf(latest);
            publishedNewest = newest;
        }
    }

    private void accept(RecordedEvent e) {
        if (!e.hasField("family")) {
            return;
        }
        long interpreter = e.hasField("interpreter") ? e.getLong("interpreter") : 0;
        interpreters.put(interpreter, Boolean.TRUE);
        long[] v = new long[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            v[i] = e.hasField(FIELDS[i]) ? e.getLong(FIELDS[i]) : 0;
        }
        latest.put(interpreter + "\u0000" + e.getString("family"), v);
        java.time.Instant end = e.getEndTime();
        newest = Math.max(newest, end.getEpochSecond() * 1_000_000_000L + end.getNano());
    }

    /** Latest totals per family, summed over interpreters, in stats order. */
    private Map<String, long[]> byFamily() {
        Map<String, long[]> sums = new TreeMap<>((a, b) -> {
            int ia = Families.KEYS.indexOf(a);
            int ib = Families.KEYS.indexOf(b);
            ia = ia < 0 ? Integer.MAX_VALUE : ia;
            ib = ib < 0 ? Integer.MAX_VALUE : ib;
            return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
        });
        for (Map.Entry<String, long[]> e : published.entrySet()) {
            String family = e.getKey().substring(e.getKey().indexOf('\u0000') + 1);
            long[] s = sums.computeIfAbsent(family, k -> new long[FIELDS.length]);
            for (int i = 0; i < FIELDS.length; i++) {
                s[i] += e.getValue()[i];
            }
        }
        return sums;
    }

    private static long[] total(Map<String, long[]> families) {
        long[] t = new long[FIELDS.length];
        for (long[] v : families.values()) {
            for (int i = 0; i < FIELDS.length; i++) {
                t[i] += v[i];
            }
        }
        return t;
    }

    private static final String ROW = "%-16s %12s %12s %14s %12s %12s %8s %7s %12s%n";

    String frame(Map<String, long[]> families, long[] total, Map<String, long[]> before, double seconds) {
        StringBuilder b = new StringBuilder();
        if (options.ansi()) {
            b.append("\u001b[H\u001b[2J"); // cursor home, clear screen
        }
        b.append(String.format(Locale.ROOT, "quicken watch %s  %s  %d interpreter%s, every %s%s%n",
                options.target(), LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                interpreters.size(), interpreters.size() == 1 ? "" : "s", seconds(options.interval()),
                options.ansi() ? "  (Ctrl-C to stop)" : ""));
        String header = String.format(Locale.ROOT, ROW, "family", "success", "failure", "hit", "deferred", "miss",
                "deopt", "hit %", "hits/s");
        b.append(options.ansi() ? "\u001b[1m" + header.stripTrailing() + "\u001b[0m\n" : header);
        for (Map.Entry<String, long[]> e : families.entrySet()) {
            long[] was = before == null ? null : before.get(e.getKey());
            b.append(row(e.getKey(), e.getValue(), was, before != null, seconds));
        }
        b.append(row("total", total, before == null ? null : total(before), before != null, seconds));
        if (!options.ansi()) {
            b.append('\n');
        }
        return b.toString();
    }

    private static String row(String name, long[] v, long[] was, boolean haveBefore, double seconds) {
        long executions = v[HIT] + v[MISS] + v[DEFERRED];
        String hitShare = executions == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * v[HIT] / executions);
        String rate = !haveBefore || seconds <= 0 ? "-"
                : String.format(Locale.ROOT, "%,.0f", (v[HIT] - (was == null ? 0 : was[HIT])) / seconds);
        return String.format(Locale.ROOT, ROW, name, n(v[SUCCESS]), n(v[FAILURE]), n(v[HIT]), n(v[DEFERRED]),
                n(v[MISS]), n(v[DEOPT]), hitShare, rate);
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
