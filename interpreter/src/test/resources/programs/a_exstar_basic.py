# except*: each clause gets the matching part; naked exceptions are wrapped in a group.
def show(label, eg):
    print(label, type(eg).__name__, repr(eg.message), [repr(e) for e in eg.exceptions])


try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), OSError(4)])
except* ValueError as e:
    show("value:", e)
except* (TypeError, OSError) as e:
    show("type/os:", e)

try:
    raise KeyError("naked")
except* LookupError as e:
    show("naked:", e)
    print(e.exceptions[0].__traceback__ is not None)

try:
    raise ExceptionGroup("no match", [ValueError()])
except* TypeError:
    print("not reached")
except* ValueError:
    print("second clause matched")

try:
    raise ExceptionGroup("all", [ValueError(1)])
except* ValueError:
    print("without as")
else:
    print("no else")
finally:
    print("finally runs")

try:
    print("nothing raised")
except* ValueError:
    print("not reached")
else:
    print("else runs")


def handled_inside():
    try:
        raise ExceptionGroup("eg", [ValueError("x"), ValueError("y")])
    except* ValueError as e:
        n = len(e.exceptions)
    return n


print("returned", handled_inside())


def exc_info_inside():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("sys.exc_info:", repr(sys.exc_info()[1]))
    except* TypeError:
        print("sys.exc_info:", repr(sys.exc_info()[1]))
    print("after:", sys.exc_info())


exc_info_inside()
count = 0
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError as e:
        count += e.exceptions[0].args[0]
print("count", count)
