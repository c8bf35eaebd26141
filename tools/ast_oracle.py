#!/usr/bin/env python3.11
"""python3.11 side of the AST comparisons (tools/compare_ast.sh).

  ast_oracle.py dump < LIST          per path: '### PATH' then ast.dump(..., include_attributes=True)
                                     or '!!! Kind: msg (lineno, offset, end_lineno, end_offset)'
  ast_oracle.py compare PY JAVA      prints the percentage of equal dumps and the differing files
                                     (files python3.11 rejects are skipped)
  ast_oracle.py mutate DIR N SEED    writes N invalid programs (one random token edit of a top-level
                                     statement of the stdlib) to DIR and prints their paths
  ast_oracle.py errcompare PY JAVA   compares the error lines of the files python3.11 rejects
"""
import ast
import sys


def dump_one(path):
    with open(path, "rb") as fh:
        src = fh.read()
    try:
        try:
            tree = compile(src, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        except SyntaxError:
            # offsets in code points, as when running a file: recompile the decoded text
            text = src.decode("utf-8")
            compile(text, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
            raise
    except UnicodeDecodeError:
        return "!!! SyntaxError: (undecodable)"
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


INSERTS = [":", "(", ")", "[", "]", "{", "}", "=", ",", "if", "else", "*", "**", "lambda", ".", "1", "x",
           "'s'", "for", "in", "not", "is", ":=", "->", "@", "yield", "await", "async", "def", "return",
           "import", "from", "as", "\n", "    ", "\\", "f'{", "}", "pass", "+", "-", "==", ";", "\t", "match",
           "case", "del", "global", "try:", "except", "with", "while", "class", '"""', "#", "0x", "1_", "`", "$"]


def mutate(out_dir, count, seed):
    """Writes `count` invalid programs: one random token edit of a top-level stdlib statement."""
    import io
    import os
    import random
    import sysconfig
    import tokenize
    import warnings
    warnings.simplefilter("ignore")
    rnd = random.Random(seed)
    stdlib = sysconfig.get_paths()["stdlib"]
    files = []
    for root, dirs, names in os.walk(stdlib):
        dirs.sort()
        if "site-packages" in root:
            continue
        files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".py"))
    os.makedirs(out_dir, exist_ok=True)
    made = 0
    while made < count:
        path = rnd.choice(files)
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            tree = ast.parse(text)
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        if not tree.body:
            continue
        lines = text.splitlines(keepends=True)
        node = rnd.choice(tree.body)
        if node.end_lineno - node.lineno > 40:
            continue
        src = "".join(lines[node.lineno - 1:node.end_lineno])
        try:
            toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
                    if t.type not in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.NL, tokenize.COMMENT)]
        except (tokenize.TokenError, SyntaxError):
            continue
        if not toks:
            continue
        offs = [0]
        for line in src.splitlines(keepends=True):
            offs.append(offs[-1] + len(line))
        t = rnd.choice(toks)
        a = offs[t.start[0] - 1] + t.start[1]
        b = offs[t.end[0] - 1] + t.end[1]
        op = rnd.choice(["delete", "insert", "replace", "duplicate"])
        if op == "delete":
            new = src[:a] + src[b:]
        elif op == "insert":
            new = src[:a] + rnd.choice(INSERTS) + " " + src[a:]
        elif op == "replace":
            new = src[:a] + rnd.choice(INSERTS) + src[b:]
        else:
            new = src[:b] + " " + src[a:b] + src[b:]
        try:
            ast.parse(new)
            continue
        except SyntaxError:
            pass
        except (ValueError, MemoryError, RecursionError):
            continue
        name = os.path.join(out_dir, "m%05d.py" % made)
        with open(name, "w", encoding="utf-8") as fh:
            fh.write(new)
        print(name)
        made += 1


def errcompare(py_file, java_file):
    order, py = read(py_file)
    _, java = read(java_file)
    total = equal = 0
    for path in order:
        if not py[path].startswith("!!! ") or "Error:" not in py[path]:
            continue
        total += 1
        if java.get(path) == py[path]:
            equal += 1
        else:
            with open(path, encoding="utf-8") as fh:
                src = fh.read()
            print("DIFF %s\n    python:  %s\n    quicken: %s\n    source: %r" % (path, py[path], java.get(path),
                                                                           src[:300]))
    print("errors equal: %d/%d = %.2f%%" % (equal, total, 100.0 * equal / max(1, total)))


def main():
    if sys.argv[1] == "mutate":
        mutate(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
        return
    if sys.argv[1] == "errcompare":
        errcompare(sys.argv[2], sys.argv[3])
        return
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
