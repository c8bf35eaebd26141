grid = [[3, 8, 1], [9, 2, 7], [4, 6, 5]]
flat = [x for row in grid for x in row]
print(flat, sum(flat), max(map(max, grid)), min(min(r) for r in grid), [max(c) for c in zip(*grid)])
print(sorted(range(9), key=lambda i: flat[i])[:3], [divmod(flat.index(v), 3) for v in (9, 1)])
print([sum(r) / len(r) for r in grid], sum(grid[i][i] for i in range(3)), [r[:] for r in grid] == grid)
