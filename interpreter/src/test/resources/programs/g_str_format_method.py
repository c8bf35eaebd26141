class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.3f}"
        return f"({self.x:{spec}}, {self.y:{spec}})"

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x},{self.y}>"


p = Point(3, 4)
print("{} {!r} {!s}".format(p, p, p))
print("{:polar} {:.2f} {:>5}".format(p, p, p))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age:>3}".format(name="Bob", age=7))
print("{0.x} {0.y} {1[0]} {1[1]} {2[key]}".format(p, [10, 20], {"key": "val"}))
print("{:<10}|{:^10}|{:>10}".format("l", "c", "r"))
print("{:*^20}".format(" title "))
print("{:,} {:_} {:.2%} {:e}".format(1234567, 7654321, 0.4567, 0.00123))
print("{{}} {{{}}}".format("x"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{!a}".format("café"))
print(format(255, "#x"), format(3.5, "08.3f"), format("s", "^5"), format(12, ""), format(None))
args = ["one", "two"]
kw = {"k": "kay"}
print("{} {} {k}".format(*args, **kw))
print("{0:>{1}}".format("x", 6))
print("{:d}".format(True), "{}".format(False), "{:5}".format(True))
print("{:05}|{:<05}|{:x^7}".format(-3, 7, 9))
t = (1, 2, 3)
print("{t[2]}".format(t=t), "{}".format(t))
for spec, val in [("{:d}", 1.5), ("{0} {2}", 1), ("{:s}", 5), ("{a}", 1), ("{:,d}", "x"), ("{0[5]}", [1])]:
    try:
        print(spec.format(val))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(str.format("{}-{}", 1, 2), "{:>8.3}".format("abcdefg"))
