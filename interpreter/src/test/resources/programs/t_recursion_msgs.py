import sys
class R:
    def __repr__(self):
        return repr(self)
class S:
    def __str__(self):
        return str(self)
class E:
    def __eq__(self, o):
        return self == o
class G:
    def __getattr__(self, n):
        return self.other
class H:
    def __hash__(self):
        return hash(self)
class L:
    def __lt__(self, o):
        return self < o
class C:
    def __call__(self):
        return self()
def f(n):
    return f(n + 1)
cases = [("repr", lambda: repr(R())), ("eq", lambda: E() == 1), ("getattr", lambda: G().x),
         ("hash", lambda: hash(H())), ("lt", lambda: L() < 1), ("call", lambda: C()()), ("plain", lambda: f(0))]
for name, c in cases:
    try:
        c()
    except RecursionError as e:
        print(name, e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 900, sys.getrecursionlimit())
sys.setrecursionlimit(100)
print(depth(0) < 100)
nested = []
for i in range(200):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("nested", e)
sys.setrecursionlimit(1000)
def g(n):
    return g(n + 1) + 1
g(0)
