class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def classify(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | complex():
            return "inexact"
        case str() as s if len(s) > 3:
            return "long str"
        case "a" | "b":
            return "letter"
        case [] | ():
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts 1 rest {rest}"
        case (a, b, *_, z):
            return f"seq {a} {b} .. {z}"
        case {"kind": "circle", "r": r, **others}:
            return f"circle {r} {others}"
        case {"kind": k}:
            return f"kind {k}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diag {xx}"
        case Point():
            return "point"
        case None:
            return "none"
        case True:
            return "true?"
        case _:
            return "other " + type(v).__name__

for v in [0, 1, -5, 7, 2.5, 1j, "hello", "a", "z", [], (), [9], [1, 2, 3], (4, 5, 6, 7), "xy",
          {"kind": "circle", "r": 2, "c": 1}, {"kind": "sq"}, {}, Point(0, 0), Point(0, 3), Point(2, 2),
          Point(1, 2), None, True, False, {1, 2}, b"ab", range(3)]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", classify(v))

class Color:
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
print(col(Color.RED), col(Color.GREEN), col(3))

class Bad:
    __match_args__ = ("a",)
try:
    match Bad():
        case Bad(x, y):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError", e)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match "text":
    case str(s):
        print("str pattern binds", s)
x = 5
match 5:
    case y if y == x:
        print("guard ok", y)
