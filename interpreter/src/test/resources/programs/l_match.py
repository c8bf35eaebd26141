from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    r: float


@dataclass
class Rect:
    corner: Point
    w: float
    h: float


def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=x, y=y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle():
            return "small circle"
        case Rect(_, w, h) if w == h:
            return f"square {w}"
        case Rect(Point(x, y), w, h):
            return f"rect {w}x{h} at ({x}, {y})"
        case [Point() as p, *rest]:
            return f"list starting with {p} and {len(rest)} more"
        case {"kind": "line", "from": (x1, y1), "to": (x2, y2)}:
            return f"line length^2 {(x2 - x1) ** 2 + (y2 - y1) ** 2}"
        case {"kind": kind, **others}:
            return f"unknown kind {kind} with {sorted(others)}"
        case int(n) | float(n) if n < 0:
            return "negative number"
        case 0 | 1 | 2:
            return "small int"
        case str() as s if s.isupper():
            return "shout"
        case "quit" | "exit":
            return "bye"
        case (a, b):
            return f"pair {a!r} {b!r}"
        case None:
            return "nothing"
        case _:
            return f"other {type(shape).__name__}"


tests = [
    Circle(Point(0, 0), 2), Circle(Point(3, 4), 11), Circle(Point(1, 1), 1), Rect(Point(0, 0), 3, 3),
    Rect(Point(1, 2), 3, 4), [Point(1, 1), Point(2, 2), 3], {"kind": "line", "from": (0, 0), "to": (3, 4)},
    {"kind": "blob", "size": 3, "color": "red"}, -5, -2.5, 1, "HEY", "quit", ("a", 2), None, 3.5, [], (1, 2, 3),
]
for t in tests:
    print(describe(t))

print(Point(1, 2), Point(1, 2) == Point(1, 2), Circle(Point(0, 0), 1.5))


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["look"]:
            return "looking"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "empty"


for c in ["go north", "go west", "take lamp key", "take", "look", "", "dance now"]:
    print(repr(c), command(c))
