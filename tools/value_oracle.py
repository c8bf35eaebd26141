#!/usr/bin/env python3.11
"""Oracle for the live differential test (LiveDifferentialTest): reads cases from stdin, one per
line as `op TAB encoded-args`, and writes one outcome per line, encoded as
tools/gen_value_fixtures.py does (a value, or `!Type: message`). Run with PYTHONHASHSEED=0.
"""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_value_fixtures import enc, outcome  # noqa: E402


def dec_tokens(toks, pos):
    t = toks[pos]
    pos += 1
    if t == "(":
        kind = toks[pos]
        pos += 1
        items = []
        while toks[pos] != ")":
            v, pos = dec_tokens(toks, pos)
            items.append(v)
        pos += 1
        return (tuple(items) if kind == "t" else frozenset(items)), pos
    return dec_atom(t), pos


def dec_atom(t):
    c = t[0]
    if c == "N":
        return None
    if c == "T":
        return True
    if c == "F":
        return False
    if c == "E":
        return Ellipsis
    if c == "i":
        d = t[1:]
        if "x" in d:
            v = int(d[d.index("x") + 1:], 16)
            return -v if d.startswith("-") else v
        return int(d)
    if c == "f":
        return struct.unpack("<d", struct.pack("<Q", int(t[1:], 16)))[0]
    if c == "c":
        a, b = t[1:].split(",")
        return complex(dec_atom("f" + a), dec_atom("f" + b))
    if c == "b":
        return bytes.fromhex(t[1:])
    if c == "q":
        out = []
        s = t[1:]
        i = 0
        while i < len(s):
            if s[i] == "\\" and s[i + 1] == "s":
                out.append(" ")
                i += 2
            elif s[i] == "\\":
                n = 4 if s[i + 1] == "u" else 8
                out.append(chr(int(s[i + 2:i + 2 + n], 16)))
                i += 2 + n
            else:
                out.append(s[i])
                i += 1
        return "".join(out)
    raise ValueError(t)


def dec_args(text):
    toks = text.split(" ")
    pos = 0
    out = []
    while pos < len(toks):
        v, pos = dec_tokens(toks, pos)
        out.append(v)
    return out


def set_order(adds, discards, more):
    s = set()
    for x in adds:
        s.add(x)
    for x in discards:
        s.discard(x)
    for x in more:
        s.add(x)
    return repr(tuple(s))


def build_set(adds, discards):
    s = set()
    for x in adds:
        s.add(x)
    for x in discards:
        s.discard(x)
    return s


def set_algebra(a_adds, a_discards, b_adds, b_discards, op):
    a = build_set(a_adds, a_discards)
    b = build_set(b_adds, b_discards)
    if op == "or":
        r = a | b
    elif op == "and":
        r = a & b
    elif op == "sub":
        r = a - b
    elif op == "xor":
        r = a ^ b
    elif op == "ior":
        a |= b
        r = a
    elif op == "iand":
        a &= b
        r = a
    elif op == "isub":
        a -= b
        r = a
    elif op == "ixor":
        a ^= b
        r = a
    elif op == "and_iter":
        r = a.intersection(list(b_adds))
    elif op == "sub_iter":
        a.difference_update(list(b_adds))
        r = a
    elif op == "copy":
        r = a.copy()
    elif op == "same_and":
        r = a & a
    else:
        raise ValueError(op)
    return repr(tuple(r))


OPS = {
    "setalg": set_algebra,
    "repr": lambda v: repr(v),
    "hash": lambda v: hash(v),
    "float": lambda s: float(s),
    "int": lambda s, b: int(s, b),
    "floatb": lambda b: float(b),
    "intb": lambda b, base: int(b, base),
    "complex": lambda s: complex(s),
    "roundint": lambda v, n: round(v, n),
    "truediv": lambda a, b: a / b,
    "str": lambda v: str(v),
    "hex": lambda x: x.hex(),
    "fromhex": lambda s: float.fromhex(s),
    "round": lambda x, n: round(x) if n is None else round(x, n),
    "format": lambda v, spec: format(v, spec),
    "percent": lambda fmt, args: fmt % args,
    "bpercent": lambda fmt, args: fmt % args,
    "set": set_order,
}


def main():
    assert os.environ.get("PYTHONHASHSEED") == "0", "run with PYTHONHASHSEED=0"
    out = sys.stdout
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line:
            continue
        op, _, args = line.partition("\t")
        values = dec_args(args) if args else []
        out.write(outcome(lambda: OPS[op](*values)) + "\n")


if __name__ == "__main__":
    main()
