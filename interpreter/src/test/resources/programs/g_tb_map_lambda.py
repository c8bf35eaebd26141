prices = [10, 20, 0, 5]
ratios = list(map(lambda p: 100 / p, prices[:2]))
print(ratios)
print(list(map(lambda p: 100 / p, prices)))
