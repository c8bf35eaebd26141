def m(command):
    match command:
        case "quit":
            return 0
        case ["go", direction]:
            return direction
        case ["drop", *objects]:
            return objects
        case {"x": x, "y": y, **rest}:
            return x, y, rest
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case [1, 2, *_]:
            return 1
        case (1 | 2 | 3) as num if num > 1:
            return num
        case None:
            return None
        case -1 | 1.5 | 2j:
            return 2
        case str() | bytes():
            return 3
        case _:
            return -1
