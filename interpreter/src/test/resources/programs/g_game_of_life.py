def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    counts[(r + dr, c + dc)] = counts.get((r + dr, c + dc), 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or n == 2 and cell in live}


def show(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))


glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for gen in range(5):
    print(f"gen {gen}:")
    print(show(state, 6, 6))
    state = step(state)
blinker = {(1, 0), (1, 1), (1, 2)}
print(step(blinker) == {(0, 1), (1, 1), (2, 1)}, step(step(blinker)) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block) == block, len(step({(0, 0)})), sorted(step(glider)))
pent = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
sizes = []
for _ in range(30):
    pent = step(pent)
    sizes.append(len(pent))
print(sizes)
