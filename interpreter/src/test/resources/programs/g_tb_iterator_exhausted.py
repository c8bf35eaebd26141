def pairs(seq):
    it = iter(seq)
    while True:
        a = next(it)
        b = next(it)
        yield a, b


print(list(zip(*[iter("abcdef")] * 2)))
gen = pairs([1, 2, 3, 4, 5])
print(next(gen), next(gen))
print(next(gen))
