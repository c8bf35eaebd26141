def outer():
    x = 1
    class Inner:
        x = 2
        def m(self):
            return x
        y = [x for _ in range(3)]
    return Inner

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

def free_in_comprehension(n):
    return [lambda: i + n for i in range(n)]

def shadow(a):
    def a():
        return a
    return a

g = 0
def uses_global():
    global g
    g += 1
    def inner():
        return g
    return inner
