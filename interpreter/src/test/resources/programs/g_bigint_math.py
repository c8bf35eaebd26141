import math

def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f50 = factorial(50)
print(f50)
print(f50 == math.factorial(50), len(str(factorial(200))))
print(2 ** 256, -(2 ** 127), (2 ** 64 - 1) * (2 ** 64 + 1) == 2 ** 128 - 1)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, a * b)
print(b // a, b % a, divmod(b, a), divmod(-b, a), divmod(b, -a))
print(-a // 7, -a % 7, a // -7, a % -7)
print(a ** 3, pow(a, 3, 10 ** 9 + 7), pow(3, 10 ** 18, 1000000007))
print(pow(7, -1, 13), pow(2, -3, 11), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(math.gcd(a, b), 12 * 18 // math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 18))
print(math.isqrt(10 ** 40 + 12345), math.isqrt(99), math.factorial(100) // math.factorial(50) ** 2, math.factorial(10) // math.factorial(7))
print(a & b, a | b, a ^ b, ~a, a << 100, b >> 70, -a >> 3, -1 >> 100)
print(hex(a), oct(b)[:20], bin(a).count("1"), f"{a:,}", f"{b:_x}")
print(a.bit_length(), (-a).bit_length(), abs(-a) == a, hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(str(10 ** 100)[:10], len(str(10 ** 100)), 10 ** 100 // 3 ** 150)
print(sum(range(10 ** 6 + 1)), sum(i * i for i in range(1000)))
print(int(str(a)[::-1]), a == int(repr(a)), a / b, b / a, 10 ** 30 / 10 ** 10)
print(float(a), a > 1e29, a < 1e30, a == float(a), 2 ** 53 + 1 == float(2 ** 53 + 1))
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) % 7, round(a, -25), round(-a, -10))
collatz_max = max(range(1, 3000), key=lambda n: (lambda f: f(f, n, 0))(lambda f, k, s: s if k == 1 else f(f, k // 2 if k % 2 == 0 else 3 * k + 1, s + 1)))
print(collatz_max)
