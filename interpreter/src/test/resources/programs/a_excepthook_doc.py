# sys.excepthook prints exception groups and chains as an uncaught exception would; class __doc__ is writable.
import sys


def fail():
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise ExceptionGroup("hooked", [e, KeyError("k")]) from None


try:
    fail()
except ExceptionGroup:
    sys.excepthook(*sys.exc_info())
print("after hook", sys.excepthook is sys.__excepthook__)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print("TypeError:", e)
sys.excepthook(None, "not an exception", None)


class Documented:
    "original"


Documented.__doc__ = "changed"
print(Documented.__doc__, Documented().__doc__)
for t in (int, object):
    try:
        t.__doc__ = "x"
    except TypeError as e:
        print("TypeError:", e)
try:
    del Documented.__doc__
except TypeError as e:
    print("TypeError:", e)
