# BaseExceptionGroup with BaseExceptions; except* on KeyboardInterrupt/SystemExit; exit status.
eg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
print(type(eg).__name__, isinstance(eg, Exception))
try:
    raise eg
except* KeyboardInterrupt as e:
    print("interrupt part:", type(e).__name__, repr(e.exceptions))
except* ValueError as e:
    print("value part:", type(e).__name__, repr(e.exceptions))

try:
    try:
        raise BaseExceptionGroup("only base", [GeneratorExit()])
    except Exception:
        print("not reached: not an Exception")
except BaseExceptionGroup as e:
    print("caught as BaseExceptionGroup", repr(e))

m, r = eg.split(Exception)
print(type(m).__name__, type(r).__name__)
m, r = eg.split(BaseException)
print(m is eg, r)


def exits():
    raise BaseExceptionGroup("exits", [SystemExit(3), KeyboardInterrupt()])


try:
    exits()
except* SystemExit as e:
    print("SystemExit code", e.exceptions[0].code)
except* KeyboardInterrupt:
    print("and KeyboardInterrupt")
raise BaseExceptionGroup("uncaught", [KeyboardInterrupt(), ValueError("v")])
