pairs = [("a", 1), ("b", 2), ("c", 3, 4)]
total = 0
for name, value in pairs:
    total += value
    print(name, total)
