from abc import ABC, abstractmethod
import collections.abc as cabc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


print(Sq(3).describe(), isinstance(Sq(1), Shape), issubclass(Sq, ABC))
try:
    Shape()
except TypeError as e:
    print(e)
try:
    Half()
except TypeError as e:
    print(e)


class MyList:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items


print(isinstance(MyList(), cabc.Sized), isinstance(MyList(), cabc.Iterable), isinstance(MyList(), cabc.Container))
print(isinstance(MyList(), cabc.Sequence), isinstance([], cabc.MutableSequence), isinstance({}, cabc.Mapping))
print(isinstance((x for x in []), cabc.Generator), isinstance(iter([]), cabc.Iterator), issubclass(dict, cabc.MutableMapping))
cabc.Sequence.register(MyList)
print(isinstance(MyList(), cabc.Sequence), issubclass(MyList, cabc.Reversible))


class Ordered(cabc.Set):
    def __init__(self, it=()):
        self.data = []
        for x in it:
            if x not in self.data:
                self.data.append(x)

    def __contains__(self, x):
        return x in self.data

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"Ordered({self.data})"


o = Ordered("mississippi")
print(o, o | Ordered("xyz"), o & Ordered("sip"), o - Ordered("s"), o <= Ordered("misp"), o.isdisjoint("q"))


class Registry(cabc.MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r["A"] = 1
r.update(B=2, c=3)
print(dict(r), r.get("a"), "C" in r, r.pop("b"), r.setdefault("d", 4), sorted(r.items()), len(r))
r.popitem()
print(list(r.keys()), list(r.values()))


class Meta(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack")


class Duck(metaclass=Meta):
    pass


class Robot:
    quack = True


print(isinstance(Robot(), Duck), isinstance(1, Duck))
Half().describe()
