"""Fannkuch-redux: pancake flips over all permutations (list indexing and slicing)."""
import sys


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        p = perm[:]
        flips = 0
        k = p[0]
        while k:
            p[:k + 1] = p[k::-1]
            flips += 1
            k = p[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutation % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            first = perm[0]
            i = 0
            while i < r:
                perm[i] = perm[i + 1]
                i += 1
            perm[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation += 1


def main(n):
    checksum, flips = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, flips))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
