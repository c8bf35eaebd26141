import math
print(__name__, math.sqrt(16), math.pi, math.floor(2.7), math.ceil(2.1), math.gcd(12, 18), math.factorial(10))
print(math.isnan(float("nan")), math.inf > 10**100)
import sys
print(type(sys.argv), len(sys.argv) >= 1, sys.maxsize)
from math import sqrt as root
print(root(2))
g = globals()
print("root" in g, g["__name__"])
