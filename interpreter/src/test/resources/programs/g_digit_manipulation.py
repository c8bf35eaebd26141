def digits(n):
    return [int(d) for d in str(abs(n))]
def armstrong(n):
    ds = digits(n)
    return sum(d ** len(ds) for d in ds) == n
print([n for n in range(1, 10000) if armstrong(n)], digits(-9075), sum(digits(2 ** 100)))
print(int("".join(sorted(str(918273645)))), int(str(12345)[::-1]), [n for n in range(10, 100) if n % sum(digits(n)) == 0][:10])
print(sorted({int("".join(p)) for p in __import__("itertools").permutations("123")}))
