for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, UnboundLocalError, StopIteration]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
try:
    raise FileNotFoundError(2, "No such file", "x.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
e = ValueError("a", "b")
print(e.args, str(e), repr(e))
print(repr(KeyError("k")), str(KeyError("k")), repr(Exception()), str(Exception()))
try:
    raise TypeError
except TypeError as err:
    print(repr(err), err.args)
class E1(Exception): pass
class E2(E1): pass
try:
    raise E2("deep")
except E1 as e:
    print("caught as E1:", type(e).__name__, e)
print(issubclass(E2, Exception), isinstance(E2(), BaseException))
try:
    try:
        raise E1("one")
    except E2:
        print("wrong")
except E1 as e:
    print("outer", e)
