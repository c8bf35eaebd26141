def f():
    try:
        print("try")
        raise ValueError("v")
    except ValueError:
        print("except")
        return "from except"
    finally:
        print("finally")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
def h():
    try:
        try:
            raise TypeError("t")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
h()
import sys
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
