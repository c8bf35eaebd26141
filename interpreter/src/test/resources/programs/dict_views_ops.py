a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
print(a.keys() & b.keys(), sorted(a.keys() | b.keys()), a.keys() - b.keys(), sorted(a.keys() ^ b.keys()))
print("x" in a.keys(), 2 in a.values(), ("y", 2) in a.items(), len(a.items()))
ks = a.keys()
a["new"] = 0
print(list(ks), ks)
print(a.items() == {("x", 1), ("y", 2), ("z", 3), ("new", 0)})
print(dict(a.items()) == a, list(zip(a.keys(), a.values())))
