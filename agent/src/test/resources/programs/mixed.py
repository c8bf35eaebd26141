# Exercises successes, failures, misses and deopts in several families.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def shifted(self, dx, dy):
        return type(self)(self.x + dx, self.y + dy)


def add(a, b):
    return a + b


def mixed(n):
    total = 0
    items = [1, 2, 3]
    names = {"a": 1}
    for i in range(n):
        total = add(total, i)                       # int + int
        s = add("x", str(i % 3))                    # str + str at the same site
        total = total + items[i % 3] + names["a"]   # BINARY_SUBSCR list/dict
        if i % 50 == 0:
            total = add(total, 0.5)                 # int + float: misses
        if s < "x2":                                # str compare
            total += 1
        total = total % 1000003
    return total


p = Point(0, 0)
for i in range(200):
    p = p.shifted(1, 2)
print(p.x, p.y, mixed(2000))
