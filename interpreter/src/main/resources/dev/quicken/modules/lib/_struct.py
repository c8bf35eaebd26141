# _struct for quicken, following Modules/_struct.c (CPython 3.11): formats, sizes, alignment, messages.
"""Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wider than a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
"""
import _quicken_floats

try:
    _BYTES = (bytes, bytearray)
except NameError:
    _BYTES = (bytes,)


class error(Exception):
    pass


error.__module__ = 'struct'

_NATIVE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
           'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_STD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4,
        'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_NATIVE_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_SIGNED = 'bhilqn'


_SSIZE_MAX = (1 << 63) - 1


def _scan(s, order, table, items):
    size = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        num = 1
        if c.isdigit():
            j = i
            while i < n and s[i].isdigit():
                i += 1
            num = int(s[j:i])
            if i >= n:
                raise error("repeat count given without format specifier")
            c = s[i]
        if c not in table:
            raise error("bad char in struct format")
        isz = table[c]
        if order == '@' and c not in 'spx':
            size = (size + isz - 1) // isz * isz
        # CPython 3.11: Modules/_struct.c prepare_s (the Py_ssize_t overflow checks)
        if num > (_SSIZE_MAX - size) // (1 if c in 'spx' else max(isz, 1)):
            raise error("total struct size too long")
        if c in 'sp':
            if items is not None:
                items.append((c, num, size))
            size += num
        elif c == 'x':
            size += num
        elif items is None:
            size += num * isz
        else:
            for _ in range(num):
                items.append((c, 1, size))
                size += isz
        i += 1
    return size


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}")
    order = '@'
    s = fmt
    if s and s[0] in '@=<>!':
        order = s[0]
        s = s[1:]
    table = _NATIVE if order == '@' else _STD
    little = order in '<=@'
    # the sizes are checked before any item is made: a count past Py_ssize_t fails at once
    _scan(s, order, table, None)
    items = []   # (code, count, offset)
    size = _scan(s, order, table, items)
    return fmt, little, table, items, size


def _range_error(code, table, v, lo, hi):
    if code in _NATIVE_NAMES:
        return error(f"{_NATIVE_NAMES[code]} format requires {lo} <= number <= {hi}")
    if table[code] >= 8 or v < 0 and code not in _SIGNED:
        return error("argument out of range")
    return error(f"'{code}' format requires {lo} <= number <= {hi}")


def _pack_item(out, code, count, v, little, table, native):
    if code == 's' or code == 'p':
        if not isinstance(v, _BYTES):
            raise error(f"argument for '{code}' must be a bytes object")
        if code == 's':
            b = bytes(v[:count])
            out.append(b + bytes(count - len(b)))
        else:
            b = bytes(v[:max(count - 1, 0)])
            if count > 0:
                out.append(bytes([min(len(b), 255)]) + b + bytes(count - 1 - len(b)))
        return
    size = table[code]
    if code == 'c':
        if not isinstance(v, _BYTES) or len(v) != 1:
            raise error("char format requires a bytes object of length 1")
        out.append(bytes(v))
        return
    if code == '?':
        out.append(b'\x01' if v else b'\x00')
        return
    if code in 'efd':
        if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
            raise error("required argument is not a float")
        out.append(_quicken_floats.pack(float(v), size, little))
        return
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = v.__index__()
        else:
            raise error("required argument is not an integer")
    bits = size * 8
    if code in _SIGNED:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if not lo <= v <= hi:
        raise _range_error(code, table, v, lo, hi)
    out.append(v.to_bytes(size, 'little' if little else 'big', signed=code in _SIGNED))


def _unpack_item(data, code, count, off, little, table):
    if code == 's':
        return bytes(data[off:off + count])
    if code == 'p':
        n = min(data[off], count - 1) if count > 0 else 0
        return bytes(data[off + 1:off + 1 + n])
    size = table[code]
    chunk = bytes(data[off:off + size])
    if code == 'c':
        return chunk
    if code == '?':
        return chunk != b'\x00'
    if code in 'efd':
        return _quicken_floats.unpack(chunk, little)
    return int.from_bytes(chunk, 'little' if little else 'big', signed=code in _SIGNED)


class Struct:
    """Struct(fmt) --> compiled struct object

"""

    def __init__(self, format):
        self._format, self._little, self._table, self._items, self.size = _parse(format)
        self._native = self._table is _NATIVE

    @property
    def format(self):
        return self._format

    def pack(self, *args):
        if len(args) != len(self._items):
            raise error(f"pack expected {len(self._items)} items for packing (got {len(args)})")
        out = []
        pos = 0
        for (code, count, off), v in zip(self._items, args):
            if off > pos:
                out.append(bytes(off - pos))
            _pack_item(out, code, count, v, self._little, self._table, self._native)
            pos = off + (count if code in 'sp' else self._table[code])
        if self.size > pos:
            out.append(bytes(self.size - pos))
        return b''.join(out)

    def pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        if offset < 0:
            if offset + self.size > 0:
                raise error(f"no space to pack {self.size} bytes at offset {offset}")
            if offset + len(buffer) < 0:
                raise error(f"offset {offset} out of range for {len(buffer)}-byte buffer")
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error(f"pack_into requires a buffer of at least {self.size + offset} bytes for packing "
                        f"{self.size} bytes at offset {offset} (actual buffer size is {len(buffer)})")
        buffer[offset:offset + self.size] = data

    def unpack(self, buffer):
        if len(buffer) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return tuple(_unpack_item(buffer, c, n, off, self._little, self._table) for c, n, off in self._items)

    def unpack_from(self, buffer, offset=0):
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error(f"offset {offset} out of range for {len(buffer)}-byte buffer")
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error(f"unpack_from requires a buffer of at least {self.size + offset} bytes for unpacking "
                        f"{self.size} bytes at offset {offset} (actual buffer size is {len(buffer)})")
        return tuple(_unpack_item(buffer, c, n, off + offset, self._little, self._table)
                     for c, n, off in self._items)

    def iter_unpack(self, buffer):
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self.size} bytes")
        return (self.unpack_from(buffer, i) for i in range(0, len(buffer), self.size))

    def __repr__(self):
        return f"Struct({self._format!r})"


_cache = {}


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()


def _get(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _get(format).size


def pack(format, /, *args):
    return _get(format).pack(*args)


def pack_into(format, buffer, offset, /, *args):
    return _get(format).pack_into(buffer, offset, *args)


def unpack(format, buffer, /):
    return _get(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _get(format).iter_unpack(buffer)
