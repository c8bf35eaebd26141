import math

print(2 ** 100, 3 ** 50 % 1000007, pow(3, 200, 1000000007), pow(2, -1, 7), pow(7, -2, 13))
print((-17) // 5, (-17) % 5, 17 // -5, 17 % -5, divmod(10**30, 7**20))
print(int.bit_length(2**70), (255).bit_count(), (1024).to_bytes(4, "big"), int.from_bytes(b"\x01\x00", "little"))
print(abs(-10**25), -(10**25) // 3, (10**25) >> 10, 1 << 100, ~0, ~(10**20), -1 & 0xFF, 6 ^ 3, 6 | 9)
print(math.gcd(2**40, 6**20), math.lcm(12, 18), math.isqrt(10**20 + 12345), math.factorial(25))
print(math.comb(50, 25), math.perm(10, 3), math.prod(range(1, 15)))
print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.7), math.fabs(-3), math.copysign(2, -0.0))
print(math.log(1000, 10), math.log10(1e-5), math.log2(1024), math.exp(1), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.fsum([0.1] * 10), sum([0.1] * 10))
print(float.fromhex("0x1.8p1"), (3.5).hex(), (0.1).as_integer_ratio(), (2.5).is_integer(), float(2**53 + 1))
print(int(3.99), int(-3.99), int("1_000"), float("1_0.5"), int(1e20), 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1))
print(7 / 7, 2 ** -1, (-8) ** (1 / 3), 0 ** 0, 0.0 ** 0, complex(3, 4).__abs__(), (1j) ** 2)
print(hash(1), hash(1.0), hash(-1), hash(2**61 - 1), hash(2**61), hash(1.5), hash(-0.0), hash(10**30) == hash(float(10**30)))
print(max(3, 7.5, -1), min([4, 2.2, 9]), sum(range(101)), sum([0.5] * 3, 10), abs(-7.25), round(7.125, 2))
print(bin(10), oct(64), hex(-255), int("z", 36), int("777", 8), format(2**64, "x"), bool(0.0), bool(-1))
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 2 ** 0.5 * 2 ** 0.5, 10 / 3 * 3, 1e308 * 10, -1e308 * 10)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
n = 600851475143
f, d = [], 2
while d * d <= n:
    while n % d == 0:
        f.append(d)
        n //= d
    d += 1
if n > 1:
    f.append(n)
print(f)
print(10 % 0)
