package dev.quicken.agent.advice;

import dev.quicken.agent.bootstrap.Counters;
import dev.quicken.probe.ProbeCode;
import net.bytebuddy.asm.Advice;

/** Inlined into {@code Probes.specialized}. */
public final class SpecializedAdvice {

    private SpecializedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) ProbeCode code, @Advice.Argument(1) int offset,
            @Advice.Argument(2) int baseOpcode, @Advice.Argument(3) int newOpcode,
            @Advice.Argument(4) Object operand1, @Advice.Argument(5) Object operand2) {
        Counters.specialized(code.probeState(), code, offset, baseOpcode, newOpcode, operand1, operand2);
    }
}
