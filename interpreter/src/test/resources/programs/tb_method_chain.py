class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v.value
b = Box(3)
print(b.get())
