def numbers(items):
    for it in items:
        yield 100 // it


def pipeline(items):
    doubled = (n * 2 for n in numbers(items))
    return [d + 1 for d in doubled]


print(pipeline([1, 2, 5]))
print(pipeline([4, 0, 2]))
