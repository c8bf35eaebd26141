s = {5, 1, 3}
s.add(100); s.add(33); s.add(-1)
print(s, {"b", "a", "c"}, set([40, 8, 16, 32]), {x for x in range(20, 0, -3)})
t = set(range(10)); t.discard(3); t.add(3); t.add(64)
print(t, list(t))
