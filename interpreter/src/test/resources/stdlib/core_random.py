# needs: Lib
import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.randrange(10))
l = list(range(20)); random.shuffle(l); print(l)
print(random.choice('abcdefg'), random.sample(range(100), 5), random.choices('abc', k=5))
print(random.choices(range(5), weights=[1, 2, 3, 4, 5], k=6), random.choices('xy', cum_weights=[1, 10], k=4))
print(random.uniform(1, 5), random.gauss(0, 1), random.normalvariate(0, 1), random.triangular())
print(random.getrandbits(100), random.getrandbits(5), random.getrandbits(0), random.getrandbits(32), random.getrandbits(64))
for s in ("hello", b"bytes", bytearray(b"ba"), -99, 3.5, 1 << 200, 0, True):
    random.seed(s)
    print(repr(s), random.random())
random.seed(7, version=1); print(random.random())
s = random.getstate(); a = [random.random() for _ in range(3)]; random.setstate(s); print(a == [random.random() for _ in range(3)])
r = random.Random(7); print(r.random(), r.expovariate(2), r.triangular(0, 10), r.betavariate(2, 3))
print(r.vonmisesvariate(1, 2), r.gammavariate(2, 3), r.gammavariate(0.5, 1), r.lognormvariate(0, 1), r.paretovariate(2), r.weibullvariate(1, 2))
print(random.Random(5).randbytes(6), random.Random(3).sample(['a', 'b', 'c', 'd'], counts=[1, 2, 3, 4], k=5))
class MyR(random.Random):
    pass
print(MyR(3).random(), MyR(3).randint(0, 10 ** 30))
st = random.getstate(); print(len(st), st[0], len(st[1]), st[1][-1])
for bad in (lambda: random.setstate((3, (1, 2), None)), lambda: random.getrandbits(-1), lambda: random.choice([]),
            lambda: random.sample([1, 2], 3), lambda: random.randrange(0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
