a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[2], a[-1], a[1:4], a[::-1])
a.append(7); a.extend([8, 9]); a.insert(0, 0)
print(a, a.count(1), a.index(4), a.pop(), a.pop(0), a)
a.remove(1)
print(a, sorted(a), sorted(a, reverse=True), a)
a.sort(); print(a); a.reverse(); print(a)
b = a.copy(); b[0] = 100; print(a[0], b[0])
print([1, 2] + [3], [0] * 4, [1, 2] == [1, 2], [1, 2] < [1, 3], 3 in a, 42 not in a)
a[1:3] = ["x", "y", "z"]; print(a)
del a[0]; print(a)
del a[::2]; print(a)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
print(list(range(10))[2:8:2], list(reversed([1, 2, 3])), sum([1, 2, 3]), min([4, 2, 8]), max([4, 2, 8]))
nested = [1, [2, [3, [4]]]]
print(nested, len(nested))
l = [1]; l.append(l); print(l)
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
