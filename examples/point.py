# The example from the PEP 659 talk: after warm-up, CPython 3.11 specializes every
# instruction of Point.shifted. `./quicken dis --adaptive examples/point.py` shows it.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def shifted(self, dx, dy):
        x = dx + self.x
        y = dy + self.y
        cls = type(self)
        return cls(x, y)


p = Point(0.0, 0.0)
for i in range(100):
    p = p.shifted(1.0, 2.0)
print(p.x, p.y)
