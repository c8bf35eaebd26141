#!/usr/bin/env python3.11
"""Oracle for the compiler: for each Python source, write its AST (JSON, one line) and a dump of
the code object CPython 3.11 compiles from it (every marshal field, recursively).

    python3.11 tools/compile_oracle.py OUT FILE...        # records for the given files
    python3.11 tools/compile_oracle.py OUT --stdlib       # every .py under the stdlib

Record format (read by dev.quicken.compiler.tools.CompareCompile and the compiler tests):
    === <path>
    ast <json>
    <dump lines>
    === end
Files CPython itself cannot compile are skipped. Files named *.eval.py / *.single.py are
compiled in "eval" / "single" mode. Run with PYTHONHASHSEED=0.
"""
import ast, json, os, struct, sys, sysconfig, types

assert sys.version_info[:2] == (3, 11), "run with python3.11"


def node_json(n):
    if isinstance(n, ast.AST):
        if isinstance(n, (ast.expr_context, ast.operator, ast.cmpop, ast.boolop, ast.unaryop)):
            return {"_e": type(n).__name__}
        d = {"_t": type(n).__name__}
        for f in n._fields:
            d[f] = node_json(getattr(n, f, None))
        for a in n._attributes:
            d[a] = getattr(n, a, None)
        return d
    if isinstance(n, list):
        return [node_json(x) for x in n]
    if n is None or isinstance(n, str) and False:
        return n
    return n


def const_json(v):
    if v is None:
        return {"_k": "None"}
    if v is Ellipsis:
        return {"_k": "Ellipsis"}
    if isinstance(v, bool):
        return {"_k": "bool", "v": v}
    if isinstance(v, int):
        return {"_k": "int", "v": str(v)}
    if isinstance(v, float):
        return {"_k": "float", "v": struct.pack(">d", v).hex()}
    if isinstance(v, complex):
        return {"_k": "complex", "r": struct.pack(">d", v.real).hex(), "i": struct.pack(">d", v.imag).hex()}
    if isinstance(v, str):
        return {"_k": "str", "v": v}
    if isinstance(v, bytes):
        return {"_k": "bytes", "v": v.hex()}
    raise TypeError(type(v))


def ast_json(n):
    if isinstance(n, ast.AST):
        if isinstance(n, (ast.expr_context, ast.operator, ast.cmpop, ast.boolop, ast.unaryop)):
            return {"_e": type(n).__name__}
        d = {"_t": type(n).__name__}
        for f in n._fields:
            val = getattr(n, f, None)
            if f == "value" and isinstance(n, (ast.Constant, ast.MatchSingleton)):
                d[f] = const_json(val)
            else:
                d[f] = ast_json(val)
        for a in n._attributes:
            d[a] = getattr(n, a, None)
        return d
    if isinstance(n, list):
        return [ast_json(x) for x in n]
    return n


def jstr(s):
    return json.dumps(s, ensure_ascii=True)


def const_repr(v):
    if isinstance(v, types.CodeType):
        return "code:" + jstr(v.co_qualname) + "@" + str(v.co_firstlineno)
    if v is None:
        return "None"
    if v is Ellipsis:
        return "Ellipsis"
    if isinstance(v, bool):
        return "bool:" + str(v)
    if isinstance(v, int):
        return "int:" + str(v)
    if isinstance(v, float):
        return "float:" + struct.pack(">d", v).hex()
    if isinstance(v, complex):
        return "complex:" + struct.pack(">d", v.real).hex() + "," + struct.pack(">d", v.imag).hex()
    if isinstance(v, str):
        return "str:" + jstr(v)
    if isinstance(v, bytes):
        return "bytes:" + v.hex()
    if isinstance(v, tuple):
        return "tuple:(" + ",".join(const_repr(x) for x in v) + ")"
    if isinstance(v, frozenset):
        # Sorted: CPython's element order depends on which equal strings the process had already
        # interned when it compiled the file (code objects rebuild frozensets whose str items get
        # replaced by interned ones), so it is not a property of the source alone.
        return "frozenset:{" + ",".join(sorted(const_repr(x) for x in v)) + "}"
    raise TypeError(type(v))


def dump_code(co, out):
    out.append("code " + jstr(co.co_qualname) + " " + str(co.co_firstlineno))
    out.append(" argcount " + str(co.co_argcount))
    out.append(" posonlyargcount " + str(co.co_posonlyargcount))
    out.append(" kwonlyargcount " + str(co.co_kwonlyargcount))
    out.append(" stacksize " + str(co.co_stacksize))
    out.append(" flags " + str(co.co_flags))
    out.append(" name " + jstr(co.co_name))
    out.append(" qualname " + jstr(co.co_qualname))
    out.append(" firstlineno " + str(co.co_firstlineno))
    out.append(" code " + co.co_code.hex())
    out.append(" consts " + " ".join(const_repr(c) for c in co.co_consts))
    out.append(" names " + " ".join(jstr(n) for n in co.co_names))
    names = co.co_varnames + co.co_cellvars + co.co_freevars
    # co_localsplusnames is not exposed; rebuild it with kinds from the private layout
    out.append(" localsplusnames " + " ".join(jstr(n) for n in localsplus(co)[0]))
    out.append(" localspluskinds " + localsplus(co)[1])
    out.append(" linetable " + co.co_linetable.hex())
    out.append(" exceptiontable " + co.co_exceptiontable.hex())
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            dump_code(c, out)


def localsplus(co):
    # co_varnames = locals (incl. cells that are args); co_cellvars = all cells; co_freevars
    varnames = list(co.co_varnames)
    lnames = list(varnames)
    kinds = [0x20] * len(varnames)
    for c in co.co_cellvars:
        if c in varnames:
            kinds[varnames.index(c)] |= 0x40
        else:
            lnames.append(c)
            kinds.append(0x40)
    for f in co.co_freevars:
        lnames.append(f)
        kinds.append(0x80)
    return lnames, bytes(kinds).hex()


def record(path, out):
    try:
        with open(path, "rb") as f:
            src = f.read()
        mode = "eval" if path.endswith(".eval.py") else "single" if path.endswith(".single.py") else "exec"
        tree = ast.parse(src, path, mode)
        co = compile(src, path, mode, dont_inherit=True)
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
        return False
    lines = ["=== " + path, "ast " + json.dumps(ast_json(tree), ensure_ascii=True)]
    dump_code(co, lines)
    lines.append("=== end")
    out.write("\n".join(lines) + "\n")
    return True


def main():
    outpath = sys.argv[1]
    args = sys.argv[2:]
    if args == ["--stdlib"]:
        root = sysconfig.get_paths()["stdlib"]
        files = []
        for d, dirs, fs in os.walk(root):
            dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "__pycache__"))
            files += [os.path.join(d, f) for f in sorted(fs) if f.endswith(".py")]
    else:
        files = args
    sys.setrecursionlimit(10000)
    n = 0
    with open(outpath, "w", encoding="ascii") as out:
        for p in files:
            n += record(p, out)
    print(f"{n} records of {len(files)} files -> {outpath}", file=sys.stderr)


if __name__ == "__main__":
    main()
