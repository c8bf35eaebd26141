items = [3, "two", 1]
items.sort()
