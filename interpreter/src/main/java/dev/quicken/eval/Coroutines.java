package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyIter;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/**
 * Coroutines and async generators beyond the generator core (CPython 3.11: Objects/genobject.c,
 * Objects/iterobject.c anext_awaitable, and the async instructions of Python/ceval.c): the
 * awaitable iterators ({@code coroutine_wrapper}, {@code async_generator_asend},
 * {@code async_generator_athrow}, {@code anext_awaitable}) and one helper per async instruction.
 */
final class Coroutines {

    private Coroutines() {
    }

    static final PyType CORO_WRAPPER = new PyType("coroutine_wrapper");
    static final PyType ASEND = new PyType("async_generator_asend");
    static final PyType ATHROW = new PyType("async_generator_athrow");
    static final PyType WRAPPED_VALUE = new PyType("async_generator_wrapped_value");
    static final PyType ANEXT_AWAITABLE = new PyType("anext_awaitable");

    private static final PyObject NONE = PyNone.NONE;

    /**
     * An awaitable iterator written in Java. {@link #send} raises StopIteration carrying the result
     * (SEND needs it; {@link #next()} would drop it).
     */
    abstract static class JavaAwaitable extends PyIter {
        abstract PyObject send(PyObject v);

        abstract PyObject throwIn(PyObject[] a);

        abstract PyObject close();

        @Override
        public PyObject next() {
            try {
                return send(NONE);
            } catch (PyException e) {
                if (e.matches(Exc.StopIteration)) {
                    return null;
                }
                throw e;
            }
        }
    }

    /** The value of an {@code async def} generator's yield, told apart from an await's (ASYNC_GEN_WRAP). */
    static final class WrappedValue extends PyObject {
        final PyObject value;

        WrappedValue(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return WRAPPED_VALUE;
        }
    }

    /** {@code coro.__await__()} (CPython 3.11: genobject.c PyCoroWrapper). */
    static final class CoroWrapper extends JavaAwaitable {
        final PyGenerator coro;

        CoroWrapper(PyGenerator coro) {
            this.coro = coro;
        }

        @Override
        public PyType type() {
            return CORO_WRAPPER;
        }

        @Override
        PyObject send(PyObject v) {
            return coro.send(v);
        }

        @Override
        PyObject throwIn(PyObject[] a) {
            return coro.throwIn(PyGenerator.makeThrown(a));
        }

        @Override
        PyObject close() {
            return coro.close();
        }
    }

    private static final int INIT = 0;
    private static final int ITER = 1;
    private static final int CLOSED = 2;

    // CPython 3.11: Objects/genobject.c async_gen_unwrap_value
    static PyObject unwrap(PyGenerator gen, PyObject result) {
        if (result instanceof WrappedValue) {
            gen.runningAsync = false;
            throw PyGenerator.stopIteration(((WrappedValue) result).value);
        }
        return result;
    }

    /** The error path of async_gen_unwrap_value: a finished or failed step. */
    static PyException unwrapError(PyGenerator gen, PyException e) {
        if (e.matches(Exc.StopAsyncIteration) || e.matches(Exc.GeneratorExit)) {
            gen.closed = true;
        }
        gen.runningAsync = false;
        return e;
    }

    /** {@code agen.__anext__()} / {@code agen.asend(v)} (CPython 3.11: PyAsyncGenASend). */
    static final class ASend extends JavaAwaitable {
        final PyGenerator gen;
        final PyObject sendval;
        int state = INIT;

        ASend(PyGenerator gen, PyObject sendval) {
            this.gen = gen;
            this.sendval = sendval;
        }

        @Override
        public PyType type() {
            return ASEND;
        }

        // CPython 3.11: Objects/genobject.c async_gen_asend_send
        @Override
        PyObject send(PyObject arg) {
            if (state == CLOSED) {
                throw Exc.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    throw Exc.runtimeError("anext(): asynchronous generator is already running");
                }
                if (arg == null || arg == NONE) {
                    arg = sendval;
                }
                state = ITER;
            }
            gen.runningAsync = true;
            PyObject v = arg == null ? NONE : arg;
            return step(() -> gen.send(v));
        }

        private PyObject step(java.util.function.Supplier<PyObject> action) {
            try {
                return unwrap(gen, action.get());
            } catch (PyException e) {
                state = CLOSED;
                throw e.matches(Exc.StopIteration) ? e : unwrapError(gen, e);
            }
        }

        // CPython 3.11: Objects/genobject.c async_gen_asend_throw
        @Override
        PyObject throwIn(PyObject[] a) {
            if (state == CLOSED) {
                throw Exc.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            return step(() -> gen.throwIn(PyGenerator.makeThrown(a)));
        }

        @Override
        PyObject close() {
            state = CLOSED;
            return NONE;
        }
    }

    /** {@code agen.athrow(...)} and {@code agen.aclose()} (args null) (CPython 3.11: PyAsyncGenAThrow). */
    static final class AThrow extends JavaAwaitable {
        final PyGenerator gen;
        final PyObject[] args;
        int state = INIT;

        AThrow(PyGenerator gen, PyObject[] args) {
            this.gen = gen;
            this.args = args;
        }

        @Override
        public PyType type() {
            return ATHROW;
        }

        // CPython 3.11: Objects/genobject.c async_gen_athrow_send
        @Override
        PyObject send(PyObject arg) {
            if (state == CLOSED) {
                throw Exc.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.finished) {
                state = CLOSED;
                throw PyGenerator.stopIteration(NONE);
            }
            boolean first = state == INIT;
            if (first) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Exc.runtimeError((args == null ? "aclose()" : "athrow()")
                            + ": asynchronous generator is already running");
                }
                if (gen.closed) {
                    state = CLOSED;
                    throw new PyException(Exc.make(Exc.StopAsyncIteration));
                }
                if (arg != NONE) {
                    throw Exc.runtimeError("can't send non-None value to a just-started coroutine");
                }
                state = ITER;
                gen.runningAsync = true;
                if (args == null) {
                    gen.closed = true;
                }
            }
            PyObject r;
            try {
                if (!first) {
                    r = gen.send(arg);
                } else if (args == null) {
                    r = gen.throwIn(Exc.make(Exc.GeneratorExit), false);
                } else {
                    Args.count("athrow", args, null, 1, 1, 3);
                    r = gen.throwIn(PyGenerator.makeThrown(args), false);
                }
                if (args != null) {
                    return unwrap(gen, r);
                }
            } catch (PyException e) {
                throw checkError(e);
            }
            if (r instanceof WrappedValue) {
                throw yieldClose();
            }
            return r;
        }

        private PyException yieldClose() {
            gen.runningAsync = false;
            state = CLOSED;
            return Exc.runtimeError("async generator ignored GeneratorExit");
        }

        private PyException checkError(PyException e) {
            gen.runningAsync = false;
            state = CLOSED;
            if (e.matches(Exc.StopAsyncIteration) || e.matches(Exc.GeneratorExit)) {
                if (args == null) {
                    return PyGenerator.stopIteration(NONE);
                }
                gen.closed = true;
            }
            return e;
        }

        // CPython 3.11: Objects/genobject.c async_gen_athrow_throw
        @Override
        PyObject throwIn(PyObject[] a) {
            if (state == CLOSED) {
                throw Exc.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            PyObject r;
            try {
                r = gen.throwIn(PyGenerator.makeThrown(a));
            } catch (PyException e) {
                if (args != null) {
                    throw e.matches(Exc.StopIteration) ? e : unwrapError(gen, e);
                }
                if (e.matches(Exc.StopAsyncIteration) || e.matches(Exc.GeneratorExit)) {
                    throw PyGenerator.stopIteration(NONE);
                }
                throw e;
            }
            if (args != null) {
                return unwrap(gen, r);
            }
            if (r instanceof WrappedValue) {
                throw yieldClose();
            }
            return r;
        }

        @Override
        PyObject close() {
            state = CLOSED;
            return NONE;
        }
    }

    /** {@code anext(aiter, default)} (CPython 3.11: Objects/iterobject.c anextawaitableobject). */
    static final class AnextAwaitable extends JavaAwaitable {
        final PyObject wrapped;
        final PyObject defaultValue;

        AnextAwaitable(PyObject wrapped, PyObject defaultValue) {
            this.wrapped = wrapped;
            this.defaultValue = defaultValue;
        }

        @Override
        public PyType type() {
            return ANEXT_AWAITABLE;
        }

        private PyObject getIter() {
            PyObject a = awaitableIter(wrapped);
            if (a instanceof PyGenerator && ((PyGenerator) a).isCoroutine()) {
                a = new CoroWrapper((PyGenerator) a);
            }
            return a;
        }

        private PyObject proxy(String meth, PyObject arg) {
            PyObject a = getIter();
            try {
                if (meth.equals("__next__")) {
                    return sendTo(a, NONE);
                }
                return Abstract.callMethod(a, meth, arg);
            } catch (PyException e) {
                if (e.matches(Exc.StopAsyncIteration)) {
                    throw PyGenerator.stopIteration(defaultValue);
                }
                throw e;
            }
        }

        @Override
        PyObject send(PyObject v) {
            return proxy(v == NONE ? "__next__" : "send", v);
        }

        @Override
        PyObject throwIn(PyObject[] a) {
            return proxy("throw", a[1]);
        }

        @Override
        PyObject close() {
            return proxy("close", NONE);
        }
    }

    /** One step of an awaitable iterator: the yielded value, or StopIteration carrying the result. */
    static PyObject sendTo(PyObject it, PyObject v) {
        if (it instanceof JavaAwaitable) {
            return ((JavaAwaitable) it).send(v);
        }
        if (it instanceof PyGenerator) {
            return ((PyGenerator) it).send(v);
        }
        if (v == NONE) {
            return Abstract.callMethod(it, "__next__");
        }
        return Abstract.callMethod(it, "send", v);
    }

    // ---------------------------------------------------------------- instructions

    /** CPython 3.11: Objects/genobject.c _PyCoro_GetAwaitableIter. */
    static PyObject awaitableIter(PyObject o) {
        if (o instanceof PyGenerator && ((PyGenerator) o).isAwaitable()) {
            return o;
        }
        PyObject getter = o.type().lookup("__await__");
        if (getter == null) {
            throw Exc.typeError("object " + Abstract.typeName(o) + " can't be used in 'await' expression");
        }
        PyObject res = Abstract.callMethodDescr(getter, o, new PyObject[0], null);
        if (res instanceof PyGenerator && ((PyGenerator) res).isAwaitable()) {
            throw Exc.typeError("__await__() returned a coroutine");
        }
        if (!isIterator(res)) {
            throw Exc.typeError("__await__() returned non-iterator of type '" + Abstract.typeName(res) + "'");
        }
        return res;
    }

    private static boolean isIterator(PyObject o) {
        if (o instanceof PyGenerator) {
            return ((PyGenerator) o).kind == PyGenerator.GEN;
        }
        return o instanceof JavaAwaitable || o.type().lookup("__next__") != null;
    }

    /** GET_AWAITABLE (CPython 3.11: ceval.c TARGET(GET_AWAITABLE) and format_awaitable_error). */
    static PyObject getAwaitable(PyObject iterable, int oparg) {
        PyObject iter;
        try {
            iter = awaitableIter(iterable);
        } catch (PyException e) {
            if (iterable.type().lookup("__await__") == null) {
                if (oparg == 1) {
                    throw Exc.typeError("'async with' received an object from __aenter__ that does not implement "
                            + "__await__: " + Abstract.typeName(iterable));
                }
                if (oparg == 2) {
                    throw Exc.typeError("'async with' received an object from __aexit__ that does not implement "
                            + "__await__: " + Abstract.typeName(iterable));
                }
            }
            throw e;
        }
        if (iter instanceof PyGenerator && ((PyGenerator) iter).isCoroutine()
                && ((PyGenerator) iter).yieldFrom() != null) {
            throw Exc.runtimeError("coroutine is being awaited already");
        }
        return iter;
    }

    /** GET_AITER. */
    static PyObject getAiter(PyObject obj) {
        PyObject getter = obj.type().lookup("__aiter__");
        if (getter == null) {
            throw Exc.typeError("'async for' requires an object with __aiter__ method, got " + Abstract.typeName(obj));
        }
        PyObject iter = Abstract.callMethodDescr(getter, obj, new PyObject[0], null);
        if (iter.type().lookup("__anext__") == null) {
            throw Exc.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + Abstract.typeName(iter));
        }
        return iter;
    }

    /** GET_ANEXT. */
    static PyObject getAnext(PyObject aiter) {
        if (aiter instanceof PyGenerator && ((PyGenerator) aiter).isAsyncGen()) {
            initHooks((PyGenerator) aiter);
            return new ASend((PyGenerator) aiter, null);
        }
        PyObject getter = aiter.type().lookup("__anext__");
        if (getter == null) {
            throw Exc.typeError("'async for' requires an iterator with __anext__ method, got "
                    + Abstract.typeName(aiter));
        }
        PyObject next = Abstract.callMethodDescr(getter, aiter, new PyObject[0], null);
        try {
            return awaitableIter(next);
        } catch (PyException e) {
            PyBaseException te = Exc.make(Exc.TypeError, "'async for' received an invalid object from __anext__: "
                    + Abstract.typeName(next));
            te.cause = e.value;
            te.context = e.value;
            te.suppressContext = true;
            throw new PyException(te);
        }
    }

    /** BEFORE_ASYNC_WITH: mgr -> exit, awaitable-of-enter. */
    static PyObject[] beforeAsyncWith(PyObject mgr) {
        PyObject enter = lookupSpecial(mgr, "__aenter__");
        if (enter == null) {
            throw Exc.typeError("'" + Abstract.typeName(mgr)
                    + "' object does not support the asynchronous context manager protocol");
        }
        PyObject exit = lookupSpecial(mgr, "__aexit__");
        if (exit == null) {
            throw Exc.typeError("'" + Abstract.typeName(mgr)
                    + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        return new PyObject[] {exit, Abstract.call(enter)};
    }

    private static PyObject lookupSpecial(PyObject o, String name) {
        PyObject d = o.type().lookup(name);
        if (d == null) {
            return null;
        }
        return Abstract.descrGet(d, o, o.type());
    }

    /** GET_YIELD_FROM_ITER for a generator-like object: coroutines only in coroutine code. */
    static PyObject yieldFromIter(Frame f, PyObject o) {
        if (o instanceof PyGenerator) {
            PyGenerator g = (PyGenerator) o;
            if (g.isCoroutine()) {
                if ((f.code.flags & (CodeObject.CO_COROUTINE | CodeObject.CO_ITERABLE_COROUTINE)) == 0) {
                    throw Exc.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                }
                return o;
            }
            if (!g.isAsyncGen()) {
                return o;
            }
        }
        return Abstract.iter(o);
    }

    // ---------------------------------------------------------------- builtins

    /** {@code aiter(obj)} (CPython 3.11: Objects/abstract.c PyObject_GetAIter). */
    static PyObject aiter(PyObject[] a, String[] kw) {
        Args.count("aiter", a, kw, 0, 1, 1);
        PyObject o = a[0];
        PyObject getter = o.type().lookup("__aiter__");
        if (getter == null) {
            throw Exc.typeError("'" + Abstract.typeName(o) + "' object is not an async iterable");
        }
        PyObject it = Abstract.callMethodDescr(getter, o, new PyObject[0], null);
        if (it.type().lookup("__anext__") == null) {
            throw Exc.typeError("aiter() returned not an async iterator of type '" + Abstract.typeName(it) + "'");
        }
        return it;
    }

    /** {@code anext(aiterator[, default])} (CPython 3.11: bltinmodule.c builtin_anext_impl). */
    static PyObject anext(PyObject[] a, String[] kw) {
        Args.count("anext", a, kw, 0, 1, 2);
        PyObject o = a[0];
        PyObject getter = o.type().lookup("__anext__");
        if (getter == null) {
            throw Exc.typeError("'" + Abstract.typeName(o) + "' object is not an async iterator");
        }
        PyObject awaitable = Abstract.callMethodDescr(getter, o, new PyObject[0], null);
        if (a.length == 1) {
            return awaitable;
        }
        return new AnextAwaitable(awaitable, a[1]);
    }

    // ---------------------------------------------------------------- types

    /** This thread's sys.set_asyncgen_hooks (firstiter, finalizer); null entries when unset (CPython: tstate). */
    private static final ThreadLocal<PyObject[]> ASYNC_GEN_HOOKS = ThreadLocal.withInitial(new java.util.function.Supplier<PyObject[]>() {
        @Override
        public PyObject[] get() {
            return new PyObject[2];
        }
    });

    /** The calling thread's hooks: {firstiter, finalizer}, null when unset. */
    static PyObject[] asyncGenHooks() {
        return ASYNC_GEN_HOOKS.get();
    }

    // CPython 3.11: Objects/genobject.c async_gen_init_hooks
    static PyGenerator initHooks(PyGenerator g) {
        if (g.hooksInited) {
            return g;
        }
        g.hooksInited = true;
        PyObject[] hooks = ASYNC_GEN_HOOKS.get();
        g.agFinalizer = hooks[1];
        if (hooks[0] != null) {
            Abstract.call(hooks[0], new PyObject[] {g}, null);
        }
        return g;
    }

    static void setupTypes() {
        PyType ag = PyGenerator.ASYNC_GENERATOR;
        TypeSetup.def0(ag, TypesDef0.__aiter__);
        TypeSetup.def0(ag, TypesDef0.__anext__);
        TypeSetup.def1(ag, TypesDef1.asend);
        TypeSetup.def(ag, TypesDefN.athrow);
        TypeSetup.def0(ag, TypesDef0.aclose);
        TypeSetup.def0(PyGenerator.COROUTINE, TypesCoroutineDef0.__await__);
        for (PyType t : new PyType[] {CORO_WRAPPER, ASEND, ATHROW, ANEXT_AWAITABLE}) {
            TypeSetup.def0(t, TypesTDef0.__iter__);
            TypeSetup.def0(t, TypesTDef0.__next__);
            TypeSetup.def1(t, TypesTDef1.send);
            TypeSetup.def(t, "throw", new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    Args.count("throw", a, kw, 1, 1, 3);
                    return ((JavaAwaitable) a[0]).throwIn(a);
                }
            });
            TypeSetup.def(t, TypesTDefN.close);
            if (t != CORO_WRAPPER) {
                TypeSetup.def0(t, TypesTDef0.__await__);
            }
        }
    }

    /** The methods of self alone that setupTypes registers on ag: one switch instead of a lambda class each. */
    private enum TypesDef0 implements dev.quicken.runtime.TypeSetup.F0 {
        __aiter__, __anext__, aclose;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __aiter__:
                return a;
            case __anext__:
                return new ASend(initHooks((PyGenerator) a), null);
            case aclose:
                return new AThrow(initHooks((PyGenerator) a), null);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self and one argument that setupTypes registers on ag: one switch instead of a lambda class each. */
    private enum TypesDef1 implements dev.quicken.runtime.TypeSetup.F1 {
        asend;

        @Override
        public PyObject apply(PyObject a, PyObject v) {
            switch (this) {
            case asend:
                return new ASend(initHooks((PyGenerator) a), v);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The functions of an argument vector that setupTypes registers on ag: one switch instead of a lambda class each. */
    private enum TypesDefN implements dev.quicken.runtime.JFunc {
        athrow;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case athrow:
                return athrow_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject athrow_impl(PyObject[] a, String[] kw) {
            Args.noKw("athrow", kw);
            return new AThrow(initHooks((PyGenerator) a[0]), a);
        }
    }

    /** The methods of self alone that setupTypes registers on PyGenerator.COROUTINE: one switch instead of a lambda class each. */
    private enum TypesCoroutineDef0 implements dev.quicken.runtime.TypeSetup.F0 {
        __await__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __await__:
                return new CoroWrapper((PyGenerator) a);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupTypes registers on its type: one switch instead of a lambda class each. */
    private enum TypesTDef0 implements dev.quicken.runtime.TypeSetup.F0 {
        __iter__, __next__, __await__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __iter__:
                return a;
            case __next__:
                return ((JavaAwaitable) a).send(NONE);
            case __await__:
                return a;
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self and one argument that setupTypes registers on its type: one switch instead of a lambda class each. */
    private enum TypesTDef1 implements dev.quicken.runtime.TypeSetup.F1 {
        send;

        @Override
        public PyObject apply(PyObject a, PyObject v) {
            switch (this) {
            case send:
                return ((JavaAwaitable) a).send(v);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The functions of an argument vector that setupTypes registers on its type: one switch instead of a lambda class each. */
    private enum TypesTDefN implements dev.quicken.runtime.JFunc {
        close;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case close:
                return ((JavaAwaitable) a[0]).close();
            default:
                throw new AssertionError(this);
            }
        }
    }

    static PyType[] types() {
        return new PyType[] {PyGenerator.ASYNC_GENERATOR, CORO_WRAPPER, ASEND, ATHROW, WRAPPED_VALUE, ANEXT_AWAITABLE};
    }
}
