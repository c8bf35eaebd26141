"""This module provides mechanisms to use signal handlers in Python."""
# _signal for quicken: CPython 3.11's Modules/signalmodule.c interface. The JVM delivers no POSIX signals to
# Python code: handlers are recorded (signal/getsignal) and run by raise_signal() only.
import _quicken_posix as _q

NSIG = 65
SIG_DFL = 0
SIG_IGN = 1
SIG_BLOCK = 0
SIG_UNBLOCK = 1
SIG_SETMASK = 2
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2
SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGILL = 4
SIGTRAP = 5
SIGABRT = 6
SIGIOT = 6
SIGBUS = 7
SIGFPE = 8
SIGKILL = 9
SIGUSR1 = 10
SIGSEGV = 11
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGSTKFLT = 16
SIGCHLD = 17
SIGCLD = 17
SIGCONT = 18
SIGSTOP = 19
SIGTSTP = 20
SIGTTIN = 21
SIGTTOU = 22
SIGURG = 23
SIGXCPU = 24
SIGXFSZ = 25
SIGVTALRM = 26
SIGPROF = 27
SIGWINCH = 28
SIGIO = 29
SIGPOLL = 29
SIGPWR = 30
SIGSYS = 31
SIGRTMIN = 34
SIGRTMAX = 64

_NAMES = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
          6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
          11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
          15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
          20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
          24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
          27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
          31: 'Bad system call'}


class ItimerError(OSError):
    pass


ItimerError.__module__ = 'signal'


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python."""
    raise KeyboardInterrupt


_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_handlers[SIGXFSZ] = SIG_IGN


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")


def signal(signalnum, handler, /):
    """Set the action for the given signal."""
    _check(signalnum)
    if handler not in (SIG_IGN, SIG_DFL) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, 'Invalid argument')
    old = _handlers[signalnum]
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    _check(signalnum)
    return _handlers[signalnum]


def raise_signal(signalnum, /):
    """Send a signal to the executing process."""
    _check(signalnum)
    h = _handlers[signalnum]
    if callable(h):
        import sys
        h(int(signalnum), sys._getframe(1) if hasattr(sys, "_getframe") else None)
    elif h == SIG_DFL and signalnum not in (SIGCHLD, SIGCONT, SIGURG, SIGWINCH):
        _q.kill_self(signalnum)


def strsignal(signalnum, /):
    """Return the system description of the given signal."""
    _check(signalnum)
    if SIGRTMIN <= signalnum <= SIGRTMAX:
        return 'Real-time signal %d' % (signalnum - SIGRTMIN)
    return _NAMES.get(signalnum)


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return set(n for n in range(1, NSIG) if n not in (32, 33))


def alarm(seconds, /):
    """Arrange for SIGALRM to arrive after the given number of seconds."""
    return 0


def pause():
    """Wait until a signal arrives."""
    import time
    while True:
        time.sleep(3600)


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Sets the fd to be written to (with the signal number) when a signal comes in."""
    return -1


def siginterrupt(signalnum, flag, /):
    """Change system call restart behaviour."""
    _check(signalnum)


def setitimer(which, seconds, interval=0.0, /):
    """Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."""
    if which not in (0, 1, 2):
        raise ItimerError(22, 'Invalid argument')
    return (0.0, 0.0)


def getitimer(which, /):
    """Returns current value of given itimer."""
    if which not in (0, 1, 2):
        raise ItimerError(22, 'Invalid argument')
    return (0.0, 0.0)


def pthread_kill(thread_id, signalnum, /):
    """Send a signal to a thread."""
    raise_signal(signalnum)


_mask = set()


def pthread_sigmask(how, mask, /):
    """Fetch and/or change the signal mask of the calling thread."""
    global _mask
    old = set(_mask)
    mask = set(mask)
    if how == SIG_BLOCK:
        _mask |= mask
    elif how == SIG_UNBLOCK:
        _mask -= mask
    elif how == SIG_SETMASK:
        _mask = mask
    else:
        raise OSError(22, 'Invalid argument')
    return old


def sigpending():
    """Examine pending signals."""
    return set()
