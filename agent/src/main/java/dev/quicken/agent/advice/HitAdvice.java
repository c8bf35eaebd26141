package dev.quicken.agent.advice;

import dev.quicken.agent.bootstrap.Counters;
import dev.quicken.probe.ProbeCode;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code Probes.hit}: hands the code's {@code probeHits()} (the counters the agent
 * gave it) and {@code probeState()} (for the slow path) to {@code Counters.hit}, whose fast path is
 * force-inlined (see {@code Inline}). Kept as small as bytecode goes (no cast, no exception
 * handler: the counters catch their own), because C2 charges every bytecode of it to the eval
 * loop's inlining budget at each of the probe's call sites.
 */
public final class HitAdvice {

    private HitAdvice() {
    }

    @Advice.OnMethodEnter
    static void enter(@Advice.Argument(0) ProbeCode code, @Advice.Argument(1) int offset,
            @Advice.Argument(2) int opcode) {
        Counters.hit(code.probeHits(), code.probeState(), code, offset, opcode);
    }
}
