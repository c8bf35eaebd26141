package dev.quicken.agent.advice;

import dev.quicken.agent.bootstrap.Counters;
import dev.quicken.probe.ProbeCode;
import net.bytebuddy.asm.Advice;

/** Inlined into {@code Probes.quickened}. */
public final class QuickenedAdvice {

    private QuickenedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) ProbeCode code) {
        Counters.quickened(code.probeState(), code);
    }
}
