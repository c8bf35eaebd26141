#!/usr/bin/env python3.11
"""Regenerates the conformance corpus fixtures from python3.11.

For every interpreter/src/test/resources/programs/NAME.py this writes, next to it:
  NAME.pyc   the python3.11-compiled module (co_filename "NAME.py")
  NAME.out   expected stdout
  NAME.err   expected stderr
  NAME.exit  expected exit status
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


if __name__ == "__main__":
    main(sys.argv[1:])
