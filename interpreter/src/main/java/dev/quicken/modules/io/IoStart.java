package dev.quicken.modules.io;

import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyObject;

/**
 * What every run needs of {@code _io} without making its types: the builtin {@code open}, put in the builtins
 * at start-up, and the writers to flush at exit. {@link IoModule}'s and {@link Buffered}'s class initializers
 * make the {@code _io} types (~5 ms of CPU at start-up on JDK 17), so they run when a program first opens a
 * file or imports {@code io}, not in every run.
 */
public final class IoStart {

    private IoStart() {
    }

    /** The builtin {@code open} (also {@code io.open}). */
    public static final PyObject OPEN = new PyBuiltinFunction("open", new JFunc() {
        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            return Open.call(a, kw);
        }
    }, null, "_io");

    /**
     * Writers holding unwritten bytes. CPython flushes a file when its last reference goes; quicken has no
     * reference counts, so it flushes these before a file is opened and when the program ends.
     */
    static final java.util.Map<Buffered, Boolean> PENDING = new java.util.WeakHashMap<>();

    /** Writes out the buffers of every writer still holding bytes (errors are ignored, as in a finalizer). */
    public static void flushPending() {
        Buffered[] all;
        synchronized (PENDING) {
            if (PENDING.isEmpty()) {
                return;
            }
            all = PENDING.keySet().toArray(new Buffered[0]);
            PENDING.clear();
        }
        for (Buffered b : all) {
            b.flushAbandoned();
        }
    }
}
