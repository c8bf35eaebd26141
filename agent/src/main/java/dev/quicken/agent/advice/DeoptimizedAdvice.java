package dev.quicken.agent.advice;

import dev.quicken.agent.bootstrap.Counters;
import dev.quicken.probe.ProbeCode;
import net.bytebuddy.asm.Advice;

/** Inlined into {@code Probes.deoptimized}. */
public final class DeoptimizedAdvice {

    private DeoptimizedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) ProbeCode code, @Advice.Argument(1) int offset,
            @Advice.Argument(2) int opcode) {
        Counters.deoptimized(code.probeState(), code, offset, opcode);
    }
}
