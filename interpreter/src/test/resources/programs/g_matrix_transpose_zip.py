m = [[1, 2, 3], [4, 5, 6]]
t = [list(r) for r in zip(*m)]
print(t, list(map(sum, m)), list(map(sum, zip(*m))), [[r[i] * 2 for r in m] for i in range(3)])
rot = [list(r) for r in zip(*m[::-1])]
print(rot, [list(r) for r in zip(*m)][::-1], [row[::-1] for row in m])
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(ident, all(ident[i][j] == ident[j][i] for i in range(3) for j in range(3)))
