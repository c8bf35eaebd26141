data = list(range(3))
i = 5
print(data[i - 1])
