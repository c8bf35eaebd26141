# Nested try/except* blocks, except* inside except, and finally ordering.
log = []


def inner():
    try:
        raise ExceptionGroup("inner", [ValueError("a"), TypeError("b"), KeyError("c")])
    except* ValueError:
        log.append("inner handled ValueError")
    finally:
        log.append("inner finally")


def middle():
    try:
        inner()
    except* TypeError as e:
        log.append("middle handled " + repr(e.exceptions))
    finally:
        log.append("middle finally")


def outer():
    try:
        middle()
    except* KeyError as e:
        log.append("outer handled " + repr(e.exceptions))
    return "done"


print(outer())
print("\n".join(log))

try:
    try:
        raise ExceptionGroup("eg", [OSError("disk")])
    except* OSError:
        try:
            raise ExceptionGroup("second", [ValueError("v")])
        except* ValueError as e2:
            print("inner-most", repr(e2.exceptions), repr(e2.__context__))
except Exception as e:
    print("not reached", e)

try:
    raise ValueError("plain")
except ValueError:
    try:
        raise ExceptionGroup("during", [KeyError("k")])
    except* KeyError as e:
        print("context:", repr(e.__context__))


def loop():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup("odd", [ValueError(i)])
            out.append(i)
        except* ValueError:
            out.append(-i)
    return out


print(loop())


def generator():
    try:
        yield 1
        raise ExceptionGroup("in gen", [ValueError("g")])
    except* ValueError as e:
        yield "caught in generator: " + repr(e.exceptions)


print(list(generator()))
