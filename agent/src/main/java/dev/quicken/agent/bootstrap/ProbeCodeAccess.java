package dev.quicken.agent.bootstrap;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Calls {@code dev.quicken.probe.ProbeCode} methods on a code object by reflection.
 *
 * <p>This class lives on the bootstrap path and cannot name {@code ProbeCode}, which the
 * interpreter's own class loader defines. Only rare paths come here: creating a code object's
 * counters, a site's line number, the names an event carries.
 */
final class ProbeCodeAccess {

    static final String PROBE_CODE = "dev.quicken.probe.ProbeCode";

    private static final ClassValue<Methods> METHODS = new ClassValue<>() {
        @Override
        protected Methods computeValue(Class<?> type) {
            return new Methods(probeCodeInterface(type));
        }
    };

    private ProbeCodeAccess() {
    }

    static String codeName(Object code) {
        return (String) call(code, m -> m.codeName);
    }

    static String qualName(Object code) {
        return (String) call(code, m -> m.qualName);
    }

    static String fileName(Object code) {
        return (String) call(code, m -> m.fileName);
    }

    static int firstLineNumber(Object code) {
        Object line = call(code, m -> m.firstLineNumber);
        return line instanceof Integer ? (Integer) line : -1;
    }

    static int interpreterId(Object code) {
        Object id = call(code, m -> m.interpreterId);
        return id instanceof Integer ? (Integer) id : 0;
    }

    static int lineNumber(Object code, int offset) {
        Object line = call(code, m -> m.lineNumber, offset);
        return line instanceof Integer ? (Integer) line : -1;
    }

    static String typeName(Object code, Object value) {
        Object name = call(code, m -> m.typeName, value);
        return name instanceof String ? (String) name : (value == null ? "NULL" : value.getClass().getSimpleName());
    }

    /** {@code {line, endLine, column, endColumn}}, -1 where unknown. */
    static int[] positions(Object code, int offset) {
        Object p = call(code, m -> m.positions, offset);
        if (p instanceof int[] && ((int[]) p).length == 4) {
            return (int[]) p;
        }
        return new int[] {-1, -1, -1, -1};
    }

    /** {@code probeConfined()}; false for an interpreter without it. */
    static boolean confined(Object code) {
        return Boolean.TRUE.equals(call(code, m -> m.probeConfined));
    }

    static Object probeState(Object code) {
        return call(code, m -> m.probeState);
    }

    static void probeState(Object code, Object state) {
        call(code, m -> m.setProbeState, state);
    }

    /** {@code probeHits(hits)}; nothing for an interpreter without it. */
    static void probeHits(Object code, long[] hits) {
        call(code, m -> m.setProbeHits, (Object) hits);
    }

    private interface Pick {
        Method of(Methods methods);
    }

    private static Object call(Object code, Pick pick, Object... args) {
        Method m = pick.of(METHODS.get(code.getClass()));
        if (m == null) {
            return null;
        }
        try {
            return m.invoke(code, args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Class<?> probeCodeInterface(Class<?> type) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (c.isInterface() && c.getName().equals(PROBE_CODE)) {
                return c;
            }
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
            for (Class<?> i : c.getInterfaces()) {
                todo.add(i);
            }
        }
        return null;
    }

    /** The {@code ProbeCode} methods of one implementing class; all null if it implements none. */
    private static final class Methods {
        final Method codeName;
        final Method qualName;
        final Method fileName;
        final Method firstLineNumber;
        final Method lineNumber;
        final Method interpreterId;
        final Method typeName;
        final Method positions;
        final Method probeConfined;
        final Method probeState;
        final Method setProbeState;
        final Method setProbeHits;

        Methods(Class<?> probeCode) {
            codeName = find(probeCode, "codeName");
            qualName = find(probeCode, "qualName");
            fileName = find(probeCode, "fileName");
            firstLineNumber = find(probeCode, "firstLineNumber");
            lineNumber = find(probeCode, "lineNumber", int.class);
            interpreterId = find(probeCode, "interpreterId");
            typeName = find(probeCode, "typeName", Object.class);
            positions = find(probeCode, "positions", int.class);
            probeConfined = find(probeCode, "probeConfined");
            probeState = find(probeCode, "probeState");
            setProbeState = find(probeCode, "probeState", Object.class);
            setProbeHits = find(probeCode, "probeHits", long[].class);
        }

        private static Method find(Class<?> probeCode, String name, Class<?>... parameters) {
            if (probeCode == null) {
                return null;
            }
            try {
                return probeCode.getMethod(name, parameters);
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    }
}
