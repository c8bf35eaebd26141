package dev.quicken.eval;

import dev.quicken.opcode.Opcode;
import dev.quicken.probe.Probes;

/**
 * Every specialization event goes through here: the probe call (an empty method unless the agent
 * rewrote it) and, in the test-only ground-truth mode ({@link Interpreter#groundTruth} set), the
 * interpreter's own count of the same event ({@link GroundTruth#ALLOWED}: a constant false unless the
 * JVM was started for it). Offsets passed to probes are byte offsets
 * (2 × unit index).
 */
final class SpecEvents {

    private SpecEvents() {
    }

    static void quickened(ExecCode ec) {
        Probes.quickened(ec);
        GroundTruth t;
        if (GroundTruth.ALLOWED && (t = ec.interp.groundTruth) != null) {
            t.quickened++;
        }
    }

    static void specialized(ExecCode ec, int instr, int base, int newOpcode, Object o1, Object o2) {
        Probes.specialized(ec, instr * 2, base, newOpcode, o1, o2);
        if (GroundTruth.ALLOWED) {
            count(ec, instr, base, GroundTruth.SUCCESS, -1);
        }
    }

    static void failed(ExecCode ec, int instr, int base, int kind, Object o1, Object o2) {
        Probes.specializationFailed(ec, instr * 2, base, kind, o1, o2);
        if (GroundTruth.ALLOWED) {
            count(ec, instr, base, GroundTruth.FAILURE, kind);
        }
    }

    // hit, miss and deferred run on every execution of a quickened instruction: the probe call and
    // one test of a constant, the ground-truth count out of line, so each stays well under C2's
    // MaxInlineSize=35 bytes and inlines at lukewarm call sites too (SpecializerSizeTest)

    static void hit(ExecCode ec, int instr, int opcode) {
        Probes.hit(ec, instr * 2, opcode);
        if (GroundTruth.ALLOWED) {
            countSpecialized(ec, instr, opcode, GroundTruth.HIT);
        }
    }

    static void miss(ExecCode ec, int instr, int opcode) {
        Probes.miss(ec, instr * 2, opcode);
        if (GroundTruth.ALLOWED) {
            countSpecialized(ec, instr, opcode, GroundTruth.MISS);
        }
    }

    static void deferred(ExecCode ec, int instr, int opcode) {
        Probes.deferred(ec, instr * 2, opcode);
        if (GroundTruth.ALLOWED) {
            countSpecialized(ec, instr, opcode, GroundTruth.DEFERRED);
        }
    }

    static void deoptimized(ExecCode ec, int instr, int opcode) {
        Probes.deoptimized(ec, instr * 2, opcode);
        if (GroundTruth.ALLOWED) {
            countSpecialized(ec, instr, opcode, GroundTruth.DEOPT);
        }
    }

    /** Ground truth of an event at a quickened {@code opcode} (counted under its family's base opcode). */
    private static void countSpecialized(ExecCode ec, int instr, int opcode, int field) {
        count(ec, instr, Opcode.deopt(opcode), field, -1);
    }

    /** The interpreter's own count of an event, when a test asked for it ({@link Interpreter#groundTruth}). */
    private static void count(ExecCode ec, int instr, int base, int field, int kind) {
        GroundTruth t = ec.interp.groundTruth;
        if (t != null) {
            t.count(ec, instr, base, field, kind);
        }
    }
}
