class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[a * k for a in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise ValueError("not square")
        a = [r[:] for r in self.rows]
        n = self.n
        d = 1.0
        for i in range(n):
            p = max(range(i, n), key=lambda r: abs(a[r][i]))
            if abs(a[p][i]) < 1e-12:
                return 0.0
            if p != i:
                a[i], a[p] = a[p], a[i]
                d = -d
            d *= a[i][i]
            for r in range(i + 1, n):
                f = a[r][i] / a[i][i]
                for c in range(i, n):
                    a[r][c] -= f * a[i][c]
        return d

    def __repr__(self):
        return "\n".join(" ".join(f"{x:8.3f}" for x in r) for r in self.rows)


A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(A @ B)
print(A + B)
print(2 * A == A * 2, A == B, A != B)
print(A.transpose() @ Matrix.identity(3) == A.transpose())
print(round(A.det(), 6), round(B.det(), 6), Matrix([[1, 2], [2, 4]]).det())
print(repr((0.1 + 0.2) * 3), 1e16 + 1, 2 ** 0.5, -0.0, abs(-0.0))
print(divmod(-7, 2), divmod(7.5, -2), -7 // 2, -7 % 2, 7.5 % -2)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2))
try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("error:", e)
print(A * "x")
