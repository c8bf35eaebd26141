records = [("ann", 31), ("bob", None), ("cy", 25)]
print(sorted(records))
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
