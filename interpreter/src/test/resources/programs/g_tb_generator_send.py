def averager():
    total = count = 0
    while True:
        value = yield (total / count if count else None)
        total += value
        count += 1


g = averager()
next(g)
print(g.send(10), g.send(20))
print(g.send("30"))
