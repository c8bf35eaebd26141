import signal

events = []

def on_usr1(signum, frame):
    events.append(('usr1', signum))

def on_term(signum, frame):
    events.append(('term', signal.Signals(signum).name))
    raise SystemExit(0)

old = signal.signal(signal.SIGUSR1, on_usr1)
print('previous handler', old)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
signal.signal(signal.SIGTERM, on_term)
try:
    signal.raise_signal(signal.SIGTERM)
except SystemExit as e:
    print('SystemExit', e.code)
print(events)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.strsignal(signal.SIGTERM))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt raised by the default SIGINT handler')
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(len(events), repr(signal.Signals.SIGUSR1), signal.SIGTERM in signal.valid_signals())
