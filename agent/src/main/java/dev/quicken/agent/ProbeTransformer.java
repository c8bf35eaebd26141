package dev.quicken.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.Arrays;

/**
 * Rewrites {@code dev.quicken.probe.Probes} in every class loader that defines it and sees the
 * counters.
 *
 * <p>When the class file is the one the agent was built against, the rewrite is one of the two Byte
 * Buddy made at build time ({@link ProbeRewriter#main}), kept in the agent jar: start-up then loads
 * no Byte Buddy class. Otherwise (another build of the interpreter, the bytes a retransformation
 * on attach hands over) {@link ProbeRewriter} runs Byte Buddy now.
 *
 * <p>Which rewrite: with {@link #hot} the hot probes count, without it they stay empty. The
 * transformer is registered as retransformation capable, so that {@link HotCounting} can switch a
 * loaded {@code Probes} between the two; the JVM then keeps the class's original bytes and hands
 * them over again on each retransformation, so a switch uses the precomputed rewrites too.
 */
final class ProbeTransformer implements ClassFileTransformer {

    static final String PROBES = "dev.quicken.probe.Probes";
    static final String PROBES_INTERNAL = "dev/quicken/probe/Probes";
    /** Resource folder of the precomputed rewrite, beside this class. */
    static final String PRECOMPUTED = "dev/quicken/agent/precomputed";
    static final String ORIGINAL = "Probes.original";
    static final String REWRITTEN = "Probes.rewritten";
    static final String RARE = "Probes.rare";

    /** Where the counters live (null: bootstrap, so every loader sees them). */
    private final ClassLoader countersLoader;
    private final byte[] original;
    private final byte[] rewritten;
    private final byte[] rare;
    /** Whether the hot probes count in the rewrite handed out now. */
    volatile boolean hot;
    /** Test hook: {@code -Dquicken.agent.precomputed=false} always runs Byte Buddy. */
    private final boolean usePrecomputed = !"false".equals(System.getProperty("quicken.agent.precomputed"));

    ProbeTransformer(ClassLoader countersLoader) {
        this.countersLoader = countersLoader;
        this.original = resource(ORIGINAL);
        this.rewritten = resource(REWRITTEN);
        this.rare = resource(RARE);
    }

    /**
     * Installs the transformer, its rewrite counting the hot probes or not; classes already loaded
     * (a later attach) are retransformed.
     */
    static ProbeTransformer install(Instrumentation inst, ClassLoader countersLoader, boolean hot) {
        ProbeTransformer t = new ProbeTransformer(countersLoader);
        t.hot = hot;
        inst.addTransformer(t, true);
        t.retransformLoaded(inst);
        return t;
    }

    /** Retransforms every loaded {@code Probes} with the rewrite {@link #hot} asks for now. */
    void retransformLoaded(Instrumentation inst) {
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (c.getName().equals(PROBES)) {
                try {
                    inst.retransformClasses(c);
                } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
                    System.err.println(Agent.PREFIX + "could not instrument " + PROBES + ": " + e);
                }
            }
        }
    }

    /** True if this run can hand out the rewrite made at build time. */
    boolean hasPrecomputed() {
        return original != null && rewritten != null && rare != null;
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
            boolean counting = hot;
            if (usePrecomputed && hasPrecomputed() && Arrays.equals(classfileBuffer, original)) {
                return (counting ? rewritten : rare).clone();
            }
            return ProbeRewriter.rewrite(classfileBuffer, loader, counting);
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
