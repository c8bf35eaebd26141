it = iter(range(3))
print(next(it), list(it), next(it, "exhausted"))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
class CountTo:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
print(list(CountTo(3)), sum(CountTo(5)), 2 in CountTo(3), 7 in CountTo(3))
calls = iter([1, 2, 3, None, 4]).__next__
print(list(iter(calls, None)))
e = enumerate("xyz")
print(next(e), next(e), list(e))
z = zip(range(3), "ab")
print(next(z), list(z))
print(list(map(str.upper, iter(["a", "b"]))), list(filter(str.isdigit, "a1b2")))
