# Re-raise semantics of except*: bare raise keeps the original nesting, new exceptions join a new group.
def tree(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        return "\n".join([pad + f"{type(e).__name__}({e.message!r})"] + [tree(s, depth + 1) for s in e.exceptions])
    return pad + repr(e)


def attempt(f):
    try:
        f()
    except BaseException as e:
        print(tree(e))
        return e


orig = None


def reraise_all():
    global orig
    try:
        orig = ExceptionGroup("orig", [ValueError(1), ExceptionGroup("nested", [TypeError(2), ValueError(3)])])
        raise orig
    except* ValueError:
        raise


r = attempt(reraise_all)
print("same object:", r is orig)


def unhandled_rest():
    try:
        raise ExceptionGroup("orig", [ValueError(1), KeyError(2), ExceptionGroup("n", [KeyError(3)])])
    except* ValueError:
        pass


attempt(unhandled_rest)


def raise_new():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("replacement")


r = attempt(raise_new)
rt = r.exceptions[0]
print(repr(rt.__context__))


def raise_new_in_two():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise IndexError("from value clause")
    except* TypeError:
        raise
    except* KeyError as e:
        raise OSError("from key clause") from e


attempt(raise_new_in_two)


def naked_reraised():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


r = attempt(naked_reraised)


def naked_replaced():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replaced")


attempt(naked_replaced)


def raise_group_inside():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("inner new", [KeyError("k")])


attempt(raise_group_inside)


def raise_e():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


attempt(raise_e)
