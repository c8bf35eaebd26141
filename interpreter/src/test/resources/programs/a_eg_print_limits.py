# Printing limits: more than 15 sub-exceptions, and groups nested deeper than 10 levels.
def wide():
    return ExceptionGroup("wide", [ValueError(i) for i in range(18)])


def deep(n):
    eg = ExceptionGroup("depth 0", [ValueError("bottom")])
    for i in range(1, n):
        eg = ExceptionGroup(f"depth {i}", [eg, KeyError(i)])
    return eg


print(len(wide().exceptions), deep(12).message)
raise ExceptionGroup("limits", [wide(), deep(12)])
