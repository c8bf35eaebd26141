PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [r for r in text.split() if r]
    return [[0 if ch == "." else int(ch) for ch in r] for r in rows]


def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [n for n in range(1, 10) if n not in used]


calls = 0


def solve(g):
    global calls
    calls += 1
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cands = candidates(g, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for n in cands:
        g[r][c] = n
        if solve(g):
            return True
    g[r][c] = 0
    return False


grid = parse(PUZZLE)
print(solve(grid), calls)
for row in grid:
    print(" ".join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in grid))
print(all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))


def queens(n):
    sols = []
    cols = []

    def place(r):
        if r == n:
            sols.append(tuple(cols))
            return
        for c in range(n):
            if all(c != cc and abs(c - cc) != r - rr for rr, cc in enumerate(cols)):
                cols.append(c)
                place(r + 1)
                cols.pop()
    place(0)
    return sols


s = queens(6)
print(len(s), s, len(queens(7)))
