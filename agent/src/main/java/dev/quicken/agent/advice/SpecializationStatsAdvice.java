package dev.quicken.agent.advice;

import dev.quicken.agent.bootstrap.Counters;
import net.bytebuddy.asm.Advice;

/** Replaces the result of {@code Probes.specializationStats} with what the agent counted. */
public final class SpecializationStatsAdvice {

    private SpecializationStatsAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.Argument(0) int interpreterId,
            @Advice.Return(readOnly = false) long[] stats) {
        stats = Counters.specializationStats(interpreterId);
    }
}
