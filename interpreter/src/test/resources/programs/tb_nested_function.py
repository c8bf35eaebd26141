def outer():
    def inner(x):
        return x.upper()
    return [inner(v) for v in ["a", 1]]
outer()
