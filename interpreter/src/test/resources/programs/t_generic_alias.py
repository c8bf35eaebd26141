import types

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("list", lambda: list[int])
show("dict", lambda: dict[str, list[int]])
show("tuple", lambda: tuple[int, ...])
show("empty tuple", lambda: tuple[()])
show("type", lambda: type[int])
show("set", lambda: (set[str], frozenset[bytes]))
show("origin", lambda: list[int].__origin__)
show("args", lambda: dict[str, int].__args__)
show("params", lambda: list[int].__parameters__)
show("eq", lambda: list[int] == list[int])
show("ne", lambda: list[int] == list[str])
show("hash", lambda: hash(list[int]) == hash(list[int]))
show("call", lambda: list[int]((1, 2)))
show("call dict", lambda: dict[str, int](a=1))
show("type of", lambda: type(list[int]))
show("is", lambda: type(list[int]) is types.GenericAlias)
show("mro entries", lambda: list[int].__mro_entries__(()))
show("isinstance", lambda: isinstance([], list[int]))
show("issubclass", lambda: issubclass(list, list[int]))
show("attr forward", lambda: list[int].append)
show("union", lambda: list[int] | dict[str, int] | None)
show("getitem no params", lambda: list[int][str])
show("construct", lambda: types.GenericAlias(list, (int,)))
show("construct single", lambda: types.GenericAlias(dict, str))
show("repr user", lambda: list[types.SimpleNamespace])
show("nested", lambda: list[list[list[int]]])
show("ellipsis", lambda: tuple[int, ...].__args__)

class MyList(list):
    pass

show("subclass alias", lambda: MyList[int])
show("sub call", lambda: type(MyList[int]([1])).__name__)
x = list[int]()
x.append(3)
print(x, type(x))

class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item!r}"

print(Box[int], Box[int, str])
d = {list[int]: "a", list[str]: "b"}
print(d[list[int]], len(d))
print(list[int].__dir__ is not None)
list[int].nope
