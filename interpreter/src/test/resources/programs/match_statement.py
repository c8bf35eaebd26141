def describe(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative"
        case int():
            return "positive int"
        case str() as s:
            return "str " + s
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"list starting {x} with {len(rest)} more"
        case {"type": t, **others}:
            return f"dict of type {t} {others}"
        case (1 | 2 | 3):
            return "small"
        case _:
            return "other"
for v in [0, -5, 7, "hi", [1, 2], [1, 2, 3], {"type": "x", "k": 1}, 2.5, None]:
    print(describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"at {x},{y}"
print(where(Point(0, 0)), where(Point(0, 5)), where(Point(2, 3)))
