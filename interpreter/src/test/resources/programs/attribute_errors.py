class A:
    def __init__(self):
        self.present = 1
tests = [
    lambda: A().absent,
    lambda: A.absent,
    lambda: (1).absent,
    lambda: "s".absent,
    lambda: [].absent,
    lambda: None.absent,
    lambda: setattr(1, "x", 2),
    lambda: delattr(A(), "nope"),
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print("AttributeError:", e)
import math
try:
    math.nothing
except AttributeError as e:
    print("AttributeError:", e)
