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
        GroundTruth t;
        if (GroundTruth.ALLOWED && (t = ec.interp.groundTruth) != null) {
            t.count(ec, instr, base, GroundTruth.SUCCESS, -1);
        }
    }

    static void failed(ExecCode ec, int instr, int base, int kind, Object o1, Object o2) {
        Probes.specializationFailed(ec, instr * 2, base, kind, o1, o2);
        GroundTruth t;
        if (GroundTruth.ALLOWED && (t = ec.interp.groundTruth) != null) {
            t.count(ec, instr, base, GroundTruth.FAILURE, kind);
        }
    }

    static void hit(ExecCode ec, int instr, int opcode) {
        Probes.hit(ec, instr * 2, opcode);
        GroundTruth t;
        if (GroundTruth.ALLOWED && (t = ec.interp.groundTruth) != null) {
            t.count(ec, instr, Opcode.deopt(opcode), GroundTruth.HIT, -1);
        }
    }

    static void miss(ExecCode ec, int instr, int opcode) {
        Probes.miss(ec, instr * 2, opcode);
        GroundTruth t;
        if (GroundTruth.ALLOWED && (t = ec.interp.groundTruth) != null) {
            t.count(ec, instr, Opcode.deopt(opcode), GroundTruth.MISS, -1);
        }
    }

    static void deferred(ExecCode ec, int instr, int opcode) {
        Probes.deferred(ec, instr * 2, opcode);
        GroundTruth t;
        if (GroundTruth.ALLOWED && (t = ec.interp.groundTruth) != null) {
            t.count(ec, instr, Opcode.deopt(opcode), GroundTruth.DEFERRED, -1);
        }
    }

    static void deoptimized(ExecCode ec, int instr, int opcode) {
        Probes.deoptimized(ec, instr * 2, opcode);
        GroundTruth t;
        if (GroundTruth.ALLOWED && (t = ec.interp.groundTruth) != null) {
            t.count(ec, instr, Opcode.deopt(opcode), GroundTruth.DEOPT, -1);
        }
    }
}
