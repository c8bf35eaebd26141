import sys


def check(values):
    bad = [v for v in values if v < 0]
    if bad:
        print(f"found {len(bad)} negative values: {bad}")
        sys.exit(2)
    return sum(values)


print("total", check([1, 2, 3]))
try:
    check([1, -2, 3, -4])
finally:
    print("cleanup runs")
print("not reached")
