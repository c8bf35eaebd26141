fn = lambda x: x.missing
print(list(map(fn, [1])))
