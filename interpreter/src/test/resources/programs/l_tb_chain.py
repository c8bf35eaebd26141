def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e


def process(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except RuntimeError:
            if it == "fatal":
                raise
            out.append(None)
    return out


print(process(["1", "x", "3"]))
try:
    process(["fatal"])
except RuntimeError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))


def cleanup():
    try:
        1 / 0
    finally:
        print("cleanup ran")


try:
    cleanup()
except ZeroDivisionError:
    print("propagated through finally")


def implicit():
    try:
        {}["k"]
    except KeyError:
        undefined_name  # noqa


implicit()
