import types

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class A: pass
class B(A): pass

show("int|str", lambda: int | str)
show("type", lambda: type(int | str))
show("none right", lambda: int | None)
show("none left", lambda: None | int)
show("chain", lambda: int | str | float | int)
show("nested", lambda: (int | str) | (float | bytes))
show("dedupe", lambda: int | int)
show("dedupe union", lambda: (int | str) | int)
show("args", lambda: (int | str | None).__args__)
show("eq", lambda: (int | str) == (str | int))
show("ne", lambda: (int | str) != (int | float))
show("hash", lambda: hash(int | str) == hash(str | int))
show("user", lambda: A | B | None)
show("isinstance", lambda: [isinstance(x, int | str) for x in (1, "a", 2.0, None)])
show("isinstance none", lambda: isinstance(None, int | None))
show("issubclass", lambda: (issubclass(B, A | int), issubclass(float, int | str)))
show("bool sub", lambda: issubclass(bool, int | str))
show("with tuple", lambda: isinstance(3, (str, int | None)))
show("module", lambda: types.UnionType.__module__)
show("name", lambda: type(int | str).__name__)
show("is", lambda: type(int | str) is types.UnionType)
show("or int", lambda: int | 3)
show("ror int", lambda: 3 | int)
show("or str", lambda: int | "str")
show("params", lambda: (int | str).__parameters__)
show("getitem", lambda: (int | str)[int])
show("generic", lambda: list[int] | None)
show("generic dedupe", lambda: list[int] | list[int])
show("in dict", lambda: {int | str: 1}[str | int])
show("set", lambda: len({int | str, str | int, int | float}))
show("isinstance generic", lambda: isinstance([], list[int] | None))
u = int | str
print(u.__args__[0] is int, u.__args__[1] is str)
print(str(int | None), repr(None | str | bytes))
print(isinstance(5, u), isinstance(b"", u))
issubclass(5, u)
