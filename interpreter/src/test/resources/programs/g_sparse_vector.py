class SparseVector:
    def __init__(self, size, items=None):
        self.size = size
        self.data = {i: v for i, v in (items or {}).items() if v}

    @classmethod
    def from_list(cls, xs):
        return cls(len(xs), dict(enumerate(xs)))

    def __getitem__(self, i):
        if not -self.size <= i < self.size:
            raise IndexError(f"index {i} out of range for size {self.size}")
        return self.data.get(i % self.size, 0)

    def __setitem__(self, i, v):
        i %= self.size
        if v:
            self.data[i] = v
        else:
            self.data.pop(i, None)

    def __len__(self):
        return self.size

    def __iter__(self):
        return (self.data.get(i, 0) for i in range(self.size))

    def dot(self, other):
        small, big = sorted((self, other), key=lambda v: len(v.data))
        return sum(v * big.data.get(i, 0) for i, v in small.data.items())

    def __add__(self, other):
        out = SparseVector(self.size, self.data)
        for i, v in other.data.items():
            out[i] = out[i] + v
        return out

    def __mul__(self, k):
        return SparseVector(self.size, {i: v * k for i, v in self.data.items()})

    def nnz(self):
        return len(self.data)

    def __repr__(self):
        inner = ", ".join(f"{i}: {v}" for i, v in sorted(self.data.items()))
        return f"SparseVector({self.size}, {{{inner}}})"


a = SparseVector.from_list([0, 0, 3, 0, 0, 0, 7, 0, 1, 0])
b = SparseVector(10, {2: 2, 8: -1, 9: 4})
print(a, b, a.nnz(), len(a), list(a))
print(a.dot(b), a + b, a * 2, (a + b * -1).nnz(), a[-4], a[2])
a[2] = 0
a[-1] = 5
print(a, sum(a), max(a), a.dot(a))
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
big = SparseVector(10 ** 9, {0: 1, 999_999_999: 2, 123456789: 3})
print(big.dot(big), big[-1], big.nnz(), len(big))
