def f(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        if i > 100:
            break
        total += i
    else:
        total = -1
    while total > 0:
        total -= 3
        if total == 5:
            break
    else:
        total = 0
    while True:
        total += 1
        if total > 10:
            return total
