#!/usr/bin/env python3.11
"""Regenerate the value-semantics fixtures under
interpreter/src/test/resources/dev/quicken/runtime/values/ from CPython 3.11.

Usage (from the repository root):  python3.11 tools/gen_value_fixtures.py
(The script re-executes itself with PYTHONHASHSEED=0 if needed.)

Value encoding (one token stream, space separated), read by ValueCodec in the tests:
  N  None          T / F  True / False      E  Ellipsis
  i<decimal>       int
  f<16 hex>        float by its IEEE bits
  c<16 hex>,<16 hex>  complex (real, imag) bits
  s<hex>.<hex>...  str by code points ('s' alone is the empty string)
  b<hex bytes>     bytes ('b' alone is b'')
  ( t ... )        tuple of the enclosed values
  ( z ... )        frozenset built by inserting the enclosed values in that order
Every fixture file is UTF-8, one case per line, fields separated by a TAB.
"""
import math
import os
import random
import struct
import sys

OUT = "interpreter/src/test/resources/dev/quicken/runtime/values"


def enc(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if v is Ellipsis:
        return "E"
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, float):
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, complex):
        return "c%016x,%016x" % (struct.unpack("<Q", struct.pack("<d", v.real))[0],
                                 struct.unpack("<Q", struct.pack("<d", v.imag))[0])
    if isinstance(v, str):
        return "s" + ".".join("%x" % ord(ch) for ch in v)
    if isinstance(v, bytes):
        return "b" + v.hex()
    if isinstance(v, tuple):
        return "( t " + " ".join(enc(x) for x in v) + (" )" if v else ")")
    if isinstance(v, frozenset):
        return "( z " + " ".join(enc(x) for x in v) + (" )" if v else ")")
    raise TypeError(type(v))


def rebuild(v):
    """The value the Java side decodes from enc(v): frozensets re-inserted in v's iteration order."""
    if isinstance(v, tuple):
        return tuple(rebuild(x) for x in v)
    if isinstance(v, frozenset):
        return frozenset([rebuild(x) for x in v])
    return v


def write(name, lines):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            assert "\n" not in line and "\r" not in line, line
            f.write(line + "\n")
    print(f"{path}: {len(lines)} cases")


def bits_float(rng):
    return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]


def java_safe_str(s):
    """Java strings cannot hold a high surrogate followed by a low one as two code points."""
    out = []
    for ch in s:
        if out and 0xD800 <= ord(out[-1]) <= 0xDBFF and 0xDC00 <= ord(ch) <= 0xDFFF:
            ch = "x"
        out.append(ch)
    return "".join(out)


def rand_str(rng):
    n = rng.choice([0, 1, 1, 2, 3, 5, 8, 13, 20, 40])
    pools = [
        lambda: chr(rng.randrange(0x20, 0x7f)),
        lambda: chr(rng.randrange(0, 0x80)),
        lambda: chr(rng.randrange(0, 0x100)),
        lambda: chr(rng.randrange(0, 0x10000)),
        lambda: chr(rng.randrange(0xD800, 0xE000)),
        lambda: chr(rng.randrange(0, 0x110000)),
        lambda: chr(rng.randrange(0x10000, 0x110000)),
        lambda: rng.choice("'\"\\\t\n\r\x00\x7f\x80\xa0\xad\u2028\u200b\ufeff\U0001F600"),
    ]
    mix = rng.sample(pools, rng.randrange(1, 3))
    return java_safe_str("".join(rng.choice(mix)() for _ in range(n)))


def rand_int(rng):
    k = rng.randrange(10)
    if k == 0:
        return rng.randrange(-300, 300)
    if k == 1:
        return rng.choice([2**61 - 1, 2**61, 2**61 + 1, -(2**61 - 1), -(2**61), 2**63 - 1, -(2**63),
                           2**63, 2**64, -1, -2, 0, 1, 2**30, 2**60, 2**62, 10**18, -10**19])
    if k == 2:
        return rng.randrange(-2**64, 2**64)
    bits = rng.randrange(1, 700)
    v = rng.getrandbits(bits)
    return -v if rng.random() < 0.4 else v


def rand_float(rng):
    k = rng.randrange(12)
    if k == 0:
        return bits_float(rng)
    if k == 1:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, 1e16, 1e15, 1e-4, 1e-5, 0.1, 0.5,
                           5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
                           123456789012345678.0, 0.30000000000000004, 2.0**63, 2.0**64, 1e22, 1e23])
    if k == 2:
        return rng.randrange(-10**6, 10**6) / rng.choice([1, 10, 100, 1000, 7, 3])
    if k == 3:
        return float(rng.randrange(-2**60, 2**60))
    if k == 4:
        return rng.random() * 10 ** rng.randrange(-30, 30)
    if k == 5:
        return float("%.*g" % (rng.randrange(1, 18), rng.random() * 10 ** rng.randrange(-320, 308)))
    if k == 6:
        return math.ldexp(1.0, rng.randrange(-1074, 1024))
    if k == 7:
        return float(rng.randrange(1, 10)) * 10.0 ** rng.randrange(-20, 25)
    if k == 8:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(52)))[0]  # subnormal
    if k == 9:
        return math.nextafter(float(10 ** rng.randrange(0, 22)), rng.choice([0, math.inf]))
    if k == 10:
        return -rng.random() * 10 ** rng.randrange(-10, 10)
    return rng.uniform(-1e6, 1e6)


def rand_scalar(rng):
    k = rng.randrange(9)
    if k == 0:
        return rand_int(rng)
    if k == 1:
        return rand_float(rng)
    if k == 2:
        return complex(rand_float(rng), rand_float(rng))
    if k == 3:
        return rand_str(rng)
    if k == 4:
        return bytes(rng.getrandbits(8) for _ in range(rng.choice([0, 1, 3, 8, 9, 17, 30])))
    if k == 5:
        return rng.choice([True, False, None, Ellipsis])
    if k == 6:
        return rng.randrange(-1000, 1000)
    if k == 7:
        return float(rng.randrange(-50, 50))
    return rand_str(rng)[:3]


def rand_value(rng, depth=0):
    k = rng.randrange(10)
    if depth < 3 and k == 0:
        return tuple(rand_value(rng, depth + 1) for _ in range(rng.choice([0, 1, 1, 2, 3, 5])))
    if depth < 3 and k == 1:
        items = [rand_hashable(rng, depth + 1) for _ in range(rng.choice([0, 1, 2, 3, 6, 12]))]
        return frozenset(items)
    return rand_scalar(rng)


def no_nan(v):
    if isinstance(v, float):
        return not math.isnan(v)
    if isinstance(v, complex):
        return not (math.isnan(v.real) or math.isnan(v.imag))
    if isinstance(v, (tuple, frozenset)):
        return all(no_nan(x) for x in v)
    return True


def identity_hashed(v):
    if v is None or v is Ellipsis:
        return True
    if isinstance(v, (tuple, frozenset)):
        return any(identity_hashed(x) for x in v)
    return not no_nan(v)


def rand_hashable(rng, depth=0):
    while True:
        v = rand_value(rng, depth)
        if not identity_hashed(v):
            return v


def gen_repr(rng):
    lines = []
    seen = set()

    def add(v):
        e = enc(v)
        if e not in seen:
            seen.add(e)
            lines.append(e + "\t" + repr(rebuild(v)))

    for v in [None, True, False, Ellipsis, 0, -1, 10**100, -(10**4299), (), (1,), ((),), frozenset(),
              "", "'", '"', "'\"", "\\", "\x00\x7f\x80\x9f\xa0\xad", "\ud800", "\udfff", "\U0010ffff",
              "\u0378", "\U000e0001", "\u2028\u2029\u3000", b"", b"'", b"'\"", b"\x00\x7f\x80\xff\t\n\r\\",
              complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1, math.nan),
              complex(math.nan, -math.nan), complex(math.inf, -math.inf), complex(1e16, 1e-5), 1j, -1j,
              math.nan, -math.nan]:
        add(v)
    for c in range(0, 0x3000):
        add(chr(c))
    for c in range(0x3000, 0x110000, 97):
        add(java_safe_str(chr(c)))
    for _ in range(6000):
        add(rand_float(rng))
    for _ in range(3000):
        add(rand_int(rng))
    for _ in range(2000):
        add(complex(rand_float(rng), rand_float(rng)))
    for _ in range(4000):
        add(rand_str(rng))
    for _ in range(1000):
        add(bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 20))))
    for _ in range(1500):
        add(rand_value(rng))
    write("repr.txt", lines)


def gen_hash(rng):
    lines = []
    seen = set()

    def add(v):
        if identity_hashed(v):
            return
        e = enc(v)
        if e not in seen:
            seen.add(e)
            lines.append(e + "\t" + str(hash(v)))

    for v in [0, -1, -2, 1, 2**61 - 1, 2**61 - 2, -(2**61 - 1), -(2**61) + 2, 2**61, 2**63, -(2**63),
              0.0, -0.0, math.inf, -math.inf, 0.5, -0.5, 1.5, 1e300, 5e-324, "", b"", (), frozenset(),
              (1,), (-1,), ((),), True, False, complex(0, 1), complex(-1, 0), -1.0, -2.0]:
        add(v)
    for _ in range(4000):
        add(rand_str(rng))
    for n in range(0, 40):
        for pool in [(0x20, 0x7f), (0x80, 0x100), (0x100, 0x10000), (0x10000, 0x110000)]:
            add(java_safe_str("".join(chr(rng.randrange(*pool)) for _ in range(n))))
    for _ in range(2000):
        add(bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 40))))
    for _ in range(3000):
        add(rand_int(rng))
    for _ in range(3000):
        add(rand_float(rng))
    for _ in range(1000):
        add(complex(rand_float(rng), rand_float(rng)))
    for _ in range(2500):
        add(rand_hashable(rng))
    write("hash.txt", lines)


def gen_sets(rng):
    """Operation scripts on a set; each line: ops TAB iteration order TAB frozenset hash.

    ops: '+ENC' add, '-ENC' discard, 'p' pop (popped value is checked), 'c' clear, 'u' replace the set
    by set(s) (set_merge into an empty set), joined by ';'.
    """
    lines = []
    for case in range(1500):
        size = rng.choice([1, 2, 4, 5, 6, 10, 20, 40, 100, 300])
        kind = rng.randrange(6)

        def item():
            if kind == 0:
                return rng.randrange(-50, 10**rng.randrange(1, 20))
            if kind == 1:
                return rand_str(rng)
            if kind == 2:
                return rng.choice([rand_int(rng), rand_float(rng), rand_str(rng)[:4]])
            if kind == 3:
                return rand_hashable(rng)
            if kind == 4:
                return rng.randrange(0, 64) * rng.choice([1, 8, 32, 1024, 2**32])
            return rng.choice([rng.randrange(-9, 9), float(rng.randrange(-9, 9)), rand_str(rng)[:1],
                               (rng.randrange(3),), rng.random() < 0.5])

        s = set()
        pool = []
        ops = []
        popped = []
        for _ in range(size):
            r = rng.random()
            if r < 0.62 or not pool:
                v = item()
                if identity_hashed(v):
                    continue
                pool.append(v)
                s.add(v)
                ops.append("+" + enc(v))
            elif r < 0.9:
                v = rng.choice(pool)
                s.discard(v)
                ops.append("-" + enc(v))
            elif r < 0.95 and s:
                v = s.pop()
                ops.append("p" + enc(v))
            elif r < 0.97:
                s = set(s)
                ops.append("u")
            elif r < 0.98:
                s.clear()
                ops.append("c")
            else:
                v = item()
                if not identity_hashed(v):
                    s.discard(v)
                    ops.append("-" + enc(v))
        lines.append(";".join(ops) + "\t" + ";".join(enc(x) for x in s) + "\t" + str(hash(frozenset(s))))
    write("sets.txt", lines)


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    assert sys.version_info[:2] == (3, 11), "run with python3.11"
    only = set(sys.argv[1:])
    sections = {"repr": gen_repr, "hash": gen_hash, "sets": gen_sets}
    for name, fn in sections.items():
        if not only or name in only:
            fn(random.Random("quicken-" + name))


if __name__ == "__main__":
    main()
