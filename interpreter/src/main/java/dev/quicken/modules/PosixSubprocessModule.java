package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyModule;

/**
 * {@code _posixsubprocess} (CPython 3.11: Modules/_posixsubprocess.c) so that {@code subprocess} (and
 * {@code asyncio}, which imports it) can be imported. quicken cannot fork: {@code fork_exec} fails with
 * ENOSYS, as a platform without process support would.
 */
final class PosixSubprocessModule {

    private static final int ENOSYS = 38;

    private PosixSubprocessModule() {
    }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_posixsubprocess");
        m.dict.setStr("fork_exec", new PyBuiltinFunction("fork_exec", new dev.quicken.runtime.JFunc() {
            @Override
            public dev.quicken.runtime.PyObject call(dev.quicken.runtime.PyObject[] a, String[] kw) {
                throw PosixModule.osError(ENOSYS, null, null);
            }
        }, null, "_posixsubprocess"));
        return m;
    }
}
