print([x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(5)})
print({c for c in "hello"} == set("helo"))
print([[j for j in range(i)] for i in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
n = 5
print([n * i for i in range(3)])
