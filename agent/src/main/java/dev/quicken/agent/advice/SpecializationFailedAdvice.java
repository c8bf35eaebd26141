package dev.quicken.agent.advice;

import dev.quicken.agent.bootstrap.Counters;
import dev.quicken.probe.ProbeCode;
import net.bytebuddy.asm.Advice;

/** Inlined into {@code Probes.specializationFailed}. */
public final class SpecializationFailedAdvice {

    private SpecializationFailedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Argument(0) ProbeCode code, @Advice.Argument(1) int offset,
            @Advice.Argument(2) int baseOpcode, @Advice.Argument(3) int failureKind,
            @Advice.Argument(4) Object operand1, @Advice.Argument(5) Object operand2) {
        Counters.specializationFailed(code.probeState(), code, offset, baseOpcode, failureKind, operand1, operand2);
    }
}
