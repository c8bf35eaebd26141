package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyTuple;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code select} module (CPython 3.11: Modules/selectmodule.c): {@code select.select} over the
 * sockets of {@link SocketModule} (a Java NIO {@link Selector}); other descriptors (files, the
 * standard streams) are always ready, as regular files are for select(2). No {@code poll}/{@code epoll},
 * so {@code selectors.DefaultSelector} is {@code SelectSelector}.
 */
final class SelectModule {

    private SelectModule() {
    }

    /** CPython 3.11: Modules/selectmodule.c seq2set (via PyObject_AsFileDescriptor). */
    private static int fdOf(PyObject o) {
        PyObject v = o;
        if (!(o instanceof PyInt)) {
            PyObject m = o.type().lookup("fileno");
            if (m == null) {
                throw Exc.typeError("argument must be an int, or have a fileno() method.");
            }
            v = Abstract.callMethod(o, "fileno");
            if (!(v instanceof PyInt)) {
                throw Exc.typeError("fileno() returned a non-integer");
            }
        }
        long fd = ((PyInt) v).value;
        if (fd < 0) {
            throw Exc.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return (int) fd;
    }

    private static long timeoutMillis(PyObject t) {
        if (t == null || t == PyNone.NONE) {
            return -1;
        }
        double secs;
        if (t instanceof PyFloat) {
            secs = ((PyFloat) t).value;
        } else if (t instanceof PyInt) {
            secs = ((PyInt) t).value;
        } else {
            throw Exc.typeError("timeout must be a float or None");
        }
        if (secs < 0) {
            throw Exc.valueError("timeout must be non-negative");
        }
        return (long) Math.ceil(secs * 1000);
    }

    // CPython 3.11: Modules/selectmodule.c select_select_impl
    private static PyObject select(PyObject[] a, String[] kw) {
        Args.count("select", a, kw, 0, 3, 4);
        PyObject[][] lists = new PyObject[3][];
        for (int i = 0; i < 3; i++) {
            try {
                lists[i] = Abstract.toArray(a[i]);
            } catch (PyException e) {
                throw Exc.typeError("arguments 1-3 must be sequences");
            }
        }
        long millis = timeoutMillis(a.length > 3 ? a[3] : null);
        int[] ops = {SelectionKey.OP_READ, SelectionKey.OP_WRITE, 0};
        List<List<PyObject>> ready = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Map<SocketChannel, int[]> interest = new IdentityHashMap<>();
        boolean alwaysReady = false;
        for (int i = 0; i < 3; i++) {
            for (PyObject o : lists[i]) {
                int fd = fdOf(o);
                SocketChannel ch = SocketModule.channel(fd);
                if (ch == null) {
                    if (i < 2) {
                        ready.get(i).add(o);
                        alwaysReady = true;
                    }
                    continue;
                }
                if (ops[i] != 0) {
                    interest.computeIfAbsent(ch, c -> new int[1])[0] |= ops[i];
                }
            }
        }
        if (!interest.isEmpty()) {
            Map<SocketChannel, Integer> readyOps = poll(interest, alwaysReady ? 0 : millis);
            for (int i = 0; i < 2; i++) {
                for (PyObject o : lists[i]) {
                    SocketChannel ch = SocketModule.channel(fdOf(o));
                    Integer r = ch == null ? null : readyOps.get(ch);
                    if (r != null && (r & ops[i]) != 0) {
                        ready.get(i).add(o);
                    }
                }
            }
        } else if (!alwaysReady && millis != 0) {
            sleep(millis);
        }
        return new PyTuple(new PyObject[] {list(ready.get(0)), list(ready.get(1)), list(ready.get(2))});
    }

    private static PyList list(List<PyObject> l) {
        return new PyList(l.toArray(new PyObject[0]));
    }

    private static void sleep(long millis) {
        if (millis < 0) {
            throw Exc.valueError("select() with nothing to wait for and no timeout would block forever");
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ready operations per channel, waiting up to {@code millis} (-1: forever, 0: no wait). */
    private static Map<SocketChannel, Integer> poll(Map<SocketChannel, int[]> interest, long millis) {
        Map<SocketChannel, Integer> out = new IdentityHashMap<>();
        Map<SocketChannel, Boolean> wasBlocking = new IdentityHashMap<>();
        try (Selector sel = Selector.open()) {
            for (Map.Entry<SocketChannel, int[]> e : interest.entrySet()) {
                SocketChannel ch = e.getKey();
                synchronized (ch.blockingLock()) {
                    if (ch.isBlocking()) {
                        wasBlocking.put(ch, Boolean.TRUE);
                        ch.configureBlocking(false);
                    }
                }
                ch.register(sel, e.getValue()[0]);
            }
            int n = millis == 0 ? sel.selectNow() : millis < 0 ? sel.select() : sel.select(millis);
            if (n > 0) {
                for (SelectionKey k : sel.selectedKeys()) {
                    out.put((SocketChannel) k.channel(), k.readyOps());
                }
            }
        } catch (IOException e) {
            throw Exc.raise(Exc.OSError, String.valueOf(e.getMessage()));
        } finally {
            for (SocketChannel ch : wasBlocking.keySet()) {
                try {
                    ch.configureBlocking(true);
                } catch (IOException e) {
                    // the channel was closed meanwhile
                }
            }
        }
        return out;
    }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("select");
        m.dict.setStr("error", Exc.OSError);
        m.dict.setStr("select", new PyBuiltinFunction("select", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return SelectModule.select(x0, x1);
            }
        }, null, "select"));
        return m;
    }
}
