data = [1, 2, 3, 4]
a = [x * 2 for x in data if x > 1]
b = {x for x in data}
c = {x: y for x, y in zip(data, data)}
d = [(x, y) for x in data for y in data if x != y]
e = [[y for y in range(x)] for x in data]
f = list(x for x in data)
