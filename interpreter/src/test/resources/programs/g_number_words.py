ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            head = f"{words(q)} {name}"
            if not r:
                return head
            sep = " and " if value == 100 or r < 100 else ", "
            return head + sep + words(r)


for n in [0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 7654321, -15, 2_000_000_019]:
    print(f"{n:>13,}: {words(n)}")
total = sum(len(words(n).replace(" ", "").replace("-", "")) for n in range(1, 1001))
print(total, max(range(1, 200), key=lambda n: len(words(n))))
