class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def arith(n):
    total = 0
    f = 0.5
    for i in range(n):
        total = total + i * 2 - 1
        f = f * 1.0001 + 0.5 - 0.25
        if i < n and total > -1:
            total += 1
    return total, f


def attrs(n):
    p = Point(1, 2)
    s = 0
    for _ in range(n):
        s += p.x + p.y + p.norm2()
        p.x = p.y
    return s


def subscr(n):
    lst = [1, 2, 3]
    tup = (4, 5, 6)
    d = {"a": 1}
    s = ""
    for i in range(n):
        lst[0] = lst[1] + tup[2] + d["a"]
        a, b = tup[0], tup[1]
        x, y, z = lst
        s = s + "x" if i < 3 else s
    return lst, len(s), isinstance(s, str)


def workload():
    for _ in range(100):
        arith(50)
        attrs(50)
        subscr(50)
