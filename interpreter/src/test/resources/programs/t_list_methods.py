l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
l.insert(-1, 99)
print(l, len(l), l.index(99), l.count(1), l.pop(), l.pop(0), l)
l.remove(99)
l.sort()
print(l)
l.sort(reverse=True, key=lambda x: x % 3)
print(l)
l.reverse()
print(l, l.copy(), l[::2], l[-2:], l[10:], l[::-1])
l[1:3] = ["a", "b", "c"]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
del l[::3]
print(l)
del l[:]
print(l, [1, 2] + [3], [0] * 3, [[0]] * 2, 2 * [1])
m = [1, 2, 3]
m += "ab"
print(m, m == [1, 2, 3, "a", "b"], [1, 2] < [1, 3], [] < [0], sorted([3, 1, 2], reverse=True))
x = [1, [2, [3]]]
x[1][1].append(x)
print(x)
print(list("abc"), list(range(3)), list({1: 2}), list((1, 2)), [i * i for i in range(5) if i % 2])
print([1, 2, 3].__contains__(2), [1, 2].__len__(), [5, 6].__getitem__(-1), list.__name__)
class MyList(list):
    def append(self, v):
        super().append(v * 10)
ml = MyList([1])
ml.append(2)
print(ml, type(ml[:1]).__name__, len(ml), isinstance(ml, list))
for expr in ["[].pop()", "[1].pop(5)", "[1].index(2)", "[1].remove(2)", "l[5]", "l['a']", "[1] + (2,)",
             "[1] * 'a'", "[1].sort(key=5)", "[1, 'a'].sort()", "[3, 2].sort(cmp=None)", "[].insert(0)",
             "list(5)", "[1][1:2:0]", "l.__setitem__(slice(0, 4, 2), [1])", "[0] * (2 ** 70)"]:
    try:
        l = [1, 2, 3, 4]
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
[1, 2, 3].index(4)
