"""N-queens: count all solutions with generators over permutations."""
import sys


def permutations(items):
    n = len(items)
    if n <= 1:
        yield list(items)
        return
    for i in range(n):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield [items[i]] + tail


def solutions(n):
    cols = range(n)
    for vec in permutations(list(cols)):
        if (n == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def main(n):
    count = 0
    checksum = 0
    for sol in solutions(n):
        count += 1
        checksum = (checksum * 31 + sum(v * (i + 1) for i, v in enumerate(sol))) % 1000003
    print(count, checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
