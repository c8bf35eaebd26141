package dev.quicken.agent;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.JavaModule;

/**
 * Rewrites {@code dev.quicken.probe.Probes} in every class loader that defines it: the empty probe
 * bodies get the inlined advice of {@code dev.quicken.agent.advice}. Classes already loaded (a later
 * attach) are retransformed; nothing changes their shape ({@code disableClassFormatChanges}).
 */
final class ProbeInstaller {

    static final String PROBES = "dev.quicken.probe.Probes";
    private static final String ADVICE = "dev.quicken.agent.advice.";

    private ProbeInstaller() {
    }

    /**
     * {@code countersLoader}: where the counters live; a {@code Probes} whose loader cannot see
     * them is left alone, with one line on stderr. Null (bootstrap) means every loader sees them.
     */
    static void install(Instrumentation inst, ClassLoader countersLoader) {
        // Advice classes are described from the agent jar, never loaded: they name ProbeCode,
        // which the agent's loader may not see when the interpreter lives in its own loader.
        ClassFileLocator locator = ClassFileLocator.ForClassLoader.of(ProbeInstaller.class.getClassLoader());
        TypePool pool = TypePool.Default.of(locator);
        AsmVisitorWrapper quickened = advice(pool, locator, "QuickenedAdvice", "quickened", 1);
        AsmVisitorWrapper specialized = advice(pool, locator, "SpecializedAdvice", "specialized", 6);
        AsmVisitorWrapper failed = advice(pool, locator, "SpecializationFailedAdvice", "specializationFailed", 6);
        AsmVisitorWrapper hit = advice(pool, locator, "HitAdvice", "hit", 3);
        AsmVisitorWrapper miss = advice(pool, locator, "MissAdvice", "miss", 3);
        AsmVisitorWrapper deferred = advice(pool, locator, "DeferredAdvice", "deferred", 3);
        AsmVisitorWrapper deoptimized = advice(pool, locator, "DeoptimizedAdvice", "deoptimized", 3);
        AsmVisitorWrapper stats = advice(pool, locator, "SpecializationStatsAdvice", "specializationStats", 1);

        new AgentBuilder.Default()
            .disableClassFormatChanges()
            .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
            .with(AgentBuilder.TypeStrategy.Default.DECORATE)
            .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
            .with(new Errors())
            .type(new ProbesMatcher(countersLoader))
            .transform((builder, type, loader, module, domain) -> builder
                .visit(quickened).visit(specialized).visit(failed).visit(hit).visit(miss)
                .visit(deferred).visit(deoptimized).visit(stats))
            .installOn(inst);
    }

    private static AsmVisitorWrapper advice(TypePool pool, ClassFileLocator locator, String adviceClass,
            String method, int arguments) {
        TypeDescription type = pool.describe(ADVICE + adviceClass).resolve();
        return Advice.to(type, locator).on(named(method).and(takesArguments(arguments)));
    }

    /** Matches {@code Probes} in every loader that sees the counters. */
    private static final class ProbesMatcher implements AgentBuilder.RawMatcher {
        private final ClassLoader countersLoader;

        ProbesMatcher(ClassLoader countersLoader) {
            this.countersLoader = countersLoader;
        }

        @Override
        public boolean matches(TypeDescription type, ClassLoader loader, JavaModule module,
                Class<?> classBeingRedefined, ProtectionDomain domain) {
            if (!type.getName().equals(PROBES)) {
                return false;
            }
            if (countersLoader == null || Agent.delegatesTo(loader, countersLoader)) {
                return true;
            }
            System.err.println(Agent.PREFIX + "not observing the interpreter in class loader " + loader
                + ": it cannot see the agent's counters (attach at start with -javaagent to observe it)");
            return false;
        }
    }

    /** Reports a failed transformation in one line instead of staying silent. */
    private static final class Errors extends AgentBuilder.Listener.Adapter {
        @Override
        public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded,
                Throwable throwable) {
            System.err.println(Agent.PREFIX + "could not instrument " + typeName + ": " + throwable);
        }
    }
}
