handlers = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}


def dispatch(op, *args):
    return handlers[op](*args)


print(dispatch("add", 2, 3), dispatch("mul", 4, 5))
print(dispatch("pow", 2, 8))
