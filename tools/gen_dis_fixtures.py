#!/usr/bin/env python3.11
"""Regenerate the dis fixtures under interpreter/src/test/resources/dis/ with python3.11.

Usage: PYTHONHASHSEED=0 python3.11 tools/gen_dis_fixtures.py

For every src/NAME.py (the hand-written samples, plus the generated ones this script writes
first): NAME.pyc (timestamp pyc, mtime 0), NAME.dis = dis.dis(code) and NAME.caches.dis =
dis.dis(code, show_caches=True), where code = marshal.loads(pyc[16:]).

For adaptive_src/adaptive.py: runs its workload() so CPython quickens and specializes, then for
each listed function F writes adaptive/F.pyc (the function's code object), adaptive/F.units
(its _co_code_adaptive bytes) and adaptive/F.dis / adaptive/F.caches.dis
(dis.dis(code, adaptive=True[, show_caches=True])). Filenames inside code objects are relative
("src/NAME.py"), so fixtures carry no machine paths.
"""

import dis
import importlib._bootstrap_external as ext
import io
import marshal
import os
import re
import sys
import warnings

if sys.version_info[:3] != (3, 11, 7):
    sys.exit("gen_dis_fixtures.py: needs python3.11 (3.11.7)")
if os.environ.get("PYTHONHASHSEED") != "0":
    sys.exit("gen_dis_fixtures.py: run with PYTHONHASHSEED=0 (frozenset order in dis output)")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "interpreter", "src", "test", "resources", "dis")


def generated_sources():
    """Samples too regular to write by hand: wide line numbers, EXTENDED_ARG, wide offsets."""
    out = {}
    # > 256 constants and names: EXTENDED_ARG before LOAD_CONST / LOAD_NAME / STORE_NAME
    out["many_constants"] = "".join("v%d = %d.5\n" % (i, i) for i in range(300))
    # lines >= 1000: the line-number column widens
    out["long_file"] = "\n" * 1200 + "def f(x):\n    return x + 1\n\nprint(f(1))\n"
    # code >= 10000 bytes: the offset column widens; long jumps need EXTENDED_ARG
    body = "".join("        if x == %d:\n            y = x * %d + %d\n" % (i, i, i) for i in range(340))
    out["huge_function"] = "def f(x):\n    y = 0\n    while x:\n" + body + "        x -= 1\n    return y\n"
    # many locals: EXTENDED_ARG before LOAD_FAST / STORE_FAST
    names = ["l%d" % i for i in range(300)]
    out["many_locals"] = "def f():\n" + "".join("    %s = %d\n" % (n, i) for i, n in enumerate(names)) + \
        "    return " + " + ".join(names[-5:]) + "\n"
    # line numbers that jump back and forth (long-form location entries, negative deltas)
    out["line_jumps"] = "x = (1 +\n     2 +\n     3)\ny = [\n    x,\n\n\n\n    x * 2,\n]\nz = {'a':\n     x}\n"
    return out


def compile_pyc(name, source):
    path = "src/%s.py" % name
    code = compile(source, path, "exec", dont_inherit=True)
    return bytes(ext._code_to_timestamp_pyc(code, 0, len(source.encode())))


def dis_text(code, **kw):
    """dis output with code object addresses replaced by 0x0 (they vary from run to run)."""
    buf = io.StringIO()
    dis.dis(code, file=buf, **kw)
    return re.sub(r" at 0x[0-9a-f]+,", " at 0x0,", buf.getvalue())


def tables_text(code):
    """Derived fields and decoded tables of code and its nested code objects (see CodeTablesTest)."""
    out = []

    def fmt(v):
        return "N" if v is None else str(v)

    def walk(co):
        out.append("code %s" % co.co_qualname)
        out.append("varnames %s" % ",".join(co.co_varnames))
        out.append("cellvars %s" % ",".join(co.co_cellvars))
        out.append("freevars %s" % ",".join(co.co_freevars))
        out.append("nlocals %d" % co.co_nlocals)
        out.append("lines %s" % " ".join("%d-%d:%s" % (a, b, fmt(c)) for a, b, c in co.co_lines()))
        out.append("positions %s" % " ".join(",".join(fmt(v) for v in p) for p in co.co_positions()))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            out.append("lnotab %s" % co.co_lnotab.hex())
        out.append("exceptions %s" % " ".join("%d-%d>%d[%d]%s" % (e.start, e.end, e.target, e.depth, "L" if e.lasti else "")
                                             for e in dis._parse_exception_table(co)))
        for c in co.co_consts:
            if hasattr(c, "co_code"):
                walk(c)

    walk(code)
    return "\n".join(out) + "\n"


def write(path, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as f:
        f.write(data)


def main():
    src_dir = os.path.join(ROOT, "src")
    for name, text in generated_sources().items():
        write(os.path.join(src_dir, name + ".py"), text)
    names = sorted(f[:-3] for f in os.listdir(src_dir) if f.endswith(".py"))
    for name in names:
        with open(os.path.join(src_dir, name + ".py"), encoding="utf-8") as f:
            source = f.read()
        pyc = compile_pyc(name, source)
        code = marshal.loads(pyc[16:])
        write(os.path.join(ROOT, name + ".pyc"), pyc)
        write(os.path.join(ROOT, name + ".dis"), dis_text(code))
        write(os.path.join(ROOT, name + ".caches.dis"), dis_text(code, show_caches=True))
        write(os.path.join(ROOT, name + ".tables"), tables_text(code))

    adir = os.path.join(ROOT, "adaptive")
    os.makedirs(adir, exist_ok=True)
    spath = "adaptive_src/adaptive.py"
    with open(os.path.join(ROOT, spath), encoding="utf-8") as f:
        source = f.read()
    module = {"__name__": "adaptive"}
    exec(compile(source, spath, "exec", dont_inherit=True), module)
    module["workload"]()
    for fname in ("arith", "attrs", "subscr", "Point.__init__", "Point.norm2"):
        obj = module
        for part in fname.split("."):
            obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
        code = obj.__code__
        write(os.path.join(adir, fname + ".pyc"), bytes(ext._code_to_timestamp_pyc(code, 0, 0)))
        write(os.path.join(adir, fname + ".units"), code._co_code_adaptive)
        write(os.path.join(adir, fname + ".dis"), dis_text(code, adaptive=True))
        write(os.path.join(adir, fname + ".caches.dis"), dis_text(code, adaptive=True, show_caches=True))
    print("wrote fixtures for %d samples and %d adaptive functions" % (len(names), 5))


if __name__ == "__main__":
    main()
