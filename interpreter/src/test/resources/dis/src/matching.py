def m(cmd):
    match cmd:
        case 0 | 1 | 2:
            return "small"
        case [x, y, *rest]:
            return x + y
        case {"k": v, **others}:
            return v
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case str() as s:
            return s
        case (1, 2) | [3, 4]:
            return 5
        case None | True | False:
            return 6
        case -1.5 | 2j | "s" | b"b":
            return 7
        case _:
            return None

class Point:
    __match_args__ = ("x", "y")
