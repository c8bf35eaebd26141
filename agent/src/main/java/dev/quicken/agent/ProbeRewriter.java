package dev.quicken.agent;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.pool.TypePool;

/**
 * Byte Buddy's rewrite of {@code dev.quicken.probe.Probes}: the empty probe bodies get the inlined
 * advice of {@code dev.quicken.agent.advice} (the hot probes' only while hot counting is on, see
 * {@link HotCounting}); nothing changes the class's shape (no member added, so the same rewrite
 * serves a retransformation).
 *
 * <p>The build runs {@link #main} on the interpreter's {@code Probes.class} and stores the original
 * and both rewrites in the agent jar ({@link ProbeTransformer#PRECOMPUTED}): at start-up the
 * agent then hands out those bytes without loading Byte Buddy at all. Any other {@code Probes}
 * (another build of the interpreter, a retransformation) is rewritten here at run time.
 */
public final class ProbeRewriter {

    private static final String ADVICE = "dev.quicken.agent.advice.";

    private ProbeRewriter() {
    }

    /**
     * {@code probes}: the class file of {@code Probes}; {@code loader}: its loader (null: bootstrap);
     * {@code hot}: whether the hot probes (hit, miss, deferred) count too, or stay empty and cost
     * nothing (the rare probes and {@code specializationStats} are rewritten either way).
     */
    static byte[] rewrite(byte[] probes, ClassLoader loader, boolean hot) {
        // Byte Buddy's "safe" mode keeps it off sun.misc.Unsafe (JDK 24+ warns otherwise).
        // Shading rewrites this key to the relocated package's.
        if (System.getProperty("net.bytebuddy.safe") == null) {
            System.setProperty("net.bytebuddy.safe", "true");
        }
        // Advice classes are described from the agent jar, never loaded: they name ProbeCode,
        // which the agent's loader may not see when the interpreter lives in its own loader.
        ClassFileLocator advice = ClassFileLocator.ForClassLoader.of(ProbeRewriter.class.getClassLoader());
        ClassFileLocator locator = new ClassFileLocator.Compound(
            ClassFileLocator.Simple.of(ProbeTransformer.PROBES, probes),
            ClassFileLocator.ForClassLoader.of(loader),
            advice);
        TypePool pool = TypePool.Default.of(locator);
        DynamicType.Builder<?> builder = new ByteBuddy()
            .with(TypeValidation.DISABLED)
            .with(Implementation.Context.Disabled.Factory.INSTANCE)
            .decorate(pool.describe(ProbeTransformer.PROBES).resolve(), locator);
        builder = builder
            .visit(advice(pool, advice, "QuickenedAdvice", "quickened", 1))
            .visit(advice(pool, advice, "SpecializedAdvice", "specialized", 6))
            .visit(advice(pool, advice, "SpecializationFailedAdvice", "specializationFailed", 6))
            .visit(advice(pool, advice, "DeoptimizedAdvice", "deoptimized", 3))
            .visit(advice(pool, advice, "SpecializationStatsAdvice", "specializationStats", 1));
        if (hot) {
            builder = builder
                .visit(advice(pool, advice, "HitAdvice", "hit", 3))
                .visit(advice(pool, advice, "MissAdvice", "miss", 3))
                .visit(advice(pool, advice, "DeferredAdvice", "deferred", 3));
        }
        return builder.make().getBytes();
    }

    private static AsmVisitorWrapper advice(TypePool pool, ClassFileLocator locator, String adviceClass,
            String method, int arguments) {
        TypeDescription type = pool.describe(ADVICE + adviceClass).resolve();
        return Advice.to(type, locator).on(named(method).and(takesArguments(arguments)));
    }

    /**
     * Build step: {@code ProbeRewriter OUTPUT_DIR} writes the precomputed rewrite of the
     * {@code Probes} on the class path under OUTPUT_DIR ({@code target/classes}), and marks the
     * counters' hot paths there for inlining ({@link InlineMarks}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ProbeRewriter OUTPUT_DIR");
        }
        byte[] original;
        String resource = ProbeTransformer.PROBES.replace('.', '/') + ".class";
        try (InputStream in = ProbeRewriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            original = in.readAllBytes();
        }
        Path dir = Paths.get(args[0]).resolve(ProbeTransformer.PRECOMPUTED);
        Files.createDirectories(dir);
        Files.write(dir.resolve(ProbeTransformer.ORIGINAL), original);
        Files.write(dir.resolve(ProbeTransformer.REWRITTEN), rewrite(original, ProbeRewriter.class.getClassLoader(), true));
        Files.write(dir.resolve(ProbeTransformer.RARE), rewrite(original, ProbeRewriter.class.getClassLoader(), false));
        InlineMarks.mark(Paths.get(args[0]));
    }
}
