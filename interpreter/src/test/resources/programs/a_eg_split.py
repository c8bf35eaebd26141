# split() and subgroup(): by type, tuple of types and predicate; nesting and copied metadata.
def tree(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        lines = [pad + f"{type(e).__name__}({e.message!r})"]
        for sub in e.exceptions:
            lines.append(tree(sub, depth + 1))
        return "\n".join(lines)
    return pad + repr(e)


def show(label, x):
    print(label + ":")
    print(tree(x) if x is not None else "  None")


leaf_v = ValueError("v")
leaf_t = TypeError("t")
inner = ExceptionGroup("inner", [KeyError("k"), ValueError("v2")])
eg = ExceptionGroup("top", [leaf_v, leaf_t, inner])
m, r = eg.split(ValueError)
show("match ValueError", m)
show("rest", r)
print(m.exceptions[0] is leaf_v)
m, r = eg.split((KeyError, TypeError))
show("match tuple", m)
show("rest", r)
m, r = eg.split(lambda e: isinstance(e, LookupError))
show("match predicate", m)
m, r = eg.split(Exception)
print(m is eg, r)
m, r = eg.split(OSError)
print(m, r is not None and r.exceptions == eg.exceptions)
show("subgroup", eg.subgroup(lambda e: "2" in str(e)))
print(eg.subgroup(ExceptionGroup) is eg)
print(eg.subgroup(lambda e: e is eg) is eg)
for bad in (1, "x", (ValueError, 1), [ValueError], None):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    eg.subgroup()
except TypeError as e:
    print("TypeError:", e)


def raiser():
    raise ExceptionGroup("tb", [ValueError(1), TypeError(2)])


try:
    try:
        raiser()
    except Exception as ctx:
        raise ExceptionGroup("with meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(ValueError)
    print(m.__traceback__ is caught.__traceback__, r.__traceback__ is caught.__traceback__)
    print(repr(m.__cause__), repr(m.__context__), m.__suppress_context__)
    print(m.__notes__, r.__notes__, m.__notes__ is caught.__notes__)
