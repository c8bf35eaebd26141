# _thread for quicken: an interpreter runs one Python thread, so locks never block across threads.

error = RuntimeError
TIMEOUT_MAX = 9223372036.0


class lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if not blocking or timeout >= 0:
                return False
            raise RuntimeError("deadlock: lock already held by the only thread")
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked
    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {hex(id(self))}>"


LockType = lock


class RLock:
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def _recursion_count(self):
        return self._count

    def _release_save(self):
        count = self._count
        self._count = 0
        return (count, get_ident())

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return (f"<{state} _thread.RLock object owner={get_ident() if self._count else 0} "
                f"count={self._count} at {hex(id(self))}>")


def allocate_lock():
    return LockType()


allocate = allocate_lock


def get_ident():
    return 1


def get_native_id():
    return 1


def _count():
    return 0


def stack_size(size=0):
    return 0


def daemon_threads_allowed():
    return True


def start_new_thread(function, args, kwargs={}):
    raise RuntimeError("quicken: an interpreter runs one thread; threads cannot be started")


start_new = start_new_thread


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


class _local:
    pass


class _ExceptHookArgs(tuple):
    pass


def _excepthook(args):
    pass


def _set_sentinel():
    return LockType()
