#!/usr/bin/env python3.11
"""Regenerates the parser fixtures under interpreter/src/test/resources/parser/ with python3.11:

  snippets/*.py   hand-written programs covering the grammar (committed by hand)
  snippets/*.ast  ast.dump(compile(src, name, 'exec', PyCF_ONLY_AST), include_attributes=True)
  errors.tsv      invalid programs: escaped source, then python3.11's error class, msg, lineno,
                  offset, end_lineno, end_offset (compile(str) of the source)
  mutated.tsv     the same for programs made by one random token edit (seeded) of the top-level
                  statements of snippets/*.py -- a corpus not written with the parser in mind

Usage: python3.11 tools/gen_parser_fixtures.py
"""
import ast
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "interpreter", "src", "test", "resources", "parser")

ERRORS = [
    # assignment targets
    "f() = 1", "a + 1 = 2", "1 = x", "None = 1", "True = 1", "x, f() = 1, 2", "[a, b()] = c",
    "(a, 1) = 2", "a = b = f() = 3", "lambda: 1 = 1", "x if y else z = 1", "a < b = 3",
    "{a: 1} = x", "{a} = x", "[i for i in x] = 1", "(yield) = 1", "f'{x}' = 1", "... = 1",
    "a.b() = 1", "await x = 1", "*a = 1\nb = 2 = f()", "x += 1 = 2", "f() += 1", "(a, b) += 1",
    "[a] += 1", "a + b += 1", "x: int, y: int = 1", "(x, y): int", "[x]: int", "f(): int",
    "del f()", "del a + b", "del *a", "del (a, 1)", "del [a, f()]", "del 1",
    "for f() in x: pass", "for 1 in x: pass", "for a, b() in x: pass", "[x for f() in y]",
    "with a as f(): pass", "with a as 1: pass", "with a as (b, 1): pass",
    # missing colons / blocks
    "if x\n    pass", "while x\n    pass", "for x in y\n    pass", "def f()\n    pass",
    "class A\n    pass", "try\n    pass", "with a\n    pass", "if x:\n    pass\nelif y\n    pass",
    "if x:\n    pass\nelse\n    pass", "try:\n    pass\nexcept\n    pass", "try:\n    pass\nfinally\n    pass",
    "try:\n    pass\nexcept E\n    pass", "match x\n    case 1: pass", "match x:\n    case 1\n        pass",
    "if x:\npass", "while x:\npass", "for x in y:\npass", "def f():\npass", "class A:\npass",
    "try:\npass", "with a:\npass", "if x:\n    pass\nelse:\npass", "if x:\n    pass\nelif y:\npass",
    "try:\n    pass\nexcept:\npass", "try:\n    pass\nexcept E:\npass", "try:\n    pass\nfinally:\npass",
    "match x:\ncase 1: pass", "match x:\n    case 1:\n    pass", "async def f():\npass",
    "try:\n    pass\nexcept* E:\npass", "try:\n    pass\n", "try:\n    pass\nx = 1",
    # indentation / tokenizer
    "  x = 1", "x = 1\n  y = 2", "if x:\n    a\n  b", "if x:\n\ta\n        b", "if x:\n        a\n\tb",
    "x = 1 \\ 2", "x = \\", "x = (1,", "x = [1, 2", "x = {1: 2", "f(a, b", "x = (]", "x = )", "x = ]",
    "x = }", "(\n1,\n2", "x = 'abc", "x = \"abc", "x = '''abc", "x = f'abc", "x = b'\\xff",
    "x = 1_", "x = 1__0", "x = 0777", "x = 1abc", "x = 0x", "x = 0xg", "x = 0o8", "x = 0b2", "x = 0b",
    "x = 1e", "x = 1.5j2", "a = €", "a = $", "a = ?", "a = `b`", "x = 1\n\x00",
    "print 'hello'", "print x", "exec 'code'", "x = 1 2", "f(a b)", "[a b]", "{a b}", "(a b c)",
    "x = a b", "f(1 2, 3)", "import a b", "from x import (a, b", "from x import a,",
    "from x import *, a", "import", "from . import", "from x import", "x = (1 2)",
    # expressions
    "f(x for x in y, 1)", "f(1, x for x in y)", "f(a=1, 2)", "f(**a, 2)", "f(**a, *b)", "f(a=1, *b, c)",
    "f(x=1 for x in y)", "f(True=1)", "f(None=1)", "f(a.b=1)", "f(a+1=2)", "(*a)", "(**a)",
    "[*a for a in b]", "{*a for a in b}", "{**a for a in b}", "[a, b for a in c]", "{a, b for a in c}",
    "[a, for a in c]", "x = {1: *a}", "x = {1:}", "x = {1, 2: 3}", "x = {1: 2, 3}", "x = a if b",
    "x = a if b else", "x = not", "x = 1 +", "x = (1 + )", "x = [1, 2,, 3]", "x = a..b", "x = a.1",
    "if x = 1: pass", "while x = 1: pass", "if x.y = 1: pass", "if f() = 1: pass", "if (a := 1) = 2: pass",
    "(a.b := 1)", "(f() := 1)", "([a] := 1)", "x := 1", "def f(x := 1): pass", "f(a, b=1, c)",
    "yield = 1", "a = yield = 1", "x = lambda: yield", "lambda x=1, y: 0", "lambda *: 0",
    "lambda *, **k: 0", "lambda (x): 0", "lambda x, /, y, /: 0", "lambda /: 0", "lambda *a, *b: 0",
    "lambda **k, a: 0", "lambda **k=1: 0", "lambda *a=1: 0",
    # parameters
    "def f(a=1, b): pass", "def f(*): pass", "def f(*, **k): pass", "def f((a, b)): pass",
    "def f(a, /, b, /): pass", "def f(/): pass", "def f(*a, /): pass", "def f(*a, *b): pass",
    "def f(**k, a): pass", "def f(**k=1): pass", "def f(*a=1): pass", "def f(a, a=): pass",
    "def f(a=): pass", "def f(**k, *a): pass", "def f(a, *, /): pass", "def f(a): pass\n  return",
    "def f:\n    pass", "def f(a b): pass", "def f(a,,b): pass", "class A(: pass",
    # statements
    "return 1 2", "import a.b as", "from .. import a as", "global x, ", "nonlocal", "assert",
    "raise X from", "pass pass", "break 1", "continue x", "else: pass", "elif x: pass",
    "except: pass", "finally: pass", "try:\n    pass\nexcept E, F:\n    pass",
    "try:\n    pass\nexcept* :\n    pass", "try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass", "try:\n    pass\nelse:\n    pass",
    "with (a, b as c: pass", "async x = 1", "await", "def f():\n    x = yield from",
    "class A(x for x in y): pass", "@\ndef f(): pass", "@x\nclass", "@x y\ndef f(): pass",
    "x = 1; ; y = 2", "if x:\n    pass\n  else:\n    pass", "for x in range(3):\n    pass\n else: pass",
    # match
    "match x:\n    case 1 as _: pass", "match x:\n    case 1 as 2: pass", "match x:\n    case a.b(): pass\n    case C(a=1, 2): pass",
    "match x:\n    case 1 + 1: pass", "match x:\n    case 1j + 1: pass",
    "match x:\n    case {**_}: pass", "match x:\n    case {a: 1}: pass", "match x:\n    case *a: pass",
    "match x:\n    case a.b = 1: pass", "match x:\n    case (1 2): pass",
    # strings / f-strings
    "f'{}'", "f'{ }'", "f'{x!}'", "f'{x!z}'", "f'{x:'", "f'{x'", "f'}'", "f'{'", "f'{x!r'", "f'{a b}'",
    "f'{x:{y:{z}}}'", "f'{#}'", "f'{x\\n}'", "f'{)}'", "f'{(}'", "f'{x=!z}'", "f'{:x}'", "f'{!r}'",
    "f'{=}'", "f'{a[}'", "f'{a + }'", "f'{lambda x: 1}'", "'a' b'b'", "b'a' 'b'", "b'é'",
    "'\\x1'", "'\\u12'", "'\\U1234'", "'\\N{foo}'", "'\\N'", "b'\\x1'", "'\\", "x = '\\\n",
    "x = f'{a}' f'{'", "f'{x:{y}'", "f'''{\n}'''", "f'{a!r:}{'",
    # misc
    "(", ")", "[", "{", "def", "class", "if", "x = (", "x = [\n", "a = 1\nb = (\nc = 2",
    "a = (1,\nb = 2", "a = [1,\nb = 2\nc = 3", "if True:\n    x = (\n", "1 +* 2", "x = 3 * * 2",
    "x ++ = 1", "x = a ! b", "x = a <> b", "x = a => b", "x = a =! b", "def f() -> : pass",
    "def f() -> int pass", "for x y in z: pass", "for in x: pass", "for x in : pass", "while: pass",
    "if: pass", "with: pass", "class: pass", "import *", "from x import *, *", "from import x",
    # SOFT_KEYWORD matches any prefix of a soft keyword (strncmp), so no "forgot a comma" here
    "with a as b\n", "f(a=1, b='c', d'e')", "x = print 'x'", "f(print 1)",
    "f(c 1)", "f(ma 1)", "f(cc 1)", "[_ x]", "print(''.join([d.get(c c) for c in s]))",
    "{x: 1, y 1}", "{**x, y 1}", "{x: 1, y: z 1}", "{x 1}", "f(a=1, *, b)", "f(a, *, b)", "f('code':=\n",
    "'''doc\n\nmore'''\\ \n", "x = 1 \\ \n", "if x:\n  \\ y\n",
]


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r").replace("\x00", "\\0")


INSERTS = [":", "(", ")", "[", "]", "{", "}", "=", ",", "if", "else", "*", "**", "lambda", ".", "1", "x",
           "'s'", "for", "in", "not", "is", ":=", "->", "@", "yield", "await", "async", "def", "return",
           "import", "from", "as", "\n", "    ", "\\", "f'{", "}", "pass", "+", "-", "==", ";"]


def mutated(snip_dir, count=300, seed=311):
    import io
    import random
    import tokenize
    rnd = random.Random(seed)
    blocks = []
    for name in sorted(os.listdir(snip_dir)):
        if not name.endswith(".py") or name in ("latin1.py", "bom.py"):
            continue
        with open(os.path.join(snip_dir, name), encoding="utf-8") as fh:
            text = fh.read().replace("\r\n", "\n")
        lines = text.splitlines(keepends=True)
        tree = ast.parse(text)
        for node in tree.body:
            blocks.append("".join(lines[node.lineno - 1:node.end_lineno]))
    out = []
    seen = set()
    attempts = 0
    while len(out) < count and attempts < count * 50:
        attempts += 1
        src = rnd.choice(blocks)
        try:
            toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
                    if t.type not in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.INDENT, tokenize.NL,
                                      tokenize.COMMENT)]
        except (tokenize.TokenError, SyntaxError):
            continue
        if not toks:
            continue
        lines = src.splitlines(keepends=True)
        offs = [0]
        for l in lines:
            offs.append(offs[-1] + len(l))
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
        if new in seen:
            continue
        try:
            compile(new, "<test>", "exec", dont_inherit=True)
            continue
        except SyntaxError:
            pass
        except (ValueError, MemoryError, RecursionError):
            continue
        try:
            ast.parse(new)
            continue  # a compiler (not parser) error: not this corpus
        except SyntaxError:
            pass
        seen.add(new)
        out.append(new)
    return out


def record(src):
    try:
        compile(src, "<test>", "exec", dont_inherit=True)
        raise SystemExit("not an error: %r" % src)
    except SyntaxError as e:
        return "\t".join([escape(src), type(e).__name__, escape(e.msg), str(e.lineno or 0), str(e.offset or 0),
                          str(e.end_lineno or 0), str(e.end_offset or 0)])


def main():
    if sys.version_info[:2] != (3, 11):
        raise SystemExit("run with python3.11")
    warnings.simplefilter("ignore")
    snip = os.path.join(RES, "snippets")
    for name in sorted(os.listdir(snip)):
        if name.endswith(".py"):
            path = os.path.join(snip, name)
            with open(path, "rb") as fh:
                src = fh.read()
            tree = compile(src, name, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
            with open(path[:-3] + ".ast", "w", encoding="utf-8", newline="\n") as fh:
                fh.write(ast.dump(tree, include_attributes=True) + "\n")
    warnings.simplefilter("ignore")
    seen = set()
    lines = []
    for src in ERRORS:
        if src in seen:
            continue
        seen.add(src)
        try:
            compile(src, "<test>", "exec", dont_inherit=True)
            raise SystemExit("not an error: %r" % src)
        except SyntaxError as e:
            msg = e.msg
            lines.append("\t".join([escape(src), type(e).__name__, escape(msg), str(e.lineno or 0), str(e.offset or 0),
                                    str(e.end_lineno or 0), str(e.end_offset or 0)]))
        except ValueError as e:
            lines.append("\t".join([escape(src), "ValueError", escape(str(e)), "0", "0", "0", "0"]))
    with open(os.path.join(RES, "errors.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print("%d error cases" % len(lines))
    mut = [record(m) for m in mutated(snip)]
    with open(os.path.join(RES, "mutated.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(mut) + "\n")
    print("%d mutated cases" % len(mut))


if __name__ == "__main__":
    main()
