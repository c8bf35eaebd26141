import _signal as signal
print(signal.SIGINT, signal.SIGTERM, signal.NSIG, signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(13), signal.getsignal(15))
got = []
old = signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
print(old, signal.getsignal(signal.SIGUSR1) is not None)
signal.raise_signal(signal.SIGUSR1)
print(got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(signal.strsignal(2), signal.strsignal(15), signal.strsignal(40), 32 in signal.valid_signals(), len(signal.valid_signals()))
for bad in [lambda: signal.signal(9, print), lambda: signal.signal(99, print), lambda: signal.signal(2, 5), lambda: signal.getsignal(0)]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
