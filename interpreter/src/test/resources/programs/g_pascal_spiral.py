def pascal(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]


rows = list(pascal(10))
w = len(" ".join(map(str, rows[-1])))
for r in rows:
    print(" ".join(map(str, r)).center(w))
print([sum(r) for r in rows], rows[9][4], [r[2] for r in rows[2:]])


def spiral(n):
    grid = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or grid[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return grid


for row in spiral(5):
    print(" ".join(f"{v:2d}" for v in row))


def unspiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(x) for x in zip(*m)][::-1]
    return out


print(unspiral(spiral(4)), unspiral([[1, 2, 3], [4, 5, 6]]))
diag = spiral(7)
print(sum(diag[i][i] for i in range(7)) + sum(diag[i][6 - i] for i in range(7)) - diag[3][3])
