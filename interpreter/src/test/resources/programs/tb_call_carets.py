def inner(x):
    return int(x)
def outer(v):
    result = inner(v) + inner(v)
    return result
print(outer("7"))
print(outer("seven"))
