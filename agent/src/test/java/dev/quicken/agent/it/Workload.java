package dev.quicken.agent.it;

/**
 * A deterministic mix of probe calls, so a test can count what the agent must have seen.
 * Thread {@code t} of {@code threads} runs as interpreter {@code 1 + t % 2}, on two code objects
 * ({@code f} and {@code g}) shared by all threads of that interpreter.
 */
public final class Workload {

    // CPython 3.11.7 opcode numbers
    public static final int BINARY_OP = 122;
    public static final int BINARY_OP_ADAPTIVE = 3;
    public static final int BINARY_OP_ADD_INT = 5;
    public static final int LOAD_ATTR = 106;
    public static final int LOAD_ATTR_INSTANCE_VALUE = 40;
    public static final int COMPARE_OP = 107;
    public static final int COMPARE_OP_INT_JUMP = 28;

    /** Where a workload's calls go: the real probes, or a counting model. */
    public interface Sink {
        void quickened(Object code);

        void specialized(Object code, int offset, int base, int op, Object a, Object b);

        void failed(Object code, int offset, int base, int kind, Object a, Object b);

        void hit(Object code, int offset, int opcode);

        void miss(Object code, int offset, int opcode);

        void deferred(Object code, int offset, int opcode);

        void deoptimized(Object code, int offset, int opcode);
    }

    private Workload() {
    }

    public static int interpreterOf(int thread) {
        return 1 + thread % 2;
    }

    /**
     * One thread's calls. As in the interpreter, a site is specialized before it hits (the probes'
     * contract: the agent counts a hit only at a site it has seen specialized, or on its slow path).
     */
    public static void run(Sink sink, Object f, Object g, int iterations) {
        sink.quickened(f);
        sink.quickened(g);
        sink.specialized(f, 10, LOAD_ATTR, LOAD_ATTR_INSTANCE_VALUE, 1, null);
        sink.specialized(g, 2, COMPARE_OP, COMPARE_OP_INT_JUMP, 1, 2);
        for (int i = 0; i < iterations; i++) {
            if (i % 1000 == 0) {
                sink.specialized(f, 4, BINARY_OP, BINARY_OP_ADD_INT, 1, 2.0);
                sink.failed(f, 4, BINARY_OP, 8, 1, "x");
                sink.failed(g, 2, COMPARE_OP, 14, 1, 2);
            }
            sink.hit(f, 4, BINARY_OP_ADD_INT);
            if (i % 7 == 0) {
                sink.miss(f, 4, BINARY_OP_ADD_INT);
            }
            if (i % 5 == 0) {
                sink.deferred(f, 4, BINARY_OP_ADAPTIVE);
            }
            if (i % 2 == 0) {
                sink.hit(f, 10, LOAD_ATTR_INSTANCE_VALUE);
            }
            if (i % 3 == 0) {
                sink.hit(g, 2, COMPARE_OP_INT_JUMP);
            }
            if (i % 2000 == 0) {
                sink.deoptimized(f, 4, BINARY_OP_ADD_INT);
            }
        }
    }
}
