class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Registry[int], Registry["x"], Registry[1, 2], Registry[int | str])
class Sub(Registry):
    pass
print(Sub[float])
class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return (cls, params)
print(Generic[int, str], Generic[()])
class WithMetaGetitem(type):
    def __getitem__(cls, item):
        return "meta " + repr(item)
class UsesMeta(metaclass=WithMetaGetitem):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(UsesMeta[1])
print(list[int], dict[str, int], tuple[int, ...], type[object], list[int] == list[int])
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(e)
five = 5
try:
    five[0]
except TypeError as e:
    print(e)
class Inst:
    def __getitem__(self, k):
        return k * 2
print(Inst()[3], Inst()[1:2], Inst()["ab"])
class ClsOnly:
    def __class_getitem__(cls, k):
        return k
try:
    ClsOnly()[1]
except TypeError as e:
    print(e)
Plain[0]
