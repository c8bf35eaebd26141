def read_numbers():
    for line in ["1 2 3", "4 5", "", "6"]:
        for tok in line.split():
            yield int(tok)
def squares(nums):
    for n in nums:
        yield n * n
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total(squares(read_numbers()))))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x for x in naturals() if x % 3 == 0))))
gen = (c.upper() for c in "abc")
print(next(gen), "".join(gen))
def window(seq, k):
    it = iter(seq)
    win = [next(it) for _ in range(k)]
    yield tuple(win)
    for v in it:
        win = win[1:] + [v]
        yield tuple(win)
print(list(window(range(6), 3)))
