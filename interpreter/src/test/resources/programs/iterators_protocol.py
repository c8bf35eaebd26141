class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
for v in Countdown(2):
    print("v", v)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
it = iter([1, 2, 3])
print(list(it), list(it))
print(list(zip(*[(1, "a"), (2, "b")])))
d = {"a": 1, "b": 2}
it = iter(d.items())
print(next(it))
