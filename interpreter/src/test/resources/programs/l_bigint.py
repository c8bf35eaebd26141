def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


f100 = fact(100)
print(f100)
print(len(str(f100)), sum(map(int, str(f100))), f100 % (10**9 + 7), f100.bit_length())
print(fact(30) // fact(28), fact(50) // (fact(25) * fact(25)))
a = 2**521 - 1
print(pow(3, a - 1, a) == 1, a % 1000, str(a)[:20])


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


print(isqrt(10**100), isqrt(2 * 10**60))


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))


print(pi_digits(60))
print(-(10**30) // 7, -(10**30) % 7, divmod(-10**40, 10**20 + 1), (10**40) // -(3**30))
print(hex(2**100), int("f" * 40, 16), (1 << 200) >> 190, -(1 << 70) >> 3, (2**64 - 1) & -(2**32))
print(str(-12345678901234567890), 12345678901234567890 * -98765432109876543210, abs(-(2**99)) == 2**99)
print(float(10**300), int(1e300) == 10**300, 10**400 > 1e308, (10**18 + 1) * 1.0)
try:
    float(10**400)
except OverflowError as e:
    print(e)
print(round(10**20 + 0.0), round(123456789, -4), round(-155, -1), round(2**70, -20))
