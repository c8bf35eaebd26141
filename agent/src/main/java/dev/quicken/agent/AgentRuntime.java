package dev.quicken.agent;

import dev.quicken.agent.bootstrap.Counters;
import java.lang.instrument.Instrumentation;

/** Installs the advice and, if asked, starts a recording; runs once the bootstrap path is ready. */
final class AgentRuntime {

    private AgentRuntime() {
    }

    /** {@code countersLoader}: where the counters live (null: bootstrap, visible to every loader). */
    static void start(AgentOptions options, Instrumentation inst, ClassLoader countersLoader) throws Exception {
        // Byte Buddy's "safe" mode keeps it off sun.misc.Unsafe (JDK 24+ warns otherwise).
        // Shading rewrites this key to the relocated package's.
        if (System.getProperty("net.bytebuddy.safe") == null) {
            System.setProperty("net.bytebuddy.safe", "true");
        }
        if (Counters.markInstalled()) {
            ProbeInstaller.install(inst, countersLoader);
            RecorderHooks.install();
        }
        if (options.record != null) {
            AgentRecording.start(options);
        }
    }
}
