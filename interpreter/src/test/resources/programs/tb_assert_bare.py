x = 5
assert x < 3
