#!/usr/bin/env python3.11
"""Check that .pyc files quicken wrote back load in python3.11 as code objects equal, field by
field and recursively, to the originals.

Usage: python3.11 tools/check_writeback.py PAIRS_FILE
PAIRS_FILE holds one "ORIGINAL.pyc<TAB>WRITTEN.pyc" a line. Prints one line per pair:
"N OK", "N DIFF <path>: <what differs>" or "N LOADFAIL <error>"; exits 1 unless all are OK.
"""

import marshal
import math
import struct
import sys

FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags",
          "co_code", "co_names", "co_varnames", "co_cellvars", "co_freevars", "co_nlocals",
          "co_filename", "co_name", "co_qualname", "co_firstlineno", "co_linetable",
          "co_exceptiontable")


def localsplus(co):
    names = []
    i = 0
    while True:
        try:
            names.append(co._varname_from_oparg(i))
        except IndexError:
            return tuple(names)
        i += 1


def canon(x):
    """A canonical text for a constant: type-exact, -0.0/NaN aware, independent of set order and
    of string interning (so frozensets compare by content)."""
    t = type(x).__name__
    if isinstance(x, float):
        return "float:" + struct.pack("<d", x).hex()
    if isinstance(x, complex):
        return "complex:" + canon(x.real) + "," + canon(x.imag)
    if isinstance(x, tuple):
        return "tuple:(" + ",".join(canon(y) for y in x) + ")"
    if isinstance(x, frozenset):
        return "frozenset:{" + ",".join(sorted(canon(y) for y in x)) + "}"
    if hasattr(x, "co_code"):
        return "code:" + repr((x.co_qualname, x.co_firstlineno, x.co_code))
    return t + ":" + repr(x)


def same_const(a, b, path):
    """None when equal (same type, same value, -0.0 and NaN distinguished), else a description."""
    if type(a) is not type(b):
        return "%s: type %s != %s" % (path, type(a).__name__, type(b).__name__)
    if isinstance(a, float):
        if struct.pack("<d", a) != struct.pack("<d", b) and not (math.isnan(a) and math.isnan(b)):
            return "%s: %r != %r" % (path, a, b)
        return None
    if isinstance(a, complex):
        return same_const(a.real, b.real, path + ".real") or same_const(a.imag, b.imag, path + ".imag")
    if isinstance(a, tuple):
        if len(a) != len(b):
            return "%s: tuple length %d != %d" % (path, len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            d = same_const(x, y, "%s[%d]" % (path, i))
            if d:
                return d
        return None
    if isinstance(a, frozenset):
        ka = sorted(canon(x) for x in a)
        kb = sorted(canon(x) for x in b)
        return None if ka == kb else "%s: frozenset %r != %r" % (path, a, b)
    if hasattr(a, "co_code"):
        return same_code(a, b, path)
    if a != b:
        return "%s: %r != %r" % (path, a, b)
    return None


def same_code(a, b, path):
    for f in FIELDS:
        x, y = getattr(a, f), getattr(b, f)
        if type(x) is not type(y) or x != y:
            return "%s.%s: %r != %r" % (path, f, x, y)
    if localsplus(a) != localsplus(b):
        return "%s.localsplusnames: %r != %r" % (path, localsplus(a), localsplus(b))
    if len(a.co_consts) != len(b.co_consts):
        return "%s.co_consts: length %d != %d" % (path, len(a.co_consts), len(b.co_consts))
    for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
        d = same_const(x, y, "%s.co_consts[%d]" % (path, i))
        if d:
            return d
    if list(a.co_positions()) != list(b.co_positions()):
        return "%s: co_positions differ" % path
    return None


def main():
    ok = True
    with open(sys.argv[1], encoding="utf-8") as f:
        pairs = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for n, (orig, new) in enumerate(pairs):
        with open(orig, "rb") as f:
            a = marshal.loads(f.read()[16:])
        try:
            with open(new, "rb") as f:
                data = f.read()
            if data[:4] != (3495).to_bytes(2, "little") + b"\r\n":
                raise ValueError("bad magic %r" % data[:4])
            b = marshal.loads(data[16:])
        except Exception as e:
            print(n, "LOADFAIL", repr(e))
            ok = False
            continue
        d = same_const(a, b, "<module>")
        print(n, "OK" if d is None else "DIFF " + d)
        ok = ok and d is None
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
