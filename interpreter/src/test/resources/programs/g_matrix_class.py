class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    T = property(transpose)

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of non-square matrix")
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(n):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[f"{x:g}" if isinstance(x, float) else str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a * 3, 2 * a, a @ b, sep="\n")
print(repr(a @ Matrix.identity(2)), a.shape, a[1, 0], a.T, a.det())
fib = Matrix([[1, 1], [1, 0]]) ** 50
print(fib[0, 1], (Matrix([[2, 0], [0, 2]]) ** 10).rows)
m3 = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(m3.det(), Matrix([[1.5, 2], [3, 4.25]]).det(), m3.transpose() == m3.T, m3 == m3.T)
print(m3)
m3[0, 0] = 10
print(m3.rows[0], Matrix([[0.5, 1e-3], [123.25, 7]]))
for bad in [lambda: Matrix([[1, 2], [3]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: a + Matrix([[1]]),
            lambda: Matrix([[1, 2]]).det(), lambda: a[2, 0], lambda: Matrix([])]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
rot = Matrix([[0, -1], [1, 0]])
v = Matrix([[1], [0]])
for _ in range(4):
    v = rot @ v
    print(v.rows, end=" ")
print()
