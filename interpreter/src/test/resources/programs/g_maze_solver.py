from collections import deque

MAZE = """\
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########"""

grid = [list(row) for row in MAZE.splitlines()]
H, W = len(grid), len(grid[0])
find = lambda ch: next((r, c) for r in range(H) for c in range(W) if grid[r][c] == ch)
start, end = find("S"), find("E")
print(H, W, start, end)


def neighbors(pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != "#":
            yield nr, nc


def bfs():
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == end:
            break
        for nb in neighbors(cur):
            if nb not in prev:
                prev[nb] = cur
                q.append(nb)
    path = []
    node = end
    while node:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)


def dfs_count(pos, seen):
    if pos == end:
        return 1
    total = 0
    for nb in neighbors(pos):
        if nb not in seen:
            seen.add(nb)
            total += dfs_count(nb, seen)
            seen.remove(nb)
    return total


path, explored = bfs()
print(len(path) - 1, explored)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
print("simple paths:", dfs_count(start, {start}))
dirs = []
for (r1, c1), (r2, c2) in zip(path, path[1:]):
    dirs.append({(0, 1): "E", (1, 0): "S", (0, -1): "W", (-1, 0): "N"}[(r2 - r1, c2 - c1)])
runs = []
for d in dirs:
    if runs and runs[-1][0] == d:
        runs[-1][1] += 1
    else:
        runs.append([d, 1])
print("".join(dirs), " ".join(f"{d}{n}" for d, n in runs))
