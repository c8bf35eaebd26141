# array: typecodes, conversions and their errors, sequence protocol, buffer protocol, pickling
import array
import copy
import io
import pickle

print(array.typecodes, array.ArrayType is array.array)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.itemsize, repr(a), a.typecode)

# item conversion and range checks
for tc, v in [('b', 127), ('b', 128), ('b', -129), ('B', 255), ('B', 256), ('B', -1), ('h', -32768),
              ('h', 40000), ('H', 65535), ('H', -1), ('H', 70000), ('i', 2**31), ('I', 2**32 - 1), ('I', -1),
              ('I', 2**32), ('l', 2**63), ('L', -1), ('L', 2**64), ('q', -2**63), ('q', 2**63), ('Q', 2**64 - 1),
              ('Q', -1), ('Q', 2**64), ('f', 1.5), ('f', 'x'), ('d', 2), ('d', 10**400), ('h', 1.5), ('h', 'x'),
              ('u', 'é'), ('u', 1), ('u', 'ab'), ('h', 10**30), ('i', True)]:
    show(lambda: array.array(tc, [v]))

# constructor errors
show(lambda: array.array('x'))
show(lambda: array.array(1))
show(lambda: array.array('ab'))
show(lambda: array.array('i', 'abc'))
show(lambda: array.array('i', array.array('u', 'abc')))
show(lambda: array.array('i', [1], x=2))
show(lambda: array.array('i', range(5)))
show(lambda: array.array('d', (x / 2 for x in range(4))))
show(lambda: array.array('i', array.array('i', [7, 8])))
show(lambda: array.array('d', array.array('i', [7, 8])))
show(lambda: array.array('h', b'\x01\x00\x02\x00'))
show(lambda: array.array('h', b'\x01\x00\x02'))
show(lambda: array.array('u', 'hé€😀'))

# sequence protocol
a = array.array('i', [1, 2, 3, 4, 5])
print(len(a), a[0], a[-1], a[1:3], a[::2], a[::-1], 3 in a, 9 in a, list(a))
show(lambda: a[5])
show(lambda: a['x'])
a[0] = 10
a[1:3] = array.array('i', [20, 30, 31])
print(a)
show(lambda: a.__setitem__(slice(0, 1), [1]))
show(lambda: a.__setitem__(slice(0, 1), array.array('d', [1.0])))
show(lambda: a.__setitem__(slice(0, 6, 2), array.array('i', [1])))
a[::2] = array.array('i', [7, 7, 7])
print(a)
del a[1]
del a[::2]
print(a)
a[:] = a
print(a)
show(lambda: a.__setitem__(9, 1))
show(lambda: a.__delitem__(9))
b = array.array('i', range(10))
del b[1:8:3]
print(b)
del b[::-2]
print(b)

# methods
a = array.array('h', [3, 1, 4, 1, 5])
a.append(9)
a.extend([2, 6])
a.extend(array.array('h', [5]))
show(lambda: a.extend(array.array('i', [5])))
a.insert(0, 0)
a.insert(-100, -1)
a.insert(100, 100)
print(a, a.count(1), a.index(1), a.index(1, 4), a.index(5, -3))
show(lambda: a.index(42))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
show(lambda: a.remove(42))
a.reverse()
print(a, a.tolist())
show(lambda: array.array('i').pop())
show(lambda: a.pop(100))
a.fromlist([7, 8])
show(lambda: a.fromlist((1,)))
show(lambda: a.fromlist([1, 'x']))
print(a)
raw = a.tobytes()
print(raw)
c = array.array('h')
c.frombytes(raw)
print(c == a, c)
show(lambda: c.frombytes(b'123'))
show(lambda: c.frombytes('12'))
c.byteswap()
print(c)
u = array.array('u', 'abc')
u.fromunicode('dé')
print(u, u.tounicode(), u[1])
show(lambda: a.tounicode())
show(lambda: a.fromunicode('x'))
show(lambda: u.fromunicode(1))
print(a.buffer_info()[1] == len(a))

# operators
x = array.array('d', [1.0, 2.5])
print(x + x, x * 2, 2 * x, x * -1)
show(lambda: x + [1])
show(lambda: x + array.array('f'))
x += array.array('d', [3.0])
x *= 2
print(x)
show(lambda: x.__iadd__([1]))
print(array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]), array.array('i', [1, 2]) < array.array('i', [1, 3]),
      array.array('i', [1, 2]) == [1, 2], array.array('b', [1]) != array.array('b', [1, 0]),
      array.array('d', [float('nan')]) == array.array('d', [float('nan')]),
      array.array('i', [1, 2, 3]) >= array.array('i', [1, 2]))
show(lambda: hash(array.array('i')))

# buffer protocol
w = array.array('H', [1, 256, 65535])
print(bytes(w), bytearray(w), int.from_bytes(array.array('B', b'\xff\x00\x00'), 'big', signed=True))
m = memoryview(w)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[1], m.readonly)
print(memoryview(array.array('d', [0.5, 2.0])).tolist(), memoryview(array.array('q', [-1])).tolist())
print(b''.join([array.array('B', b'ab'), b'c']), int(array.array('B', b'42')), float(array.array('B', b'1.5')))

# iteration and pickling
it = iter(array.array('i', [1, 2, 3]))
print(type(it).__name__, next(it), list(it), list(it))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for arr in (array.array('i', [1, -2]), array.array('u', 'hé'), array.array('d', [0.5]),
                array.array('Q', [2**64 - 1])):
        back = pickle.loads(pickle.dumps(arr, proto))
        assert back == arr and back.typecode == arr.typecode, (proto, arr, back)
    it = iter(array.array('b', [1, 2, 3]))
    next(it)
    print(proto, list(pickle.loads(pickle.dumps(it, proto))))
print(array.array('i', [1]).__reduce_ex__(2))
r = array.array('f', [1.5]).__reduce_ex__(3)
print(r[0].__name__, r[1][1:], r[2])
print(array._array_reconstructor(array.array, 'i', 9, b'\x00\x00\x00\x01\xff\xff\xff\xfe'))
print(array._array_reconstructor(array.array, 'd', 17, b'?\xf8\x00\x00\x00\x00\x00\x00'))
print(array._array_reconstructor(array.array, 'u', 19, 'hé'.encode('utf-16-be')))
show(lambda: array._array_reconstructor(array.array, 'x', 1, b''))
show(lambda: array._array_reconstructor(array.array, 'i', 99, b''))
show(lambda: array._array_reconstructor(array.array, 'i', 8, ''))
show(lambda: array._array_reconstructor(list, 'i', 8, b''))
print(copy.copy(w), copy.deepcopy(w), copy.copy(w) is w)


class A(array.array):
    pass


s = A('i', [1, 2])
s.attr = 5
print(repr(s), type(s[:1]).__name__, type(s + s).__name__)
s2 = pickle.loads(pickle.dumps(s, 4))
print(type(s2).__name__, s2, s2.attr)

# files
f = io.BytesIO()
array.array('i', [1, 2, 3]).tofile(f)
f.seek(0)
g = array.array('i')
g.fromfile(f, 2)
print(g)
show(lambda: g.fromfile(f, 5))
print(g)
show(lambda: g.fromfile(f, -1))
