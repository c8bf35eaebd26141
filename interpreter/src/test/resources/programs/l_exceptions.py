class AppError(Exception):
    code = 1


class ConfigError(AppError):
    code = 2

    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key

    def __str__(self):
        return f"bad config {self.key}: {self.args[1]}"


def load(cfg, key):
    try:
        raw = cfg[key]
    except KeyError as e:
        raise ConfigError(key, "missing") from e
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(key, f"not an int: {raw!r}")


cfg = {"port": "8080", "host": "x", "retries": "3"}
for k in ["port", "retries", "host", "timeout"]:
    try:
        print(k, load(cfg, k))
    except ConfigError as e:
        print(type(e).__name__, e, e.code, repr(e.__cause__), type(e.__context__).__name__)


def nested():
    results = []
    for i in range(4):
        try:
            try:
                if i == 0:
                    raise ValueError(i)
                if i == 1:
                    raise TypeError(i)
                if i == 2:
                    continue
                results.append("ok")
            except ValueError:
                results.append("value")
                raise RuntimeError("wrapped")
            finally:
                results.append(f"finally{i}")
        except RuntimeError as e:
            results.append(f"outer {e} ctx={e.__context__!r}")
        except TypeError as e:
            results.append(f"type {e.args}")
    return results


print(nested())


def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")


print(returns_in_finally())
try:
    raise AppError("x", 1) from None
except AppError as e:
    print(e.args, e.__suppress_context__, e.__cause__)
e = ValueError("a", "b")
print(str(e), repr(e), e.args, str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}["missing"]
except LookupError as e:
    print(repr(e), isinstance(e, KeyError))
try:
    int("12x")
except ValueError as e:
    print(e)
try:
    1 / 0
except ArithmeticError as e:
    print(type(e).__mro__)
print(issubclass(ConfigError, Exception), ConfigError.__bases__, AppError.__subclasses__())


def deep(n):
    if n == 0:
        raise ConfigError("deep", "bottom")
    deep(n - 1)


try:
    deep(3)
except ConfigError as err:
    tb = err.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("traceback depth", depth)
load(cfg, "host")
