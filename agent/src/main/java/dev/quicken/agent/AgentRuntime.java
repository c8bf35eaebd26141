package dev.quicken.agent;

import dev.quicken.agent.bootstrap.Counters;
import java.lang.instrument.Instrumentation;

/** Installs the advice and, if asked, starts a recording; runs once the bootstrap path is ready. */
final class AgentRuntime {

    private AgentRuntime() {
    }

    /** {@code countersLoader}: where the counters live (null: bootstrap, visible to every loader). */
    static void start(AgentOptions options, Instrumentation inst, ClassLoader countersLoader) throws Exception {
        if (Counters.markInstalled()) {
            HotCounting.install(inst, countersLoader, options);
            RecorderHooks.install();
        } else {
            HotCounting.again(options);
        }
        if (options.record != null) {
            AgentRecording.start(options);
        }
    }
}
