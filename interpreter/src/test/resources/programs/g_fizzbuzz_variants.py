def fizzbuzz(n, rules=((3, "Fizz"), (5, "Buzz"))):
    for i in range(1, n + 1):
        yield "".join(word for d, word in rules if i % d == 0) or str(i)


print(" ".join(fizzbuzz(20)))
print(" ".join(fizzbuzz(21, ((3, "Fizz"), (5, "Buzz"), (7, "Bazz")))))
print(["FizzBuzz"[i % 3 and 4:4 + 4 * (i % 5 == 0)] or i for i in range(1, 16)])
counts = {}
for w in fizzbuzz(100):
    key = w if not w.isdigit() else "number"
    counts[key] = counts.get(key, 0) + 1
print(counts, sum(counts.values()))
print(*(f"{i}:{w}" for i, w in enumerate(fizzbuzz(15), 1) if not w.isdigit()), sep=", ")
