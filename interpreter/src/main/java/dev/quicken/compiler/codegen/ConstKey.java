package dev.quicken.compiler.codegen;

import dev.quicken.code.CodeObject;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyEllipsis;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Set;

/**
 * Constant keys: two constants share a slot in co_consts exactly when their keys are equal.
 * CPython 3.11: Objects/codeobject.c _PyCode_ConstantKey (1, 1.0 and True are distinct; so are
 * 0.0 and -0.0).
 */
public final class ConstKey {
    private ConstKey() {
    }

    public static Object of(PyObject o) {
        if (o == PyNone.NONE || o == PyEllipsis.ELLIPSIS) {
            return o;
        }
        if (o instanceof PyBool b) {
            return List.of("bool", b.value);
        }
        if (o instanceof PyInt i) {
            return List.of("int", i.toBigInteger());
        }
        if (o instanceof PyStr s) {
            return List.of("str", s.value);
        }
        if (o instanceof PyBytes b) {
            return List.of("bytes", Arrays.toString(b.value));
        }
        if (o instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                return new Identity(o); // NaN != NaN: each NaN constant keeps its own slot
            }
            return List.of("float", Double.doubleToLongBits(f.value));
        }
        if (o instanceof PyComplex c) {
            if (Double.isNaN(c.real) || Double.isNaN(c.imag)) {
                return new Identity(o);
            }
            return List.of("complex", Double.doubleToLongBits(c.real), Double.doubleToLongBits(c.imag));
        }
        if (o instanceof PyTuple t) {
            List<Object> items = new ArrayList<>();
            items.add("tuple");
            for (PyObject x : t.items) {
                items.add(of(x));
            }
            return items;
        }
        if (o instanceof PyFrozenSet fs) {
            Set<Object> s = new HashSet<>();
            for (PyObject x : fs.items()) {
                s.add(of(x));
            }
            return List.of("frozenset", s);
        }
        if (o instanceof CodeObject c) {
            synchronized (CODE_KEYS) {
                Object k = CODE_KEYS.get(c);
                if (k == null) {
                    k = codeKey(c);
                    CODE_KEYS.put(c, k);
                }
                return k;
            }
        }
        return new Identity(o);
    }

    /**
     * Keys of code objects, computed once per (immutable) code object: nested functions would
     * otherwise rebuild and rehash their whole subtree at every level (quadratic in the depth).
     * CodeObject has identity equality, so this is an identity map that lets keys go with their code.
     */
    private static final Map<CodeObject, Object> CODE_KEYS = new WeakHashMap<>();

    private static Object codeKey(CodeObject c) {
        {
            // CPython 3.11: Objects/codeobject.c code_richcompare (equal code objects merge)
            List<Object> k = new ArrayList<>();
            k.add("code");
            k.add(c.name.value);
            k.add(c.argcount);
            k.add(c.posonlyargcount);
            k.add(c.kwonlyargcount);
            k.add(c.flags);
            k.add(c.firstlineno);
            k.add(Arrays.toString(c.code));
            k.add(of(c.consts));
            k.add(of(c.names));
            k.add(of(c.localsplusnames));
            k.add(Arrays.toString(c.linetable));
            k.add(Arrays.toString(c.exceptiontable));
            return new Hashed(k);
        }
    }

    /** A key whose hash is computed once. */
    private static final class Hashed {
        private final List<Object> parts;
        private final int hash;

        Hashed(List<Object> parts) {
            this.parts = parts;
            this.hash = parts.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other == this || other instanceof Hashed h && h.hash == hash && h.parts.equals(parts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A key equal only to itself's object. */
    private record Identity(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }
}
