#!/usr/bin/env python3.11
"""python3.11 side of the AST comparisons (tools/compare_ast.sh).

  ast_oracle.py dump < LIST          per path: '### PATH' then ast.dump(..., include_attributes=True)
                                     or '!!! Kind: msg (lineno, offset, end_lineno, end_offset)'
  ast_oracle.py compare PY JAVA      prints the percentage of equal dumps and the differing files
                                     (files python3.11 rejects are skipped)
"""
import ast
import sys


def dump_one(path):
    with open(path, "rb") as fh:
        src = fh.read()
    try:
        tree = compile(src, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as e:
        return "!!! %s: %s (%s, %s, %s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset,
                                               e.end_lineno, e.end_offset)
    except (ValueError, MemoryError, RecursionError) as e:
        return "!!! %s: %s" % (type(e).__name__, e)
    return ast.dump(tree, include_attributes=True)


def read(path):
    out = {}
    order = []
    with open(path, encoding="utf-8", errors="surrogateescape") as fh:
        key = None
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("### "):
                key = line[4:]
                order.append(key)
            elif key is not None:
                out[key] = line
                key = None
    return order, out


def main():
    if sys.argv[1] == "dump":
        sys.stdout.reconfigure(encoding="utf-8", errors="surrogateescape")
        for line in sys.stdin:
            path = line.rstrip("\n")
            if path:
                print("### " + path)
                print(dump_one(path))
        return
    order, py = read(sys.argv[2])
    _, java = read(sys.argv[3])
    total = equal = 0
    diffs = []
    for path in order:
        if py[path].startswith("!!!"):
            continue
        total += 1
        if java.get(path) == py[path]:
            equal += 1
        else:
            j = java.get(path, "<missing>")
            p = py[path]
            i = 0
            while i < min(len(j), len(p)) and j[i] == p[i]:
                i += 1
            diffs.append("%s\n    python: ...%s\n    quicken: ...%s" % (path, p[max(0, i - 80):i + 100],
                                                                     j[max(0, i - 80):i + 100]))
    for d in diffs:
        print("DIFF " + d)
    print("AST equal: %d/%d = %.2f%%" % (equal, total, 100.0 * equal / max(1, total)))


if __name__ == "__main__":
    main()
