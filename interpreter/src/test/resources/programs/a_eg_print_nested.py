# Uncaught nested exception group whose leaves carry their own tracebacks.
def fail(kind):
    if kind == "v":
        raise ValueError("bad value")
    if kind == "k":
        return {}["missing"]
    raise TypeError("bad type")


def gather(kinds):
    errors = []
    for k in kinds:
        try:
            fail(k)
        except Exception as e:
            errors.append(e)
    return errors


def level2():
    raise ExceptionGroup("level 2", gather("vk"))


def level1():
    errors = gather("t")
    try:
        level2()
    except ExceptionGroup as e:
        errors.append(e)
    raise ExceptionGroup("level 1", errors + [OSError("no traceback")])


level1()
