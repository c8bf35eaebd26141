# __getnewargs__ of int/float/str/tuple (pickling their subclasses), str(obj, encoding, errors) argument checks
for v in [5, 2.5, 'ab', b'xy', 1j, (1, 2), True, frozenset({1})]:
    print(type(v).__name__, hasattr(v, '__getnewargs__') and v.__getnewargs__())
for args in [('x', 0), (b'x', 'utf-8', 5), (b'x', len)]:
    try:
        print(str(*args))
    except TypeError as e:
        print(e)
try:
    str(b'x', encoding=len)
except TypeError as e:
    print(e)
try:
    str(b'x', errors=3)
except TypeError as e:
    print(e)
import pickle
class HexInt(int):
    def __repr__(self):
        return hex(self)
class Named(str):
    pass
for v in [HexInt(255), Named('n')]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        w = pickle.loads(pickle.dumps(v, proto))
        print(proto, repr(w), type(w).__name__, w == v)
try:
    str('x', 'utf-8')
except TypeError as e:
    print(e)
try:
    str(5, 'utf-8')
except TypeError as e:
    print(e)
print(str(bytearray(b'ab'), 'ascii'), str(memoryview(b'cd'), errors='strict'))
