# Exact lists' subscripts as list's own slots (a slice read or assigned, steps, negative and __index__ bounds, same-size replacement in place), subclasses through their dunders, and PySequence_Fast's message
class L(list):
    def __setitem__(self, k, v):
        print("sub set", k); super().__setitem__(k, v)
    def __getitem__(self, k):
        r = super().__getitem__(k); print("sub get", k); return r
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self): print("index", self.v); return self.v
def work():
    out = []
    p = list(range(10))
    for k in range(9):
        p[:k + 1] = p[k::-1]
        out.append(p[:])
    q = list(range(6))
    q[1:3] = q; out.append(q[:])
    q = list(range(6)); q[2:4] = [9, 9, 9]; out.append(q)
    q = list(range(6)); q[4:1] = [7]; out.append(q)
    q = list(range(6)); q[::2] = "abc"; out.append(q)
    q = list(range(6)); q[-2:] = (8, 9); out.append(q)
    q = list(range(6)); q[Ix(1):Ix(3)] = [5, 5]; out.append(q)
    q = list(range(6)); q[Ix(-1)] = 0; out.append(q)
    q = list(range(6)); out.append(q[Ix(1):Ix(5):Ix(2)]); out.append(q[::-1]); out.append(q[10:]); out.append(q[-100:2])
    return out
for _ in range(40):
    r = work()
print(r)
for bad in ("q[::0] = []", "q[::2] = [1]", "q[10] = 1", "q[2**70] = 1", "q['a'] = 1", "q[1:2] = 5", "q['a']", "q[1.5]"):
    q = list(range(6))
    try:
        exec(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
s = L([1, 2, 3]); s[0:2] = [7, 8]; print(s[1:], s)
class It:
    def __iter__(self):
        print("iter called"); return iter([4, 5])
q = list(range(4)); q[1:3] = It(); print(q)
class Bad:
    def __iter__(self): raise TypeError("mine")
try:
    q[1:2] = Bad()
except TypeError as e: print(e)
def g():
    yield 1; raise TypeError("during")
try:
    q[1:2] = g()
except TypeError as e: print(e)
