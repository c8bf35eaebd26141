package dev.quicken.agent.advice;

import dev.quicken.agent.bootstrap.Counters;
import dev.quicken.probe.ProbeCode;
import net.bytebuddy.asm.Advice;

/** Inlined into {@code Probes.miss}: one atomic add on the site's counter. */
public final class MissAdvice {

    private MissAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) Object code, @Advice.Argument(1) int offset,
            @Advice.Argument(2) int opcode) {
        Counters.miss(((ProbeCode) code).probeState(), code, offset, opcode);
    }
}
