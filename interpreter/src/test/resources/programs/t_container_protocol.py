class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
class Sized:
    def __len__(self):
        return 3
class Contains:
    def __contains__(self, x):
        print("contains", x)
        return x == "yes"
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(Seq(4)), 20 in Seq(4), 25 in Seq(4), len(Sized()), bool(Sized()), "yes" in Contains(), "no" in Contains())
print(list(It()), sum(It()), max(It()), sorted(It(), reverse=True), [x for x in It()], dict.fromkeys(It()))
a, b, c = It()
print(a, b, c, list(zip(It(), "ab")), list(enumerate(Seq(2))), tuple(reversed([1, 2])))
class Rev:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return "ab"[i]
print(list(reversed(Rev())), "".join(Rev()) if False else list(iter(Rev().__getitem__, "b")) if False else "skip")
class Map:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def keys(self):
        return self.d.keys()
m = Map()
m["a"] = 1
m[1:2] = "slice"
del m["a"]
print(m[slice(1, 2)], dict(m), {**m})
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), iter(it) is it)
class BadLen:
    def __len__(self):
        return -1
class BadLen2:
    def __len__(self):
        return "x"
for expr in ["len(BadLen())", "len(BadLen2())", "len(5)", "iter(5)", "next([])", "list(Sized())", "Sized()[0]",
             "5 in Sized()", "iter(It(), 1)", "a, b = It()"]:
    try:
        print(expr, "=", eval(expr) if "=" not in expr else exec(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
next(It().__iter__().__class__.__mro__.__iter__())
x, = It()
