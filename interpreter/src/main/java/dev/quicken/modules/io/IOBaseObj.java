package dev.quicken.modules.io;

import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyType;

/**
 * An instance of {@code _io._IOBase} or of any of its subclasses (Java-defined or Python-defined): a Python
 * instance with an instance dict plus the {@code __IOBase_closed} flag CPython keeps for the base class.
 */
public class IOBaseObj extends PyInstance {

    /** CPython 3.11: Modules/_io/iobase.c: the {@code __IOBase_closed} attribute. */
    boolean iobaseClosed;

    public IOBaseObj(PyType cls) {
        super(cls);
    }
}
