class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x)
        self.z = z


print(vars(Point(1, 2)))
print(vars(Point3(1, 2, 3)))
