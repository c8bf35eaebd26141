from math import gcd
print("   " + "".join(f"{j:3d}" for j in range(1, 11)))
for i in range(1, 11):
    print(f"{i:2d} " + "".join(f"{gcd(i, j):3d}" for j in range(1, 11)))
print(sum(gcd(i, j) == 1 for i in range(1, 51) for j in range(1, 51)))
