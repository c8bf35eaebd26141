def outer(a):
    b = a + 1
    def middle(c):
        nonlocal b
        b += c
        def inner():
            return a + b + c
        return inner
    return middle

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

G = 0
def setg():
    global G
    G = 5
    del G

def cellarg(x, y):
    return lambda: x + y
