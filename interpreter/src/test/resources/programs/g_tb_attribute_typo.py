class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.hieght


r = Rectangle(3, 4)
print(r.width, r.height)
print(r.area())
