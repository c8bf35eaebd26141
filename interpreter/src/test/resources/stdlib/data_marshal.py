import marshal
values = [None, True, False, ..., 0, -1, 2**31 - 1, -2**31, 2**40, -2**63, 10**30, -(2**100), 1.5, -0.0, 1e300, float('inf'),
          1 + 2j, 'abc', '', 'é', 'x' * 300, 'snow ☃ \U0001F600', b'', b'bytes\x00', (), (1, 'a'), tuple(range(300)),
          [], [1, [2, [3]]], {}, {'a': 1, 2: [3], (4,): {'x': None}}, set(), {1, 2, 3}, frozenset(), frozenset({'q'}),
          StopIteration, [1.5, 2.5], {'k': {1, 2}}]
for v in values:
    for version in (0, 1, 2, 3, 4):
        r = marshal.loads(marshal.dumps(v, version))
        assert r == v and type(r) is type(v), (v, version, r)
    print(repr(v)[:40], type(marshal.loads(marshal.dumps(v))).__name__)
print(marshal.version, marshal.dumps(1.5, 1), marshal.dumps(0.1, 0), marshal.dumps(1e300, 1), marshal.dumps(1e-7, 1))
print(marshal.dumps(123456789012345678.0, 1), marshal.dumps(-2.5 + 0.5j, 1), marshal.dumps('abc', 2), marshal.dumps(StopIteration))
print(marshal.dumps(None), marshal.dumps(True), marshal.dumps(...), marshal.dumps(bytearray(b'xy')))
print(marshal.loads(bytearray(b'N')), marshal.loads(memoryview(b'\xe9\x01\x00\x00\x00')), marshal.loads(b'[\x01\x00\x00\x00N'))
print(marshal.loads(b'{i\x01\x00\x00\x00N0'), marshal.loads(b'<\x02\x00\x00\x00i\x01\x00\x00\x00i\x02\x00\x00\x00'))
l = marshal.loads(b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00')
print(l[0] is l)
def f(x, y=2):
    return x * y + 1
code = marshal.loads(marshal.dumps(f.__code__))
print(type(code).__name__, code.co_name, code.co_varnames, eval(code, {'x': 5, 'y': 3}) if False else '')
c2 = marshal.loads(marshal.dumps(compile('[x * 2, f"{x}!"]', 'm', 'eval')))
print(eval(c2, {'x': 4}))
import io
buf = io.BytesIO()
marshal.dump([1, 2], buf)
marshal.dump({'z': 9}, buf, 2)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
for bad in [b'', b'i\x01', b'\x01', b'(\x02\x00\x00\x00i', b'r\x05\x00\x00\x00']:
    try:
        print(marshal.loads(bad))
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [object(), [1, object()], len]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print(type(e).__name__, e)
