import math

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


def total(points):
    s = 0
    for p in points:
        s = s + p.norm()
    return s


def describe(value):
    # a comment with markup: </script><script>alert(1)</script> & <b>bold</b>
    return "<" + str(value) + ">" if value else None


print(total([Point(i, i) for i in range(100)]), describe(1.5))
