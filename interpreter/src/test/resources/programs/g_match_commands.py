from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def run(command):
    match command.split():
        case []:
            return "nothing"
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return f"going {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", *items] if items:
            return "taking " + " and ".join(items)
        case ["drop", ("sword" | "shield") as thing]:
            return f"dropped the {thing}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


def describe(obj):
    match obj:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if len(s) > 5:
            return f"long string {s[:5]}..."
        case str(s):
            return f"string {s!r}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {obj}"
        case Circle(Point(x=cx, y=cy), r) if r > 10:
            return f"big circle at ({cx},{cy})"
        case Circle(center=c, radius=r):
            return f"circle r={r} at {c.x},{c.y}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": kind}:
            return f"record of {kind}"
        case (a, b):
            return f"pair {a},{b}"
        case [first, *middle, last]:
            return f"seq {first}..{last} ({len(middle)} inside)"
        case _:
            return f"other {type(obj).__name__}"


for c in ["", "go north", "go up", "take lamp key", "take", "drop sword", "drop apple", "quit", "dance now"]:
    print(repr(c), "->", run(c))

things = [None, True, 0, -5, 7, 2.5, "hi", "a long string", Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2),
          Circle(Point(1, 1), 20), Circle(Point(2, 3), 1), {"type": "user", "name": "ann", "age": 3, "x": 1},
          {"type": "order"}, {"kind": 1}, (1, 2), [1, 2], [1, 2, 3, 4], "xy", {1, 2}, b"ab", (1,)]
for t in things:
    print(describe(t))


def http(status):
    match status:
        case 200 | 201 | 204:
            return "ok"
        case 301 | 302 as code:
            return f"redirect {code}"
        case n if 400 <= n < 500:
            return "client error"
        case _:
            return "server error"


print([http(s) for s in (200, 204, 302, 404, 418, 500)])
