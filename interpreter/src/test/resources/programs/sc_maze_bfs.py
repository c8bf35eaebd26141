from collections import deque

MAZE = """\
S.#.......
.##.####.#
....#....#
###.#.##.#
....#..#..
.####.##.#
......#..E"""

grid = [list(r) for r in MAZE.splitlines()]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")

def bfs():
    q = deque([start])
    prev = {start: None}
    while q:
        cur = q.popleft()
        if cur == end:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                q.append((nr, nc))
    path = deque()
    node = end
    while node is not None:
        path.appendleft(node)
        node = prev.get(node)
    return path, len(prev)

path, seen = bfs()
print("steps", len(path) - 1, "visited", seen)
for r, c in list(path)[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(r) for r in grid))
window = deque(maxlen=3)
for p in path:
    window.append(p)
print("last three", list(window), window.maxlen)
ring = deque(range(6)); ring.rotate(2); print(ring, ring.index(0))
