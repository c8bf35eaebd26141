data = [1, 2, 3]
if (n := len(data)) > 2:
    print(n)
while (chunk := data.pop()) > 1:
    pass
filtered = [y for x in data if (y := x * 2) > 1]
