package dev.quicken.agent;

import dev.quicken.jfr.EventNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * The recording {@code record=FILE.jfr} asks for: the JDK's {@code default} (or, for
 * {@code settings=detailed}, {@code profile}) settings plus quicken's, or a given {@code .jfc};
 * written to FILE when the JVM exits (normally, by {@code System.exit} or on SIGTERM).
 */
final class AgentRecording {

    private AgentRecording() {
    }

    static Recording start(AgentOptions options) throws IOException, ParseException {
        Map<String, String> settings = settings(options.settings);
        Path file = options.record.toAbsolutePath();
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Recording recording = new Recording(settings);
        recording.setName("quicken");
        recording.setToDisk(true);
        recording.setDestination(file);
        recording.setDumpOnExit(true);
        recording.start();
        return recording;
    }

    /**
     * The settings {@code which} names. {@code HotCounting} asks for them (does the recording want
     * the executions counted?) just before {@link #start} uses them, so the built-in ones
     * ({@code default}, {@code detailed}: the JDK's templates plus quicken's) are read once; a
     * user's file is read each time, as it may have changed before a later attach.
     */
    static synchronized Map<String, String> settings(String which) throws IOException, ParseException {
        if (!which.equals("default") && !which.equals("detailed")) {
            return read(which);
        }
        Map<String, String> read = READ.get(which);
        if (read == null) {
            read = read(which);
            READ.put(which, read);
        }
        return new HashMap<>(read);
    }

    private static final Map<String, Map<String, String>> READ = new HashMap<>();

    private static Map<String, String> read(String which) throws IOException, ParseException {
        Map<String, String> settings = new HashMap<>();
        switch (which) {
            case "default":
                settings.putAll(Configuration.getConfiguration("default").getSettings());
                settings.putAll(quicken(EventNames.DEFAULT_SETTINGS));
                break;
            case "detailed":
                settings.putAll(Configuration.getConfiguration("profile").getSettings());
                settings.putAll(quicken(EventNames.DETAILED_SETTINGS));
                break;
            default:
                settings.putAll(Configuration.create(Paths.get(which)).getSettings());
                break;
        }
        return settings;
    }

    /**
     * A resource of the events jar. Resources of a jar appended to the bootstrap path at run time
     * cannot be found through its classes, so the agent's embedded copy is the last resort.
     */
    private static InputStream resource(String name) throws IOException {
        InputStream in = EventNames.class.getResourceAsStream(name);
        if (in == null) {
            in = ClassLoader.getSystemResourceAsStream(name.substring(1));
        }
        if (in != null) {
            return in;
        }
        InputStream boot = Agent.embeddedBootJar();
        if (boot == null) {
            return null;
        }
        JarInputStream jar = new JarInputStream(boot);
        for (JarEntry e = jar.getNextJarEntry(); e != null; e = jar.getNextJarEntry()) {
            if (e.getName().equals(name.substring(1))) {
                return jar;
            }
        }
        jar.close();
        return null;
    }

    private static Map<String, String> quicken(String resource) throws IOException, ParseException {
        InputStream in = resource(resource);
        if (in == null) {
            throw new IOException("settings " + resource + " missing from the agent");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Configuration.create(r).getSettings();
        }
    }
}
