d = {}
for k in "zyxwv":
    d[k] = ord(k)
print(d)
del d["x"]
d["x"] = 0
print(list(d))
d2 = {1: "a", 2: "b"}
d2[1] = "A"
print(d2)
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged, merged | {"d": 5})
print(dict(sorted({"b": 1, "a": 2}.items())))
inv = {v: k for k, v in merged.items()}
print(inv)
print(list(reversed({"x": 1, "y": 2})))
big = {i: i * i for i in range(50)}
for i in range(0, 50, 3):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
try:
    for k in big:
        big[k + 1000] = 0
except RuntimeError as e:
    print(e)
