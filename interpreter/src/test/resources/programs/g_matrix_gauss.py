from fractions import Fraction


def solve(a, b):
    n = len(a)
    m = [[Fraction(x) for x in row] + [Fraction(y)] for row, y in zip(a, b)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            raise ValueError("singular matrix")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]


sol = solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])
print(sol, [str(x) for x in sol])
print([str(x) for x in solve([[1, 2], [3, 4]], [5, 6])], [float(x) for x in solve([[3, 2], [1, 2]], [1, 1])])
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print("ValueError:", e)


def inverse(a):
    n = len(a)
    cols = [solve(a, [1 if i == j else 0 for i in range(n)]) for j in range(n)]
    return [[cols[j][i] for j in range(n)] for i in range(n)]


inv = inverse([[4, 7], [2, 6]])
print([[str(x) for x in row] for row in inv])
prod = [[sum(Fraction(a) * b for a, b in zip(row, col)) for col in zip(*inv)] for row in [[4, 7], [2, 6]]]
print(prod == [[1, 0], [0, 1]])
