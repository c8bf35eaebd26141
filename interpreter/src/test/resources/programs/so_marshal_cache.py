import marshal

def expensive(n):
    table = {}
    for i in range(2, n):
        table[i] = [p for p in range(2, i) if i % p == 0][:3]
    return {'n': n, 'factors': table, 'primes': sorted(k for k, v in table.items() if not v),
            'meta': ('v1', 3.5, None, True, frozenset({'a'}), {1, 2})}

cache = {}
for n in (30, 50, 30):
    key = f'n={n}'
    if key in cache:
        data = marshal.loads(cache[key])
        print(key, 'from cache', len(data['primes']), 'primes')
    else:
        data = expensive(n)
        cache[key] = marshal.dumps(data)
        print(key, 'computed', len(cache[key]), 'bytes', data['primes'][-3:])
restored = marshal.loads(cache['n=50'])
print(restored == expensive(50), type(restored['meta'][5]).__name__, restored['meta'][:4])
code = compile('sum(x * x for x in range(n))', '<cached>', 'eval')
again = marshal.loads(marshal.dumps(code))
print(eval(again, {'n': 10}), again.co_filename)
for v in (2, 3, 4):
    print(v, marshal.loads(marshal.dumps([1.25, 'x', (1,)], v)))
