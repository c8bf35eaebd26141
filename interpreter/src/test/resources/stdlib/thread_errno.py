# Java-native: _thread (one thread) and errno.
import _thread, errno
l = _thread.allocate_lock()
with l:
    print(l.locked(), l.acquire(False))
print(l.locked(), _thread.get_ident() == _thread.get_ident())
r = _thread.RLock()
with r:
    with r:
        print('reentrant')
try:
    l.release()
except RuntimeError as e:
    print(e)
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[errno.EWOULDBLOCK], len(errno.errorcode))
