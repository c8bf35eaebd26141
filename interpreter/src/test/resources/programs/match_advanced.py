def cmd(c):
    match c.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return "unknown: " + c
for c in ["go north", "pick up lamp", "take key", "drop a b", "drop", "exit", "", "dance"]:
    print(cmd(c))
def kind(x):
    match x:
        case None:
            return "none"
        case True:
            return "true"
        case 1.5:
            return "one and half"
        case {"x": int(v)} if v > 0:
            return f"positive x {v}"
        case {"x": _}:
            return "some x"
        case (a, b, *_):
            return f"seq {a} {b}"
        case str(s) if len(s) > 3:
            return "long str"
        case _:
            return "other"
for v in [None, True, 1.5, {"x": 5}, {"x": -1, "y": 0}, (1, 2, 3), "hello", "hi", 42]:
    print(kind(v))
