import sys

failures = 0
checks = {"positive": lambda x: x > 0, "even": lambda x: x % 2 == 0, "small": lambda x: x < 100}
for value in [4, -2, 250, 7]:
    for name, check in checks.items():
        if not check(value):
            failures += 1
            print(f"{value}: failed {name}", file=sys.stderr)
print("failures:", failures)
sys.exit(min(failures, 3))
