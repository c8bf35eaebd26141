#!/usr/bin/env python3.11
"""Regenerates the conformance corpus fixtures from python3.11.

For every interpreter/src/test/resources/programs/NAME.py this writes, next to it:
  NAME.pyc   the python3.11-compiled module (co_filename "NAME.py")
  NAME.out   expected stdout
  NAME.err   expected stderr
  NAME.exit  expected exit status
  NAME.src.out/.src.err/.src.exit  only where python3.11 running NAME.py from source prints differently
Each program runs as `python3.11 NAME.pyc` in that directory with PYTHONHASHSEED=0.
Usage: python3.11 tools/gen_programs.py [NAME ...]
"""
import os
import py_compile
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "interpreter" / "src" / "test" / "resources" / "programs"


def main(names):
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with python3.11")
    if os.environ.get("PYTHONHASHSEED") != "0":
        # the .pyc's set constants are compiled in this process: their order must be seed 0's too
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    files = sorted(HERE.glob("*.py")) if not names else [HERE / (n if n.endswith(".py") else n + ".py") for n in names]
    for f in files:
        stem = f.stem
        py_compile.compile(str(f), cfile=str(HERE / (stem + ".pyc")), dfile=f.name, doraise=True,
                           invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
        # run the .pyc so tracebacks name the file relatively ("NAME.py"), as co_filename says
        p = subprocess.run([sys.executable, stem + ".pyc"], cwd=HERE, env=env, capture_output=True, timeout=60)
        (HERE / (stem + ".out")).write_bytes(p.stdout)
        (HERE / (stem + ".err")).write_bytes(p.stderr)
        (HERE / (stem + ".exit")).write_text(f"{p.returncode}\n")
        print(f"{stem}: exit {p.returncode}, {len(p.stdout)} bytes out, {len(p.stderr)} bytes err")
        # run from source too: where CPython itself prints something else (a set constant's order: the
        # compiler's frozenset and the one marshal rebuilds from a .pyc can iterate differently), the
        # source run's results go to NAME.src.out/.src.err/.src.exit for the compile-from-source test
        q = subprocess.run([sys.executable, stem + ".py"], cwd=HERE, env=env, capture_output=True, timeout=60)
        # python3.11 names a __main__ run from source by its absolute path; quicken's test names it "NAME.py"
        prefix = (str(HERE) + "/").encode()
        q = subprocess.CompletedProcess(q.args, q.returncode, q.stdout.replace(prefix, b""), q.stderr.replace(prefix, b""))
        src = [HERE / (stem + ext) for ext in (".src.out", ".src.err", ".src.exit")]
        if (q.stdout, q.stderr, q.returncode) != (p.stdout, p.stderr, p.returncode):
            src[0].write_bytes(q.stdout)
            src[1].write_bytes(q.stderr)
            src[2].write_text(f"{q.returncode}\n")
            print(f"{stem}: from source python3.11 prints differently (NAME.src.* written)")
        else:
            for f2 in src:
                f2.unlink(missing_ok=True)


if __name__ == "__main__":
    main(sys.argv[1:])
