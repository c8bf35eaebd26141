class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class DbError(AppError):
    pass


class NotFound(DbError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}", code=404)
        self.key = key


log = []


def fetch(store, key):
    try:
        return store[key]
    except KeyError as e:
        raise NotFound(key) from e
    finally:
        log.append(f"fetch {key}")


def load(store, keys):
    out = []
    for k in keys:
        try:
            out.append(fetch(store, k))
        except NotFound as e:
            log.append(f"skip {e.key}")
            out.append(None)
            continue
        else:
            log.append(f"ok {k}")
        finally:
            log.append("loop end")
    return out


store = {"a": 1, "b": 2}
print(load(store, ["a", "x", "b"]))
print(log)
try:
    fetch(store, "zz")
except AppError as e:
    print(type(e).__name__, str(e), e.code, repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("converted") from None
except RuntimeError as e:
    print(repr(e), e.__suppress_context__, repr(e.__context__))


def finally_return():
    try:
        return "try"
    finally:
        print("finally runs before return")


def finally_override():
    for i in range(3):
        try:
            if i == 1:
                return f"returned at {i}"
        finally:
            if i == 1:
                print("cleanup", i)
    return "end"


def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"


print(finally_return(), finally_override(), swallow())


def nested(level):
    try:
        if level == 0:
            raise LookupError("bottom")
        nested(level - 1)
    except LookupError as e:
        e.args = e.args + (level,)
        raise


try:
    nested(3)
except LookupError as e:
    print(e.args)

errors = [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"), AppError("a", 7)]
for err in errors:
    try:
        raise err
    except (KeyError, IndexError) as e:
        print("lookup:", repr(e), isinstance(e, LookupError))
    except ArithmeticError as e:
        print("arith:", e)
    except Exception as e:
        print("other:", type(e).__name__, e)

e = ValueError("x", 2, [3])
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("key")), str(KeyError("key")))
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args, t.__traceback__ is not None)
print(issubclass(NotFound, LookupError), NotFound.__mro__[1:3], BaseException.__subclasses__ is not None)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as a:
    print("AssertionError:", a)
x = None
try:
    x.attr
except AttributeError as a:
    print(a, a.name if hasattr(a, "name") else "")
