package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Buffers;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code _socket} module (CPython 3.11: Modules/socketmodule.c), the part an event loop needs:
 * stream sockets made by {@code socketpair()} over Java NIO (Unix domain socket channels), with
 * blocking, non-blocking and timeout modes, {@code send}/{@code sendall}/{@code recv}/{@code recv_into},
 * {@code shutdown}, {@code detach} and re-attaching by descriptor. Socket descriptors come from their own
 * table (see {@link #channel}), which {@code select.select} consults.
 */
public final class SocketModule {

    private SocketModule() {
    }

    static final PyType SOCKET = new PyType("socket");
    private static final int EOPNOTSUPP = 95;

    static {
        TypeSetup.init();
        TypeSetup.registerExtra(SOCKET);
        SOCKET.setNativeLayout(new PyType.Factory() {
            @Override
            public PyObject make(PyType x) {
                return new JSocket(x);
            }
        });
        SOCKET.dict().setStr("__module__", new PyStr("_socket"));
        setupType();
    }

    /** Socket descriptors: above the range {@code os}/{@code io} hand out, so the two never collide. */
    private static final int FIRST_FD = 1000;
    private static final Map<Integer, SocketChannel> OPEN = new HashMap<>();

    /** The channel of socket descriptor {@code fd}, or null when it is not an open socket. */
    static synchronized SocketChannel channel(int fd) {
        return OPEN.get(fd);
    }

    private static synchronized int register(SocketChannel ch) {
        int fd = FIRST_FD;
        while (OPEN.containsKey(fd)) {
            fd++;
        }
        OPEN.put(fd, ch);
        return fd;
    }

    private static synchronized SocketChannel unregister(int fd) {
        return OPEN.remove(fd);
    }

    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;
    static final int SOCK_NONBLOCK = 2048;
    static final int SOCK_CLOEXEC = 524288;
    private static final int EAGAIN = 11;
    private static final int EBADF = 9;
    private static final int EPIPE = 32;

    /** Process-wide default timeout in seconds; negative for None. */
    private static double defaultTimeout = -1;

    /** A socket object; Python subclasses ({@code socket.socket}) share this layout. */
    static final class JSocket extends PyInstance {
        int fd = -1;
        int family;
        int type;
        int proto;
        /** Seconds; negative: blocking without timeout; 0: non-blocking. */
        double timeout = -1;
        SocketChannel ch;

        JSocket(PyType cls) {
            super(cls);
        }
    }

    private static JSocket self(PyObject o) {
        return (JSocket) o;
    }

    private static SocketChannel open(JSocket s) {
        if (s.ch == null) {
            throw PosixModule.osError(EBADF, null, null);
        }
        return s.ch;
    }

    // CPython 3.11: Modules/socketmodule.c sock_initobj
    private static PyObject init(PyObject[] a, String[] kw) {
        PyObject[] v = Args.parse("socket", a, kw, 1, new String[] {"family", "type", "proto", "fileno"}, 0, 4);
        JSocket s = self(a[0]);
        int family = v[0] == null || v[0] == PyNone.NONE ? -1 : (int) Abstract.indexClamped(v[0]);
        int type = v[1] == null || v[1] == PyNone.NONE ? -1 : (int) Abstract.indexClamped(v[1]);
        int proto = v[2] == null || v[2] == PyNone.NONE ? -1 : (int) Abstract.indexClamped(v[2]);
        if (v[3] != null && v[3] != PyNone.NONE) {
            int fd = (int) Abstract.indexClamped(v[3]);
            SocketChannel ch = channel(fd);
            if (ch == null) {
                throw PosixModule.osError(EBADF, null, null);
            }
            s.fd = fd;
            s.ch = ch;
            s.family = family == -1 ? AF_UNIX : family;
            s.type = type == -1 ? SOCK_STREAM : type;
            s.proto = proto == -1 ? 0 : proto;
        } else {
            s.family = family == -1 ? AF_INET : family;
            s.type = type == -1 ? SOCK_STREAM : type;
            s.proto = proto == -1 ? 0 : proto;
            if (s.type != SOCK_STREAM || (s.family != AF_UNIX && s.family != AF_INET && s.family != AF_INET6)) {
                throw Exc.raise(Exc.OSError, "quicken's _socket supports stream sockets of AF_UNIX, AF_INET and "
                        + "AF_INET6 only");
            }
            try {
                s.ch = SocketChannel.open(s.family == AF_UNIX ? StandardProtocolFamily.UNIX
                        : s.family == AF_INET ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6);
            } catch (IOException e) {
                throw Exc.raise(Exc.OSError, String.valueOf(e.getMessage()));
            }
            s.fd = register(s.ch);
        }
        applyTimeout(s, defaultTimeout);
        return PyNone.NONE;
    }

    private static void applyTimeout(JSocket s, double timeout) {
        s.timeout = timeout;
        try {
            s.ch.configureBlocking(timeout < 0);
        } catch (IOException e) {
            throw Exc.raise(Exc.OSError, String.valueOf(e.getMessage()));
        }
    }

    /** Waits until {@code ops} is ready within the socket's timeout; false on timeout. */
    private static boolean await(JSocket s, int ops) {
        try (Selector sel = Selector.open()) {
            s.ch.register(sel, ops);
            return sel.select(Math.max(1, (long) (s.timeout * 1000))) > 0;
        } catch (IOException e) {
            throw Exc.raise(Exc.OSError, String.valueOf(e.getMessage()));
        }
    }

    private static PyException wouldBlock() {
        return PosixModule.osError(EAGAIN, null, null);
    }

    private static PyException timedOut() {
        return Exc.raise(Exc.TimeoutError, "timed out");
    }

    private static int recvInto(JSocket s, ByteBuffer buf) {
        SocketChannel ch = open(s);
        try {
            if (s.timeout > 0 && !await(s, SelectionKey.OP_READ)) {
                throw timedOut();
            }
            int n = ch.read(buf);
            if (n == 0 && s.timeout >= 0 && buf.hasRemaining()) {
                throw wouldBlock();
            }
            return Math.max(n, 0);
        } catch (IOException e) {
            throw Exc.raise(Exc.ConnectionResetError, String.valueOf(e.getMessage()));
        }
    }

    private static int send(JSocket s, byte[] data) {
        SocketChannel ch = open(s);
        try {
            if (s.timeout > 0 && !await(s, SelectionKey.OP_WRITE)) {
                throw timedOut();
            }
            int n = ch.write(ByteBuffer.wrap(data));
            if (n == 0 && data.length > 0 && s.timeout >= 0) {
                throw wouldBlock();
            }
            return n;
        } catch (IOException e) {
            throw PosixModule.osError(EPIPE, null, null);
        }
    }

    private static double timeoutArg(PyObject v) {
        if (v == PyNone.NONE) {
            return -1;
        }
        double t;
        if (v instanceof PyFloat) {
            t = ((PyFloat) v).value;
        } else if (v instanceof PyInt) {
            t = ((PyInt) v).value;
        } else {
            throw Exc.typeError("Timeout value must be int, float or None");
        }
        if (t < 0) {
            throw Exc.valueError("Timeout value out of range");
        }
        return t;
    }

    private static PyObject timeoutObj(double t) {
        return t < 0 ? PyNone.NONE : new PyFloat(t);
    }

    private static void setupType() {
        PyType t = SOCKET;
        TypeSetup.def(t, "__init__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return SocketModule.init(x0, x1);
            }
        });
        TypeSetup.def0(t, "fileno", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(self(a).fd);
            }
        });
        TypeSetup.def0(t, "detach", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                JSocket s = self(a);
                int fd = s.fd;
                s.fd = -1;
                s.ch = null;
                return PyInt.of(fd);
            }
        });
        TypeSetup.def0(t, "close", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                JSocket s = self(a);
                if (s.ch != null) {
                    unregister(s.fd);
                    try {
                        s.ch.close();
                    } catch (IOException e) {
                        // closed either way
                    }
                }
                s.ch = null;
                s.fd = -1;
                return PyNone.NONE;
            }
        });
        TypeSetup.def1(t, "setblocking", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject flag) {
                open(self(a));
                applyTimeout(self(a), Abstract.isTrue(flag) ? -1 : 0);
                return PyNone.NONE;
            }
        });
        TypeSetup.def0(t, "getblocking", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return PyBool.of(self(a).timeout != 0);
            }
        });
        TypeSetup.def1(t, "settimeout", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject v) {
                open(self(a));
                applyTimeout(self(a), timeoutArg(v));
                return PyNone.NONE;
            }
        });
        TypeSetup.def0(t, "gettimeout", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return timeoutObj(self(a).timeout);
            }
        });
        TypeSetup.def(t, "send", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("send", a, kw, 1, 1, 2);
                return PyInt.of(send(self(a[0]), Buffers.require(a[1])));
            }
        });
        TypeSetup.def(t, "sendall", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("sendall", a, kw, 1, 1, 2);
                byte[] data = Buffers.require(a[1]);
                int off = 0;
                while (off < data.length) {
                    off += send(self(a[0]), java.util.Arrays.copyOfRange(data, off, data.length));
                }
                return PyNone.NONE;
            }
        });
        TypeSetup.def(t, "recv", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("recv", a, kw, 1, 1, 2);
                long n = Abstract.indexClamped(a[1]);
                if (n < 0) {
                    throw Exc.valueError("negative buffersize in recv");
                }
                ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, 1 << 20));
                int got = n == 0 ? 0 : recvInto(self(a[0]), buf);
                return new PyBytes(java.util.Arrays.copyOf(buf.array(), got));
            }
        });
        TypeSetup.def(t, "shutdown", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("shutdown", a, kw, 1, 1, 1);
                SocketChannel ch = open(self(a[0]));
                long how = Abstract.indexClamped(a[1]);
                try {
                    if (how == 0 || how == 2) {
                        ch.shutdownInput();
                    }
                    if (how == 1 || how == 2) {
                        ch.shutdownOutput();
                    }
                } catch (IOException e) {
                    throw Exc.raise(Exc.OSError, String.valueOf(e.getMessage()));
                }
                return PyNone.NONE;
            }
        });
        // quicken's sockets are the streams socketpair() makes: naming, listening and connecting are not
        // supported (EOPNOTSUPP), so probes such as test.support.socket_helper's IPv6 check see an OSError
        for (String name : new String[] {"bind", "listen", "connect", "connect_ex", "accept"}) {
            TypeSetup.def(t, name, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    throw PosixModule.osError(EOPNOTSUPP, null, null);
                }
            });
        }
        TypeSetup.getset(t, "family", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(self(a).family);
            }
        }, null);
        TypeSetup.getset(t, "type", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(self(a).type);
            }
        }, null);
        TypeSetup.getset(t, "proto", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(self(a).proto);
            }
        }, null);
        TypeSetup.getset(t, "timeout", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return timeoutObj(self(a).timeout);
            }
        }, null);
        TypeSetup.def0(t, "__repr__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return new PyStr("<socket object, fd=" + self(a).fd + ", family=" + self(a).family
                + ", type=" + self(a).type + ", proto=" + self(a).proto + ">");
            }
        });
    }

    // CPython 3.11: Modules/socketmodule.c socket_socketpair
    private static PyObject socketpair(PyObject[] a, String[] kw) {
        PyObject[] v = Args.parse("socketpair", a, kw, 0, new String[] {"family", "type", "proto"}, 0, 3);
        int family = v[0] == null ? AF_UNIX : (int) Abstract.indexClamped(v[0]);
        int type = v[1] == null ? SOCK_STREAM : (int) Abstract.indexClamped(v[1]);
        int proto = v[2] == null ? 0 : (int) Abstract.indexClamped(v[2]);
        if (family != AF_UNIX || type != SOCK_STREAM) {
            throw Exc.raise(Exc.OSError, "quicken's socketpair supports AF_UNIX stream sockets only");
        }
        SocketChannel left;
        SocketChannel right;
        try {
            Path dir = Files.createTempDirectory("quicken-sock");
            Path path = dir.resolve("s");
            UnixDomainSocketAddress addr = UnixDomainSocketAddress.of(path);
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(addr);
                left = SocketChannel.open(StandardProtocolFamily.UNIX);
                left.connect(addr);
                right = server.accept();
            } finally {
                Files.deleteIfExists(path);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw Exc.raise(Exc.OSError, String.valueOf(e.getMessage()));
        }
        return new PyTuple(new PyObject[] {wrap(left, family, type, proto), wrap(right, family, type, proto)});
    }

    private static JSocket wrap(SocketChannel ch, int family, int type, int proto) {
        JSocket s = (JSocket) SOCKET.allocate();
        s.ch = ch;
        s.fd = register(ch);
        s.family = family;
        s.type = type;
        s.proto = proto;
        applyTimeout(s, defaultTimeout);
        return s;
    }

    private static void fn(PyModule m, String name, dev.quicken.runtime.JFunc f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, f, null, "_socket"));
    }

    private static PyType errorType(String name, PyType base) {
        PyDict ns = new PyDict();
        ns.setStr("__module__", new PyStr("socket"));
        return TypeSetup.newHeapType(PyType.TYPE, name, new PyType[] {base}, ns, new PyDict());
    }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_socket");
        PyDict d = m.dict;
        d.setStr("socket", SOCKET);
        d.setStr("SocketType", SOCKET);
        d.setStr("error", Exc.OSError);
        d.setStr("timeout", Exc.TimeoutError);
        d.setStr("herror", errorType("herror", Exc.OSError));
        d.setStr("gaierror", errorType("gaierror", Exc.OSError));
        d.setStr("has_ipv6", PyBool.TRUE);
        fn(m, "socketpair", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return SocketModule.socketpair(x0, x1);
            }
        });
        fn(m, "getdefaulttimeout", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return timeoutObj(defaultTimeout);
            }
        });
        fn(m, "setdefaulttimeout", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("setdefaulttimeout", a, kw, 0, 1, 1);
                defaultTimeout = timeoutArg(a[0]);
                return PyNone.NONE;
            }
        });
        Object[][] consts = {{"AF_UNSPEC", 0}, {"AF_UNIX", AF_UNIX}, {"AF_INET", AF_INET}, {"AF_INET6", AF_INET6},
            {"SOCK_STREAM", SOCK_STREAM}, {"SOCK_DGRAM", SOCK_DGRAM}, {"SOCK_RAW", 3}, {"SOCK_RDM", 4},
            {"SOCK_SEQPACKET", 5}, {"SOCK_NONBLOCK", SOCK_NONBLOCK}, {"SOCK_CLOEXEC", SOCK_CLOEXEC},
            {"SOL_SOCKET", 1}, {"SO_REUSEADDR", 2}, {"SO_TYPE", 3}, {"SO_ERROR", 4}, {"SO_SNDBUF", 7},
            {"SO_RCVBUF", 8}, {"SO_KEEPALIVE", 9}, {"SO_REUSEPORT", 15}, {"SOMAXCONN", 4096},
            {"IPPROTO_IP", 0}, {"IPPROTO_TCP", 6}, {"IPPROTO_UDP", 17}, {"IPPROTO_IPV6", 41}, {"TCP_NODELAY", 1},
            {"SHUT_RD", 0}, {"SHUT_WR", 1}, {"SHUT_RDWR", 2}, {"MSG_OOB", 1}, {"MSG_PEEK", 2},
            {"MSG_DONTWAIT", 64}, {"MSG_WAITALL", 256}, {"AI_PASSIVE", 1}, {"AI_CANONNAME", 2},
            {"AI_NUMERICHOST", 4}, {"AI_NUMERICSERV", 1024}, {"NI_NUMERICHOST", 1}, {"NI_NUMERICSERV", 2}};
        for (Object[] c : consts) {
            d.setStr((String) c[0], PyInt.of((Integer) c[1]));
        }
        return m;
    }
}
