x = "global"
def show():
    return x
def shadow():
    x = "local"
    return x
print(show(), shadow(), x)
def make_adders():
    return [lambda v, i=i: v + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_late():
    return [lambda v: v + i for i in range(3)]
print([f(10) for f in make_late()])
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()()
print(outer())
def cell_test():
    v = []
    def add(x):
        v.append(x)
        return v
    return add
add = cell_test()
add(1)
print(add(2))
