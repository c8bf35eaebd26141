# socket.socketpair and selectors over quicken's _socket and select (the pieces an asyncio event loop uses).
import selectors
import socket

a, b = socket.socketpair()
print(type(a).__name__, a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.fileno() >= 0)
sel = selectors.DefaultSelector()
key = sel.register(b, selectors.EVENT_READ, data="reader")
print(key.data, key.events == selectors.EVENT_READ, sel.select(0))
a.sendall(b"ping")
events = sel.select(timeout=1)
for key, mask in events:
    print(key.data, mask == selectors.EVENT_READ, key.fileobj is b, b.recv(16))
sel.modify(b, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
events = sel.select(0)
print([(k.data, m == selectors.EVENT_WRITE) for k, m in events])
sel.unregister(b)
sel.close()
a.setblocking(False)
b.setblocking(False)
try:
    b.recv(1)
except BlockingIOError:
    print("BlockingIOError")
a.close()
print(b.recv(1))
b.close()
print(a.fileno(), b.fileno(), "[closed]" in repr(a))
with socket.socketpair()[0] as s:
    print(s.gettimeout())
