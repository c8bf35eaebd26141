a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
b.append(3)
print(a)
x = None
print(x is None, type(x) is type(None))
print(NotImplemented, Ellipsis, ...)
class K:
    pass
print(K() == K(), K.__eq__ is object.__eq__)
