# Specialized forms guard on exact types (PyFloat_CheckExact, PyUnicode_CheckExact,
# PyTuple_CheckExact): after a site specializes for float/str/tuple, a subclass instance misses
# and its own dunder methods run.


class F(float):
    def __lt__(self, o):
        return True

    def __sub__(self, o):
        return "F.sub"

    def __mul__(self, o):
        return "F.mul"

    def __add__(self, o):
        return "F.add"


class S(str):
    def __eq__(self, o):
        return True

    __hash__ = str.__hash__

    def __add__(self, o):
        return "S.add"


class T(tuple):
    def __getitem__(self, i):
        return "T.item"

    def __iter__(self):
        return iter(("T.a", "T.b"))


def cmp(a, b):
    if a < b:
        return "lt"
    return "ge"


def eq(a, b):
    if a == b:
        return "eq"
    return "ne"


def arith(a, b):
    return a - b, a * b, a + b


def cat(a, b):
    return a + b


def inplace(a, b):
    a += b
    return a


def item(t):
    return t[0]


def unpack2(t):
    x, y = t
    return x, y


for i in range(200):
    cmp(2.0, 1.0)
    eq("a", "b")
    arith(1.5, 2.5)
    cat("a", "b")
    inplace("a", "b")
    item((1, 2))
    unpack2((1, 2))

print(cmp(F(2.0), 1.0), cmp(2.0, F(1.0)), cmp(2.0, 1.0))
print(eq(S("a"), "b"), eq("a", S("b")), eq("a", "b"))
print(arith(F(1.0), 2.0), arith(1.0, 2.0))
print(cat(S("x"), "y"), cat("x", "y"), inplace(S("x"), "y"), inplace("x", "y"))
print(item(T((1, 2))), item((1, 2)))
print(unpack2(T((1, 2))), unpack2((1, 2)))
