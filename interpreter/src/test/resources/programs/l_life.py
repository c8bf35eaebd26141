def step(cells, w, h):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % w, (y + dy) % h)
                    counts[p] = counts.get(p, 0) + 1
    for p, n in counts.items():
        if n == 3 or (n == 2 and p in cells):
            new.add(p)
    return new


def show(cells, w, h):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(6, 6), (7, 6), (8, 6)}
cells = glider | blinker
W, H = 12, 10
for gen in range(5):
    print(f"gen {gen}: {len(cells)} alive")
    print(show(cells, W, H))
    cells = step(cells, W, H)
for _ in range(40):
    cells = step(cells, W, H)
print(sorted(cells))
print(hash(frozenset(cells)) == hash(frozenset(sorted(cells))))
