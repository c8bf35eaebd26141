match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | 2j | -3 + 4j | 5 - 6j:
        pass
    case "s" "t":
        pass
    case b"bytes":
        pass
    case None:
        pass
    case True | False:
        pass
    case name:
        pass
    case _:
        pass
    case a.b:
        pass
    case a.b.c:
        pass
    case (1):
        pass
    case (1, 2):
        pass
    case (1,):
        pass
    case ():
        pass
    case []:
        pass
    case [1, *rest]:
        pass
    case [*_, 2]:
        pass
    case 1, 2:
        pass
    case 1, *rest:
        pass
    case {}:
        pass
    case {"a": 1, **rest}:
        pass
    case {1: x, a.b: y}:
        pass
    case {**rest}:
        pass
    case {None: 1, True: 2, -1: 3, 1+2j: 4}:
        pass
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=2):
        pass
    case Point(1, y=2,):
        pass
    case mod.Point(x=[1, 2]):
        pass
    case 1 as one:
        pass
    case (1 | 2) as n:
        pass
    case [1, 2] as lst if lst:
        pass
    case x if x > 0:
        pass
match x, y:
    case a, b: pass
match *x, y:
    case _: pass
match (x):
    case _: pass
match x,:
    case _: pass
match -x:
    case _: pass
match f(x):
    case _: pass
