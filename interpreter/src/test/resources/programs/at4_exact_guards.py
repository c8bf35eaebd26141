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


# int/float mixes through the generic BINARY_OP and COMPARE_OP (no specialization for them)
def mixed(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b, a ** b, compare(a, b)


def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


print(mixed(3, 2.0), mixed(2.5, 2), mixed(-7.5, 2.0))
print(compare(0, -0.0), compare(-0.0, 0), compare(float("nan"), 1), compare(1, float("inf")), compare(-1, float("-inf")))
print(2**60 == 2.0**60, 2**60 + 1 == 2.0**60, 10**400 > 1e308, (-8) ** 0.5)
for a, b in ((1.0, 0), (1, 0.0), (1.0, 0.0)):
    for op in ("/", "//", "%"):
        try:
            eval("a " + op + " b")
        except ZeroDivisionError as e:
            print(op, e)
try:
    10**400 + 1.0
except OverflowError as e:
    print(e)
x = 1.5
x += 2
x *= 3
x -= 0.5
x /= 2
print(x, bool(0.0), bool(-0.0), bool(0.1), not 0.0, bool(""), bool("a"))
