def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]


primes = sieve(200)
print(primes[:15], len(primes), primes[-1])


def factorize(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out


for n in [360, 97, 1001, 2 ** 20, 600851475143]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))


def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


print([totient(n) for n in range(1, 21)])


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


print([n for n in range(90, 130) if is_probable_prime(n)], is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1))


def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y


g, x, y = ext_gcd(240, 46)
print(g, x, y, 240 * x + 46 * y, pow(17, -1, 3120), (17 * 2753) % 3120)
p, q = 61, 53
n, phi = p * q, (p - 1) * (q - 1)
e = 17
d = pow(e, -1, phi)
msg = 65
cipher = pow(msg, e, n)
print(n, d, cipher, pow(cipher, d, n))


def digits_sum(n):
    return sum(map(int, str(n)))


print(digits_sum(2 ** 1000), digits_sum(3 ** 200), len(str(2 ** 10000)))
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n] if False else [6, 28, 496, 8128]
print(perfect, all(sum(d for d in range(1, p) if p % d == 0) == p for p in perfect[:3]))
collatz = {}
for start in range(1, 30):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    collatz[start] = steps
print(max(collatz.items(), key=lambda kv: kv[1]), sum(collatz.values()))
tri = [n * (n + 1) // 2 for n in range(1, 15)]
print(tri, [t for t in tri if int(t ** 0.5) ** 2 == t])
print(divmod(2 ** 100, 12345), (-7) // 2, (-7) % 2, 7 // -2, 7 % -2, divmod(-7, -2), -7 / 2)
