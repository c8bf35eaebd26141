"""Run a program as __main__ under python3.11, then print dis.dis(module code, adaptive=True).

Usage: python3.11 tools/adaptive_dis.py [--show-caches] FILE.py
Prints what `./quicken dis --adaptive [--show-caches] FILE.py` should print: the program's own
output, then the disassembly of the module code object (recursively) after the run.
"""
import dis
import sys
import types


def main():
    args = sys.argv[1:]
    show = "--show-caches" in args
    args = [a for a in args if a != "--show-caches"]
    path = args[0]
    with open(path, "rb") as fh:
        source = fh.read()
    code = compile(source, path, "exec")
    mod = types.ModuleType("__main__")
    mod.__file__ = path
    mod.__builtins__ = __builtins__
    saved = sys.modules.get("__main__")
    sys.modules["__main__"] = mod
    sys.argv = [path]
    try:
        exec(code, mod.__dict__)
    finally:
        sys.stdout.flush()
        sys.modules["__main__"] = saved
    dis.dis(code, adaptive=True, show_caches=show)


if __name__ == "__main__":
    main()
