# _socket.socketpair and select.select: blocking, non-blocking and timeout modes, detach/re-attach, errors.
import _socket, select
a, b = _socket.socketpair()
print(type(a).__name__, a.family, a.type, a.proto, a.gettimeout(), a.getblocking())
print(select.select([a, b], [], [], 0))
r, w, x = select.select([a, b], [a], [], 0)
print(len(r), len(w) == 1 and w[0] is a, x)
print(a.send(b"hello"), b.recv(100))
a.sendall(b"world" * 3)
r, w, x = select.select([a, b], [], [], 1.0)
print(r == [b])
print(b.recv(5), b.recv(100))
b.setblocking(False)
print(b.getblocking(), b.gettimeout())
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e.strerror)
b.settimeout(0.05)
try:
    b.recv(10)
except TimeoutError as e:
    print("TimeoutError:", e)
fd = a.detach()
print(a.fileno())
c = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM, 0, fd)
c.send(b"via reattached")
b.settimeout(1)
print(b.recv(100))
c.shutdown(_socket.SHUT_WR)
print(b.recv(100))
c.close(); b.close()
print(c.fileno(), b.fileno())
try:
    b.recv(1)
except OSError as e:
    print("OSError", e.errno, e.strerror)
for bad in ([1.5], ["x"], [-1]):
    try:
        select.select(bad, [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print("ValueError:", e)
print(select.select([], [], [], 0.01))
print(select.error is OSError, _socket.error is OSError, _socket.timeout is TimeoutError)
print(_socket.gaierror.__mro__[1].__name__, _socket.gaierror.__module__)
