package dev.quicken.analysis.load;

import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.ProfileBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.flightrecorder.CouldNotLoadRecordingException;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;

/**
 * Reads one or more recordings into one {@link Profile}.
 *
 * <p>Several files are merged. Recordings of different JVM runs add up: interpreter 1 in
 * {@code a.jfr} and interpreter 1 in {@code b.jfr} are two interpreters. Recordings of the same run
 * (same pid and JVM start time in {@code jdk.JVMInformation}: two dumps, or the chunk files of one
 * recording) continue each other: the latest statistics snapshot counts. A damaged file is read
 * up to its last complete chunk, and the problem says where it stopped.
 */
public final class Loader {

    /** Which parser reads the events. */
    public enum Parser {
        /** {@code jdk.jfr.consumer.RecordingFile}, one event at a time (default; bounded memory). */
        STREAMING,
        /** JMC core's {@code JfrLoaderToolkit} (whole file in memory, about ten times its size). */
        JMC
    }

    /** Something wrong with one input; {@code fatal} when nothing of it could be read. */
    public record Problem(String file, String message, boolean fatal) {
        @Override
        public String toString() {
            return file + ": " + message;
        }
    }

    /** The profile and what went wrong on the way. */
    /**
     * The profile and what went wrong on the way; {@code agentSeen} when a recording declares
     * quicken's event types (the agent was there) even if it holds none of its events.
     */
    public record Result(Profile profile, List<Problem> problems, long events, boolean agentSeen) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private Loader() {
    }

    /** Reads {@code files} with {@code parser}. */
    public static Result load(List<Path> files, Parser parser, Progress progress) {
        ProfileBuilder builder = new ProfileBuilder();
        EventMapper mapper = new EventMapper(builder);
        List<Problem> problems = new ArrayList<>();
        java.util.Map<String, Integer> runs = new java.util.HashMap<>();
        boolean[] agentSeen = {false};
        long events = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String label = file.toString();
            builder.source(label);
            List<Path> temps = new ArrayList<>();
            try {
                Path readable = file;
                if (Files.isDirectory(file)) {
                    problems.add(new Problem(label, "is a directory, not a recording", true));
                    continue;
                }
                if (!Files.isRegularFile(file)) {
                    throw new NoSuchFileException(label);
                }
                if (Chunks.isGzip(file)) {
                    readable = gunzip(file);
                    temps.add(readable);
                }
                Chunks.Scan scan = Chunks.scan(readable);
                String stopped = null;
                if (!scan.complete()) {
                    if (scan.chunks().isEmpty()) {
                        problems.add(new Problem(label, scan.problem() + "; nothing readable", true));
                        continue;
                    }
                    Path prefix = prefix(readable, scan.goodBytes());
                    temps.add(prefix);
                    readable = prefix;
                    stopped = scan.problem();
                }
                long n;
                try {
                    String[] run = new String[1];
                    n = read(readable, label, i, parser, mapper, builder, progress, run, agentSeen);
                    if (run[0] != null) {
                        Integer first = runs.putIfAbsent(run[0], i);
                        if (first != null) {
                            // another recording of the same JVM run: its cumulative statistics continue the first's
                            builder.sameRun(i, first);
                        }
                    }
                } catch (IOException | RuntimeException | CouldNotLoadRecordingException e) {
                    problems.add(new Problem(label, "corrupt data in a chunk (" + message(e) + "); stopped there",
                            false));
                    continue;
                }
                events += n;
                if (stopped != null) {
                    problems.add(new Problem(label, String.format("%s; read the %d complete chunk%s before it "
                            + "(%,d of %,d bytes, %,d events)", stopped, scan.chunks().size(),
                            scan.chunks().size() == 1 ? "" : "s", scan.goodBytes(), scan.fileSize(), n), false));
                }
            } catch (NoSuchFileException e) {
                problems.add(new Problem(label, "no such file", true));
            } catch (java.nio.file.AccessDeniedException e) {
                problems.add(new Problem(label, "permission denied", true));
            } catch (IOException e) {
                problems.add(new Problem(label, "cannot read: " + message(e), true));
            } finally {
                for (Path t : temps) {
                    try {
                        Files.deleteIfExists(t);
                    } catch (IOException ignored) {
                        // a temporary file left behind is harmless
                    }
                }
                progress.done();
            }
        }
        return new Result(builder.build(), List.copyOf(problems), events, agentSeen[0]);
    }

    private static long read(Path file, String label, int recording, Parser parser, EventMapper mapper,
            ProfileBuilder builder, Progress progress, String[] run, boolean[] agentSeen) throws IOException,
            CouldNotLoadRecordingException {
        if (parser == Parser.JMC) {
            IItemCollection items = JfrLoaderToolkit.loadEvents(file.toFile());
            run[0] = JmcReader.run(items);
            long n = JmcReader.read(items, recording, mapper);
            agentSeen[0] |= n > 0;
            return n;
        }
        StreamingReader.Result r = StreamingReader.read(file, label, recording, mapper, progress);
        run[0] = r.run();
        agentSeen[0] |= r.quickenTypes();
        if (r.lostBytes() > 0) {
            builder.warn(String.format("%s: JFR lost %,d bytes of events (jdk.DataLoss); occurrence counts are low",
                    label, r.lostBytes()));
        }
        return r.quickenEvents();
    }

    /** The exception's message on one line, control characters escaped. */
    private static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        StringBuilder sb = new StringBuilder();
        for (char c : m.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return sb.length() > 200 ? sb.substring(0, 200) + "..." : sb.toString();
    }

    private static Path gunzip(Path file) throws IOException {
        Path out = Files.createTempFile("quicken-", ".jfr");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
                OutputStream os = Files.newOutputStream(out)) {
            in.transferTo(os);
        }
        return out;
    }

    private static Path prefix(Path file, long bytes) throws IOException {
        Path out = Files.createTempFile("quicken-", ".jfr");
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
                FileChannel os = FileChannel.open(out, StandardOpenOption.WRITE)) {
            long done = 0;
            while (done < bytes) {
                done += in.transferTo(done, bytes - done, os);
            }
        }
        return out;
    }
}
