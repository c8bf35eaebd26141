import sys

results = []
for n in range(10):
    results.append(n * n)
    if sum(results) > 50:
        print("budget reached at", n, results)
        sys.exit(0)
print("never")
