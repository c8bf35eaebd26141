"""Chaos game: an iterated function system drawn into a character grid (float math, objects)."""
import sys


class Rng:
    """A linear congruential generator, so the run does not depend on the random module."""

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


def pick(maps, r):
    acc = 0.0
    for m in maps:
        acc += m.weight
        if r < acc:
            return m
    return maps[-1]


def main(points):
    maps = [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    width, height = 60, 40
    grid = [[0] * width for _ in range(height)]
    rng = Rng(42)
    x = y = 0.0
    for _ in range(points):
        x, y = pick(maps, rng.next_float()).apply(x, y)
        col = int((x + 2.75) / 5.5 * (width - 1))
        row = int((10.0 - y) / 10.0 * (height - 1))
        if 0 <= col < width and 0 <= row < height:
            grid[row][col] += 1
    checksum = 0
    for r, line in enumerate(grid):
        for c, v in enumerate(line):
            checksum = (checksum * 7 + v * (r + 1) + c) % 1000000007
    lit = sum(1 for line in grid for v in line if v)
    print(lit, checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
