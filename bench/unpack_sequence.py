"""Unpacking: tuple and list unpacking and packing in tight loops."""
import sys


def swap_tuples(n):
    a, b, c, d = 1, 2, 3, 4
    total = 0
    for _ in range(n):
        a, b, c, d = b, c, d, a
        t = (a, b, c, d)
        w, x, y, z = t
        total += w - z
        l = [x, y]
        p, q = l
        total += p * q
    return total


def pairs(n):
    data = [(i, i * 2) for i in range(100)]
    total = 0
    for _ in range(n // 100):
        for k, v in data:
            total += k ^ v
        for (k, v), (k2, v2) in zip(data, data[1:]):
            total += k2 - k + v2 - v
    return total


def starred(n):
    total = 0
    row = list(range(8))
    for _ in range(n // 10):
        first, *middle, last = row
        total += first + last + len(middle)
        head, *tail = middle
        total += head
    return total


def main(n):
    print(swap_tuples(n), pairs(n), starred(n))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
