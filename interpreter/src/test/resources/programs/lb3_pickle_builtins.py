# Built-in functions, bound built-in methods and method/slot descriptors pickle by reference
import math, pickle, operator, itertools, copy

for f in [len, getattr, math.sqrt, math.floor, [].append, operator.add, str.join, int.__add__,
          dict.fromkeys, itertools.chain.from_iterable]:
    r = f.__reduce__()
    print(getattr(f, '__name__', '?'), r if isinstance(r, str) else (r[0].__name__, len(r[1])))
    for p in range(0, pickle.HIGHEST_PROTOCOL + 1):
        g = pickle.loads(pickle.dumps(f, p))
        print(' ', p, g == f or g.__name__ == f.__name__)
print(math.sqrt.__module__, len.__module__, operator.add.__module__, [].append.__module__)
print(copy.deepcopy([len, math.sqrt])[1](16.0))


class C:
    def m(self):
        return 42


print(pickle.loads(pickle.dumps(C().m)) is not None)
