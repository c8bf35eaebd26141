#!/usr/bin/env python3.11
"""Regenerates interpreter/src/test/resources/compiler/errors.json: programs that parse but that
CPython 3.11 rejects in its symbol table or compiler, with the SyntaxError message and position
(lineno, offset, end_lineno, end_offset; None as 0 is accepted) compile(src, "e.py", "exec") raises.

    python3.11 tools/compile_errors_oracle.py interpreter/src/test/resources/compiler/errors.json
"""
import json, sys
progs = [
 "def f():\n    x = 1\n    global x\n",
 "def f():\n    print(x)\n    global x\n",
 "def f(x):\n    global x\n",
 "def f(x):\n    nonlocal x\n",
 "def f():\n    x: int\n    global x\n",
 "def f():\n    nonlocal q\n",
 "nonlocal q\n",
 "def f():\n    global x\n    nonlocal x\n",
 "def f():\n    x = 1\n    def g():\n        x: int = 2\n        nonlocal x\n",
 "return 1\n",
 "x = 1\nreturn\n",
 "yield 1\n",
 "class C:\n    yield 1\n",
 "await x\n",
 "def f():\n    await x\n",
 "async def f():\n    yield from x\n",
 "async def f():\n    yield 1\n    return 2\n",
 "break\n",
 "continue\n",
 "for x in y:\n    def f():\n        break\n",
 "def f():\n    async for x in y: pass\n",
 "def f():\n    async with x: pass\n",
 "[x async for x in y]\n",
 "def f(a, a): pass\n",
 "lambda a, a: 1\n",
 "def f():\n    from os import *\n",
 "[(y := 1) for y in x]\n",
 "[i for i in (j := x)]\n",
 "class C:\n    [(y := 1) for x in z]\n",
 "[x for x in y if (lambda: (x := 1))]\n",
 "def f(**__debug__): pass\n",
 "f(a=1, a=2)\n",
 "f(__debug__=1)\n",
 "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
 "match x:\n    case a:\n        pass\n    case b:\n        pass\n",
 "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
 "match x:\n    case [a, a]:\n        pass\n",
 "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
 "match x:\n    case C(a=1, a=2):\n        pass\n",
 "match x:\n    case [*a, *b]:\n        pass\n",
 "match x:\n    case a | [b]:\n        pass\n",
 "match x:\n    case 1 | a:\n        pass\n",
 "import os\nfrom __future__ import annotations\n",
 "from __future__ import braces\n",
 "from __future__ import nope\n",
 "def f():\n    x = yield\n    [(yield) for y in z]\n",
 "try:\n    pass\nexcept* ValueError:\n    break\n",
 "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
 "x: int\nglobal x\n",
 "a, *b, *c = d\n",
 "*a = b\n",
 "print(*a for a in b)\n",
 "del __debug__\n",
 "__debug__ = 1\n",
 "obj.__debug__ = 1\n",
 "def f():\n  x = 1\n  class C:\n    nonlocal x\n    x = 2\n",
]
out = []
for i, p in enumerate(progs):
    try:
        compile(p, "e.py", "exec")
        out.append({"src": p, "ok": True})
    except SyntaxError as e:
        out.append({"src": p, "msg": e.msg, "pos": [e.lineno, e.offset, e.end_lineno, e.end_offset]})
json.dump(out, open(sys.argv[1], "w"), indent=0, ensure_ascii=True)
