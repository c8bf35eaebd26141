package dev.quicken.agent;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarFile;

/**
 * The agent's entry points: {@code -javaagent:quicken-agent.jar[=options]} and a later attach
 * ({@code java -jar quicken-agent.jar PID [options]}).
 *
 * <p>The advice inlined into {@code Probes} calls the counters and events, so they must be visible
 * from whatever loader defines the interpreter. {@code quicken-agent.jar} names
 * {@code quicken-agent-boot.jar} beside it in {@code Boot-Class-Path}, which puts them on the
 * bootstrap path before {@code premain} without a warning. A later attach loads
 * {@code quicken-agent-attach.jar}, the same without that entry: the copy of the boot jar embedded
 * in the agent jar goes on the application class path, and only if an interpreter already sits in
 * a loader that does not delegate to that one is it appended to the bootstrap path instead (the
 * JVM then warns that class sharing is reduced). This class touches none of them before that is
 * settled.
 */
public final class Agent {

    static final String BOOT_JAR = "quicken-agent-boot.jar";
    static final String PREFIX = "quicken-agent: ";
    private static final String BOOTSTRAP_PROBE = "dev.quicken.agent.bootstrap.Counters";

    private Agent() {
    }

    public static void premain(String options, Instrumentation inst) {
        start(options, inst, false);
    }

    public static void agentmain(String options, Instrumentation inst) {
        start(options, inst, true);
    }

    private static void start(String text, Instrumentation inst, boolean attached) {
        AgentOptions options;
        try {
            options = AgentOptions.parse(text);
        } catch (AgentOptions.BadOption e) {
            System.err.println(PREFIX + e.getMessage() + " (the program runs without quicken's agent)");
            return;
        }
        try {
            ClassLoader visibleFrom = placeCounters(inst, attached);
            AgentRuntime.start(options, inst, visibleFrom);
        } catch (Throwable t) {
            System.err.println(PREFIX + "not active: " + t);
            if (Boolean.getBoolean("quicken.debug")) {
                t.printStackTrace();
            }
        }
    }

    /**
     * Makes the counters and events visible to the interpreter; returns the loader they live in
     * (null: the bootstrap loader, so every loader sees them).
     */
    private static ClassLoader placeCounters(Instrumentation inst, boolean attached) throws IOException {
        if (onBootstrapPath()) {
            return null;
        }
        ClassLoader system = ClassLoader.getSystemClassLoader();
        if (attached && Agent.class.getClassLoader() == system && !isolatedProbesLoaded(inst, system)) {
            inst.appendToSystemClassLoaderSearch(extractEmbeddedBootJar());
            return system;
        }
        inst.appendToBootstrapClassLoaderSearch(extractEmbeddedBootJar());
        return null;
    }

    private static boolean onBootstrapPath() {
        try {
            Class.forName(BOOTSTRAP_PROBE, false, null);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** True if an interpreter is loaded by a loader that does not delegate to {@code own}. */
    private static boolean isolatedProbesLoaded(Instrumentation inst, ClassLoader own) {
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (c.getName().equals(ProbeTransformer.PROBES) && !delegatesTo(c.getClassLoader(), own)) {
                return true;
            }
        }
        return false;
    }

    static boolean delegatesTo(ClassLoader loader, ClassLoader target) {
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l == target) {
                return true;
            }
        }
        return false;
    }

    private static JarFile extractEmbeddedBootJar() throws IOException {
        Path jar = Files.createTempFile("quicken-agent-boot", ".jar");
        try (InputStream in = embeddedBootJar()) {
            if (in == null) {
                throw new IOException(BOOT_JAR + " is neither beside the agent jar nor inside it");
            }
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        File file = jar.toFile();
        file.deleteOnExit();
        return new JarFile(file);
    }

    /** The copy of the boot jar inside the agent jar, or null. */
    static InputStream embeddedBootJar() {
        return Agent.class.getResourceAsStream("/boot/" + BOOT_JAR);
    }
}
