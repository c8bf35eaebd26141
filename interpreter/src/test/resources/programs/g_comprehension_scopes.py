matrix = [[i * 3 + j for j in range(3)] for i in range(4)]
print(matrix)
print([x for row in matrix for x in row if x % 2 == 0])
print([[row[i] for row in matrix] for i in range(3)])
print({x: x ** 2 for x in range(6) if x % 2})
print({len(w) for w in "a bb ccc dd e".split()})
print(list(x * y for x in range(3) for y in range(3) if x < y))
print([(i, c) for i, c in enumerate("abc") if c != "b"])
print([y for x in range(5) if (y := x * x) > 4])
print(y)
total = 0
print([total := total + n for n in range(5)], total)
print(sum(n for n in range(10) if n % 3 == 0), max((len(w), w) for w in ["aa", "b", "ccc"]))
print([[c for c in w] for w in ("hi", "yo")], ["even" if n % 2 == 0 else "odd" for n in range(4)])
x = "global x"
print([x for x in range(3)], x)


class Config:
    base = 10
    values = [base + i for i in range(3)] if False else None
    names = ["a", "b"]
    upper = [n.upper() for n in names]


print(Config.upper)
try:
    class Broken:
        k = 2
        vals = [k * i for i in range(3)]
except NameError as e:
    print("NameError:", e)
gen = (i for i in range(3))
print(list(gen), list(gen))
funcs = [(lambda: i) for i in range(3)]
print([f() for f in funcs])
funcs2 = [(lambda i=i: i) for i in range(3)]
print([f() for f in funcs2])
nested = {k: [v * 2 for v in vs] for k, vs in {"a": [1, 2], "b": [3]}.items()}
print(nested)
pairs = sorted({(a, b) for a in range(3) for b in range(a, 3)})
print(pairs, len(pairs))
flat = [item for sub in [[1, [2]], [3]] for item in sub]
print(flat)
print([c for c in "Hello World" if c.isupper()], "".join(c for c in "a1b2c3" if c.isdigit()))
primes = [n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
it = iter(range(10))
print([next(it) for _ in range(3)], list(it))
print({i: {j for j in range(i)} for i in range(4)})
print([(lambda n: n * n)(k) for k in range(4)])
data = [{"n": "a", "v": 3}, {"n": "b", "v": 1}, {"n": "c", "v": 2}]
print([d["n"] for d in sorted(data, key=lambda d: d["v"])], {d["n"]: d["v"] for d in data if d["v"] > 1})
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
