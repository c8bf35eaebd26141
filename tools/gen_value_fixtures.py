#!/usr/bin/env python3.11
"""Regenerate the value-semantics fixtures under
interpreter/src/test/resources/dev/quicken/runtime/values/ from CPython 3.11.

Usage (from the repository root):  python3.11 tools/gen_value_fixtures.py
(The script re-executes itself with PYTHONHASHSEED=0 if needed.)

Value encoding (one token stream, space separated), read by ValueCodec in the tests:
  N  None          T / F  True / False      E  Ellipsis
  i<decimal>       int (i<sign>x<hex> when huge)
  f<16 hex>        float by its IEEE bits
  c<16 hex>,<16 hex>  complex (real, imag) bits
  q<text>          str: printable ASCII except backslash and ';' as is, space as \\s, others as \\uXXXX
                   or \\UXXXXXXXX
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
        if v.bit_length() > 10000:
            return "i%sx%x" % ("-" if v < 0 else "", abs(v))
        return "i%d" % v
    if isinstance(v, float):
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, complex):
        return "c%016x,%016x" % (struct.unpack("<Q", struct.pack("<d", v.real))[0],
                                 struct.unpack("<Q", struct.pack("<d", v.imag))[0])
    if isinstance(v, str):
        return "q" + "".join(ch if 0x21 <= ord(ch) <= 0x7e and ch not in "\\;" else "\\s" if ch == " " else
                             ("\\u%04x" % ord(ch) if ord(ch) < 0x10000 else "\\U%08x" % ord(ch)) for ch in v)
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
    for case in range(1000):
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



# ---------------------------------------------------------------- numbers <-> text

def outcome(fn):
    try:
        return enc(fn())
    except Exception as e:  # the type name and CPython's message
        return "!" + type(e).__name__ + ": " + str(e)


UNICODE_SPACES = ["\u00a0", "\u2003", "\u3000", "\x1c", "\x0b", "\x0c", "\u2028", "\u0085"]
UNICODE_ZEROS = [0x660, 0x6f0, 0x966, 0xff10, 0x1d7ce, 0x104a0, 0x16ac0]


def unicode_digits(rng, text):
    z = rng.choice(UNICODE_ZEROS)
    return "".join(chr(z + int(c)) if c.isdigit() and rng.random() < 0.5 else c for c in text)


def mutate(rng, text):
    k = rng.randrange(12)
    if k == 0 and text:
        i = rng.randrange(len(text))
        return text[:i] + "_" + text[i:]
    if k == 1 and text:
        i = rng.randrange(len(text))
        return text[:i] + rng.choice(" x.e+-_\x00") + text[i:]
    if k == 2:
        return rng.choice([" ", "\t", "\n", "  "] + UNICODE_SPACES) + text + rng.choice(["", " ", "\r\n"] + UNICODE_SPACES)
    if k == 3:
        return unicode_digits(rng, text)
    if k == 4 and text:
        i = rng.randrange(len(text))
        return text[:i] + text[i + 1:]
    if k == 5:
        return "".join(c + "_" if c.isdigit() and rng.random() < 0.3 else c for c in text).rstrip("_")
    return text


def float_literal(rng):
    k = rng.randrange(8)
    if k == 0:
        return repr(rand_float(rng))
    if k == 1:
        return rng.choice(["inf", "-inf", "+inf", "Infinity", "-INFINITY", "iNfInItY", "nan", "-nan", "+NaN",
                           "infinit", "infinityy", "nana", "in", "1e", "1e+", ".", "+.", "-.e1", "e1", ".5", "5.",
                           "1.e5", "0x1p3", "1_000", "1__000", "_1", "1_", "1_.5", "1._5", "1e1_0", "1e_10",
                           "", " ", "\x00", "1\x00", "0001", "-0", "+0.0e-0", "1e400", "-1e-400", "4.9e-324",
                           "2.4703282292062327e-324", "\x00_1", "1_0\x00", "1\x00_0", "2.4703282292062328e-324", "1.7976931348623158e308",
                           "1.7976931348623159e308", "9007199254740993", "0.1e99999999999999", "1e-99999999999999"])
    if k == 2:
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 60)))
        pos = rng.randrange(len(digits) + 1)
        return digits[:pos] + "." + digits[pos:] + (("e%d" % rng.randrange(-350, 330)) if rng.random() < 0.5 else "")
    if k == 3:
        return "%.*e" % (rng.randrange(0, 25), rand_float(rng))
    if k == 4:
        # near half-way between two doubles
        x = rand_float(rng)
        if math.isfinite(x) and x != 0:
            y = math.nextafter(x, math.inf)
            from decimal import Decimal
            return str((Decimal(x) + Decimal(y)) / 2)
        return repr(x)
    if k == 5:
        return "%d" % rand_int(rng)
    return repr(rng.uniform(-1000, 1000))


def int_literal(rng, base):
    b = base if base else rng.choice([2, 8, 10, 16])
    v = rand_int(rng)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:b]
    n = abs(v)
    out = ""
    while True:
        out = digits[n % b] + out
        n //= b
        if n == 0:
            break
    if rng.random() < 0.3:
        out = out.upper()
    prefix = {2: "0b", 8: "0o", 16: "0x"}.get(b, "")
    if (base == 0 or (prefix and rng.random() < 0.5)) and prefix:
        out = rng.choice([prefix, prefix.upper(), prefix + "_"]) + out
    return ("-" if v < 0 else rng.choice(["", "+"])) + out


def gen_numbers(rng):
    lines = []

    def add(op, args, fn):
        lines.append(op + "\t" + " ".join(enc(a) for a in args) + "\t" + outcome(fn))

    for _ in range(4000):
        text = mutate(rng, float_literal(rng))
        text = java_safe_str(text)
        add("float", [text], lambda: float(text))
    for _ in range(3500):
        base = rng.choice([0, 0, 10, 10, 2, 8, 16, 36, rng.randrange(2, 37)])
        text = java_safe_str(mutate(rng, int_literal(rng, base)))
        add("int", [text, base], lambda: int(text, base))
    for text, base in [("1" * 4300, 10), ("1" * 4301, 10), ("1" * 5000, 16), ("1" * 5000, 2), ("1_" * 4300 + "1", 10),
                       ("12", 1), ("12", 37), ("12", -1), ("0_0", 0), ("00", 0), ("01", 0), ("0x", 16), ("0x_", 16),
                       ("0x_1", 16), ("0x__1", 16), ("0b102", 0), ("z" * 300, 10), ("\u0663", 10), ("1 2", 10),
                       ("-0", 0), ("  -  1", 10), ("0o17", 8), ("0o17", 0), ("17", 8), ("0b1", 16), ("0B1", 0)]:
        add("int", [text, base], lambda: int(text, base))
    for _ in range(1500):
        v = rand_int(rng) * 10 ** rng.randrange(0, 30)
        add("str", [v], lambda: str(v))
    for v in [10 ** 4299, -(10 ** 4299), 10 ** 4300 - 1, 10 ** 4300, -(10 ** 4300), 2 ** 14300, 10 ** 5000 + 7]:
        add("str", [v], lambda: str(v))
    for _ in range(2000):
        x = rand_float(rng)
        add("hex", [x], lambda: x.hex())
    for _ in range(2500):
        x = rand_float(rng)
        h = x.hex()
        k = rng.randrange(8)
        if k == 1:
            h = h.upper()
        elif k == 2:
            h = h.replace("0x", "")
        elif k == 3:
            h = "%s0x%x.%sp%d" % (rng.choice(["", "-", "+"]), rng.getrandbits(rng.randrange(1, 80)),
                                  "%x" % rng.getrandbits(rng.randrange(1, 80)), rng.randrange(-1200, 1100))
        elif k == 4:
            h = mutate(rng, h)
        elif k == 5:
            h = rng.choice(["inf", "-Infinity", "nan", "0x", "0x.p1", "0x1p", "0x1p+", "1", ".8", "0x1.", " 0x1 ",
                            "0x1p99999999999999999999", "0x1p-99999999999999999999", "0x1.fffffffffffff8p1023",
                            "0x1.fffffffffffff7p1023", "0x1p1024", "0x0.00000000000008p-1022", "0x1g", "\u00a00x1",
                            "0x1.0000000000000800000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0"])
        add("fromhex", [h], lambda: float.fromhex(h))
    for _ in range(3000):
        x = rand_float(rng)
        k = rng.randrange(6)
        if k == 0:
            x = rng.randrange(-2000, 2000) / rng.choice([2, 4, 8, 1000, 200])
            n = rng.choice([None, 0, 1, 2, 3])
        elif k == 1:
            n = None
        else:
            n = rng.randrange(-330, 340) if k == 2 else rng.randrange(-20, 25)
        if n is None:
            add("round", [x, None], lambda: round(x))
        else:
            add("round", [x, n], lambda: round(x, n))
    for _ in range(1500):
        text = float_literal(rng) if rng.random() < 0.7 else int_literal(rng, 10)
        text = mutate(rng, text) if rng.random() < 0.3 else text
        data = text.encode("utf-8")
        add("floatb", [data], lambda: float(data))
        base = rng.choice([0, 10, 16, 2, 36])
        data2 = mutate(rng, int_literal(rng, base)).encode("utf-8")
        add("intb", [data2, base], lambda: int(data2, base))
    for _ in range(3000):
        k = rng.randrange(5)
        re_, im_ = float_literal(rng), float_literal(rng)
        if k == 0:
            text = re_
        elif k == 1:
            text = im_ + rng.choice("jJ")
        elif k == 2:
            text = re_ + rng.choice(["+", "-", ""]) + im_ + rng.choice(["j", "J", ""])
        elif k == 3:
            text = rng.choice(["(", " ( ", ""]) + repr(complex(rand_float(rng), rand_float(rng))).strip("()") \
                + rng.choice([")", " ) ", ""])
        else:
            text = rng.choice(["j", "-j", "+J", "1+j", "1-j", "1+", "(1+2j", "1+2j)", "()", "( )", "(j)", "infj",
                               "-nanj", "1+infj", "inf-infj", "1e5+1e-5j", "1_0+2_0j", "1__0j", "_1j", "1j_", " 1j ",
                               "1 + 2j", "1+2 j", "\u00a0(1+2j)\u3000", "\u0661+\u0662j", "0x1+2j", "1e+2j", "1e+j",
                               "1.e-2J", ".5j", "5.j", "+.j", "", " ", "(", "\x00", "1j\x00", "\x00_1j", "1_0\x00j"])
        text = java_safe_str(mutate(rng, text) if rng.random() < 0.2 else text)
        add("complex", [text], lambda: complex(text))
    for _ in range(1500):
        v = rand_int(rng)
        n = rng.choice([rng.randrange(-30, 5), rng.randrange(-400, 0), -5000, 10 ** 20])
        add("roundint", [v, n], lambda: round(v, n))
    for v, n in [(25, -1), (35, -1), (-25, -1), (-35, -1), (150, -2), (250, -2), (5, -1), (-5, -1), (0, -5),
                 (10 ** 30 + 5 * 10 ** 9, -10), (10 ** 30 + 15 * 10 ** 9, -10)]:
        add("roundint", [v, n], lambda: round(v, n))
    for _ in range(3000):
        a = rand_int(rng) * rng.choice([1, 1, 3 ** rng.randrange(0, 80), 2 ** rng.randrange(0, 1100)])
        b = rng.choice([rand_int(rng), rng.randrange(-9, 10), 3 ** rng.randrange(0, 60), 10 ** rng.randrange(0, 400),
                        2 ** rng.randrange(0, 1200) + rng.randrange(-1, 2)])
        add("truediv", [a, b], lambda: a / b)
    for a, b in [(1, 0), (0, 5), (0, -5), (2 ** 1100, 3), (2 ** 1024, 1), (2 ** 1024 - 2 ** 970, 1),
                 (2 ** 1024 - 2 ** 971, 1), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076), (1, 3 * 2 ** 1073),
                 (2 ** 53 + 1, 1), (2 ** 54 + 2, 2), (-(2 ** 53) - 1, 1), (10 ** 400, 10 ** 399)]:
        add("truediv", [a, b], lambda: a / b)
    write("numbers.txt", lines)


def rand_spec(rng, kind):
    parts = []
    if rng.random() < 0.3:
        if rng.random() < 0.5:
            parts.append(rng.choice("*x0 _-=<>^\u00e9\U0001F600"))
        parts.append(rng.choice("<>=^"))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.randrange(0, 30)))
    if rng.random() < 0.2:
        parts.append(rng.choice([",", "_", ",_", "_,"]))
    if rng.random() < 0.4:
        parts.append("." + str(rng.randrange(0, 20)) if rng.random() < 0.95 else ".")
    if rng.random() < 0.8:
        if kind == "int":
            parts.append(rng.choice("bcdoxXneEfFgG%sq"))
        elif kind == "float":
            parts.append(rng.choice("eEfFgGn%dsx"))
        elif kind == "complex":
            parts.append(rng.choice("eEfFgGn%d"))
        else:
            parts.append(rng.choice("sdr"))
    return "".join(parts)


def gen_format(rng):
    lines = []

    def add(v, spec):
        lines.append("format\t" + enc(v) + " " + enc(spec) + "\t" + outcome(lambda: format(v, spec)))

    for _ in range(9000):
        kind = rng.choice(["int", "int", "float", "float", "float", "complex", "str"])
        if kind == "int":
            v = rng.choice([rand_int(rng), rng.randrange(-100, 100000), rng.choice([True, False]), rng.randrange(0, 0x110000)])
        elif kind == "float":
            v = rng.choice([rand_float(rng), rng.uniform(-1e6, 1e6), rng.randrange(-9, 9) / 4, -0.0, 0.0001234])
        elif kind == "complex":
            v = complex(rng.choice([rand_float(rng), 0.0, -0.0, 1.5]), rng.choice([rand_float(rng), 0.0, -2.25]))
        else:
            v = rand_str(rng)
        add(v, rand_spec(rng, kind))
    for v, spec in [(1234567, ","), (1234567, "_"), (255, "_x"), (255, "#_b"), (1234, "010,"), (1234, "012,d"),
                    (-1234.5, "012,.1f"), (12345, "0=+12,"), (1, ",x"), (1, ",n"), (1.5, "=^10"), (1.0, "+"),
                    (1.0, ""), (1e16, ""), (1e16, ".3"), (123.456, ".0"), (0.5, ".0f"), (1.5, ".0f"), (2.5, ".0f"),
                    (-0.0, "z"), (-0.0001, "z.2f"), (-0.0, "z.0e"), ("abc", "=5"), ("abc", "+5"), ("abc", "#5"),
                    ("abc", "z5"), ("abc", " 5"), ("abc", ".1"), ("abc", "x^9.2"), (65, "c"), (0x110000, "c"),
                    (-1, "c"), (65, "+c"), (65, "#c"), (3, ".2d"), (3, "z"), (1j, "010"), (1j, "=10"), (1j, ""),
                    (complex(-0.0, 1), ""), (complex(1, -0.0), ".2"), (10 ** 400, "e"), (10 ** 400, ".3g"),
                    (1.0, "99999999999999999999.1f"), (1.0, ".99999999999999999999f"), (1.0, "1.2.3"),
                    (1.0, "ab"), (1, "\u0665\u0660"), (12, "x<\u0661\u0662"), (True, ""), (True, "x"), (True, "5"),
                    (float("nan"), "+010.2f"), (float("-inf"), "010"), (float("inf"), "%"), (0.5, "%"), (0.25, ".0%"),
                    (1e300, "f"), (5e-324, ".1000e"), (123456789, "n"), (1234.5, "n"), (1234.5, ",.2f"),
                    (1234.5, "_.2e"), (12, "_o"), (12, "_X"), (12, ",o"), (12, "#X"), (-12, "#o"), (-12, "#10x"),
                    (-12, "#010x"), (-12, "<#010x"), (-12, "^#010x"), ("x", ""), ("", "5")]:
        add(v, spec)
    write("format.txt", lines)


def rand_conversion(rng):
    spec = "%"
    flags = "".join(rng.choice("-+ #0") for _ in range(rng.choice([0, 0, 1, 2, 3])))
    spec += flags
    args = []
    if rng.random() < 0.4:
        if rng.random() < 0.2:
            spec += "*"
            args.append(rng.randrange(-12, 12))
        else:
            spec += str(rng.randrange(0, 25))
    if rng.random() < 0.35:
        if rng.random() < 0.2:
            spec += ".*"
            args.append(rng.randrange(-3, 12))
        else:
            spec += "." + (str(rng.randrange(0, 15)) if rng.random() < 0.9 else "")
    if rng.random() < 0.05:
        spec += rng.choice("hlL")
    t = rng.choice("diouxXeEfFgGcrsa%" * 3 + "qyk")
    spec += t
    if t == "%":
        return spec, args
    k = rng.random()
    if t in "diouxX":
        v = rng.choice([rand_int(rng), rng.randrange(-1000, 1000), rand_float(rng), True]) if k < 0.9 else rand_scalar(rng)
    elif t in "eEfFgG":
        v = rng.choice([rand_float(rng), rng.randrange(-1000, 1000), rand_int(rng)]) if k < 0.9 else rand_scalar(rng)
    elif t == "c":
        v = rng.choice([rng.randrange(0, 0x110000), rng.choice("aé€😀"), -1, 0x110000, "ab", 1.5])
    else:
        v = rand_value(rng)
    args.append(v)
    return spec, args


def gen_percent(rng):
    lines = []

    def add(fmt, args):
        lines.append("percent\t" + enc(fmt) + " " + enc(args) + "\t" + outcome(lambda: fmt % rebuild(args)))

    for _ in range(7000):
        parts = []
        args = []
        for _ in range(rng.choice([1, 1, 2, 3])):
            if rng.random() < 0.3:
                parts.append(rng.choice(["x", "abc ", "é", "😀", " = "]))
            spec, a = rand_conversion(rng)
            parts.append(spec)
            args.extend(a)
        fmt = "".join(parts)
        r = rng.random()
        if r < 0.05 and args:
            args.pop()
        elif r < 0.08:
            args.append(1)
        if len(args) == 1 and rng.random() < 0.5 and not isinstance(args[0], tuple):
            add(fmt, args[0])
        else:
            add(fmt, tuple(args))
    for fmt, args in [("%", ()), ("abc%", ()), ("%(a)s", ()), ("%(a", ()), ("%s %s", (1,)), ("%s", (1, 2)),
                      ("abc", 5), ("abc", b"x"), ("%s", b"x"), ("%d", "x"), ("%x", 1.5), ("%c", 1.5), ("%*d", ("a", 1)),
                      ("%.*f", (1.5, 1.0)), ("%5.2f", 3.14159), ("%-8s|", "ab"), ("%08.3f", -3.5), ("%+.3e", 12345.678),
                      ("%#o", 8), ("%#x", -255), ("%#X", 255), ("%#08x", 255), ("%-#8x|", 255), ("% d", 5),
                      ("%+d", -5), ("%05d", -42), ("%.5d", -42), ("%#.3o", 8), ("%r", "é"), ("%a", "é😀"),
                      ("%s", 1.0), ("%d", 1e300), ("%d", float("nan")), ("%d", float("inf")), ("%i", True),
                      ("%u", -3), ("%c", 0x110000), ("%c", -1), ("%c", "é"), ("%c", "ab"), ("%.0f", 0.5),
                      ("%.0f", 1.5), ("%g", 1e-5), ("%#g", 1.0), ("%#.0f", 1.0), ("%#.0e", 1.0), ("%.3s", "abcdef"),
                      ("%5.1s|", "abc"), ("%s", None), ("%r", (1,)), ("%s", ((1, 2),)), ("%3%", ()), ("%-5%", ()),
                      ("%q", 1), ("%\u00e9", 1), ("%\U0001F600", 1), ("%d %d", (1,)), ("%x", 10 ** 30),
                      ("%e", 10 ** 400), ("%010.3f", float("nan")), ("%+f", float("inf")), ("%5c|", 65)]:
        add(fmt, args)
    # bytes % args
    for _ in range(3000):
        parts = []
        args = []
        for _ in range(rng.choice([1, 1, 2, 3])):
            if rng.random() < 0.3:
                parts.append(rng.choice(["x", "abc ", " = "]))
            spec, a = rand_conversion(rng)
            t = spec[-1]
            if t in "sb" and a:
                a[-1] = rng.choice([bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 12))), b"", "str",
                                    rand_value(rng)]) if rng.random() < 0.3 else bytes(rng.getrandbits(8) for _ in
                                                                                      range(rng.randrange(0, 12)))
            if t == "c" and a:
                a[-1] = rng.choice([rng.randrange(0, 300), b"x", b"xy", "x", -1])
            if rng.random() < 0.1:
                spec = spec[:-1] + "b"
            parts.append(spec)
            args.extend(a)
        fmt = "".join(parts).encode("latin-1", "replace")
        if len(args) == 1 and rng.random() < 0.5 and not isinstance(args[0], tuple):
            args = args[0]
        else:
            args = tuple(args)
        lines.append("bpercent\t" + enc(fmt) + " " + enc(args) + "\t" + outcome(lambda: fmt % rebuild(args)))
    for fmt, args in [(b"%s", b"abc"), (b"%b", 5), (b"%5.2b|", b"abcdef"), (b"%c", 256), (b"%c", b"ab"), (b"%5c|", 65),
                      (b"%r", "\u00e9"), (b"%a", b"\xff"), (b"%x", 1.5), (b"%f", "x"), (b"%(a)s", ()), (b"abc", b"x"),
                      (b"%s %s", (b"a",)), (b"%d", (1, 2)), (b"%", ()), (b"%.*f", (2, 3.14159)), (b"%08.3f", -2.5)]:
        lines.append("bpercent\t" + enc(fmt) + " " + enc(args) + "\t" + outcome(lambda: fmt % args))
    write("percent.txt", lines)


SET_ALGEBRA_OPS = ["or", "and", "sub", "xor", "ior", "iand", "isub", "ixor", "and_iter", "sub_iter", "copy",
                   "same_and"]


def gen_set_algebra(rng):
    """Set operations on two sets built by adds and discards; the result's iteration order."""
    from value_oracle import set_algebra
    lines = []
    for _ in range(1200):
        kind = rng.randrange(4)

        def item():
            if kind == 0:
                return rng.randrange(0, 300) * rng.choice([1, 8, 1024])
            if kind == 1:
                return rand_str(rng)[:6]
            if kind == 2:
                return rng.choice([rng.randrange(-20, 20), float(rng.randrange(-20, 20)), rand_str(rng)[:2]])
            return rng.choice([rng.randrange(-2**40, 2**40), rng.randrange(-99, 99) / 8, rand_str(rng)[:3],
                               (rng.randrange(5), rand_str(rng)[:2]), b"%d" % rng.randrange(100), 2**64 + rng.randrange(9)])

        na = rng.choice([0, 1, 3, 6, 12, 30, 80])
        nb = rng.choice([0, 1, 3, 6, 12, 30, 80, 250])
        a_adds = [item() for _ in range(na)]
        b_adds = [item() for _ in range(nb)] + rng.sample(a_adds, min(len(a_adds), rng.randrange(0, 10)))
        a_dis = rng.sample(a_adds, min(len(a_adds), rng.randrange(0, 8)))
        b_dis = rng.sample(b_adds, min(len(b_adds), rng.randrange(0, 8)))
        op = rng.choice(SET_ALGEBRA_OPS)
        args = [tuple(a_adds), tuple(a_dis), tuple(b_adds), tuple(b_dis), op]
        lines.append("setalg\t" + " ".join(enc(x) for x in args) + "\t"
                     + outcome(lambda: set_algebra(*args)))
    write("setalg.txt", lines)


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    assert sys.version_info[:2] == (3, 11), "run with python3.11"
    only = set(sys.argv[1:])
    sections = {"repr": gen_repr, "hash": gen_hash, "sets": gen_sets, "numbers": gen_numbers,
                "format": gen_format, "percent": gen_percent, "setalg": gen_set_algebra}
    for name, fn in sections.items():
        if not only or name in only:
            fn(random.Random("quicken-" + name))


if __name__ == "__main__":
    main()
