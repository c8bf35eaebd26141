package dev.quicken.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rewrites {@code dev.quicken.probe.Probes} in every class loader that defines it and sees the
 * counters.
 *
 * <p>When the class file is the one the agent was built against, the rewrite is the one Byte Buddy
 * made at build time ({@link ProbeRewriter#main}), kept in the agent jar: start-up then loads no
 * Byte Buddy class. Otherwise (another build of the interpreter, the bytes a retransformation
 * hands over) {@link ProbeRewriter} runs Byte Buddy now.
 */
final class ProbeTransformer implements ClassFileTransformer {

    static final String PROBES = "dev.quicken.probe.Probes";
    static final String PROBES_INTERNAL = "dev/quicken/probe/Probes";
    /** Resource folder of the precomputed rewrite, beside this class. */
    static final String PRECOMPUTED = "dev/quicken/agent/precomputed";
    static final String ORIGINAL = "Probes.original";
    static final String REWRITTEN = "Probes.rewritten";

    /** Where the counters live (null: bootstrap, so every loader sees them). */
    private final ClassLoader countersLoader;
    private final byte[] original;
    private final byte[] rewritten;
    /** Test hook: {@code -Dquicken.agent.precomputed=false} always runs Byte Buddy. */
    private final boolean usePrecomputed = !"false".equals(System.getProperty("quicken.agent.precomputed"));

    ProbeTransformer(ClassLoader countersLoader) {
        this.countersLoader = countersLoader;
        this.original = resource(ORIGINAL);
        this.rewritten = resource(REWRITTEN);
    }

    /**
     * Installs the transformer; classes already loaded (a later attach) are retransformed, each
     * {@code Probes} once.
     */
    static void install(Instrumentation inst, ClassLoader countersLoader) {
        ProbeTransformer t = new ProbeTransformer(countersLoader);
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (c.getName().equals(PROBES)) {
                loaded.add(c);
            }
        }
        if (loaded.isEmpty()) {
            inst.addTransformer(t, false);
            return;
        }
        inst.addTransformer(t, true);
        for (Class<?> c : loaded) {
            try {
                inst.retransformClasses(c);
            } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
                System.err.println(Agent.PREFIX + "could not instrument " + PROBES + ": " + e);
            }
        }
    }

    /** True if this run can hand out the rewrite made at build time. */
    boolean hasPrecomputed() {
        return original != null && rewritten != null;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain domain, byte[] classfileBuffer) {
        if (!PROBES_INTERNAL.equals(className)) {
            return null;
        }
        if (countersLoader != null && !Agent.delegatesTo(loader, countersLoader)) {
            System.err.println(Agent.PREFIX + "not observing the interpreter in class loader " + loader
                + ": it cannot see the agent's counters (attach at start with -javaagent to observe it)");
            return null;
        }
        try {
            if (usePrecomputed && hasPrecomputed() && Arrays.equals(classfileBuffer, original)) {
                return rewritten.clone();
            }
            return ProbeRewriter.rewrite(classfileBuffer, loader);
        } catch (Throwable e) {
            System.err.println(Agent.PREFIX + "could not instrument " + PROBES + ": " + e);
            return null;
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ProbeTransformer.class.getResourceAsStream("/" + PRECOMPUTED + "/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
