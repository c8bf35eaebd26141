import itertools

LOG = """\
2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:05 DEBUG connection from 10.0.0.1
2024-01-01 10:01:12 WARN  slow request path=/api/items ms=1250
2024-01-01 10:02:00 ERROR db timeout query=select
2024-01-01 10:02:30 INFO  request path=/api/items ms=20
2024-01-01 10:03:45 ERROR upstream 502 path=/api/pay
2024-01-01 10:04:00 INFO  request path=/home ms=5
2024-01-01 10:05:10 WARN  slow request path=/api/pay ms=3100
"""


def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(lines):
    for line in lines:
        date, clock, level, *rest = line.split()
        fields = {}
        words = []
        for w in rest:
            if "=" in w:
                k, v = w.split("=", 1)
                fields[k] = int(v) if v.isdigit() else v
            else:
                words.append(w)
        yield {"time": clock, "level": level, "msg": " ".join(words), **fields}


def only(levels, records):
    return (r for r in records if r["level"] in levels)


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def chunks(it, size):
    it = iter(it)
    while True:
        block = list(itertools.islice(it, size))
        if not block:
            break
        yield block


records = list(parse(lines(LOG)))
print(len(records), records[2])
for r in only({"ERROR", "WARN"}, records):
    print(f"{r['time']} {r['level']:<5} {r['msg']:<20} {r.get('path', '-')}")
print([r["ms"] for r in records if "ms" in r], sum(r.get("ms", 0) for r in records))
print(list(take(2, (r["level"] for r in records))))
for block in chunks(range(10), 4):
    print(block)
by_level = {k: len(list(g)) for k, g in itertools.groupby(sorted(r["level"] for r in records))}
print(by_level)


def running_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        n += 1
        avg = total / n
    return n


g = running_avg()
next(g)
for v in [10, 20, 60, 10]:
    print("avg", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("finished after", e.value)


def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, (3, [4, 5]), []], 6, [[[7]]]])))


def integers():
    n = 1
    while True:
        yield n
        n += 1


def primes():
    seen = []
    for n in integers():
        if n > 1 and all(n % p for p in seen if p * p <= n):
            seen.append(n)
            yield n


print(list(itertools.islice(primes(), 15)))
print(list(itertools.takewhile(lambda p: p < 30, primes())))
squares = (n * n for n in integers())
print(next(squares), next(squares), list(itertools.islice(squares, 3)))
pairs = itertools.pairwise([1, 4, 9, 16, 25])
print([b - a for a, b in pairs], list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
gen = (x for x in range(3))
print(list(gen), list(gen), type(gen).__name__)
