#!/usr/bin/env python3.11
"""Regenerates the adaptive-disassembly fixtures from python3.11.

For every interpreter/src/test/resources/programs/NAME.pyc this runs the program as __main__
under python3.11 (PYTHONHASHSEED=0, its output discarded), then writes
interpreter/src/test/resources/adaptive/NAME.dis: what dis.dis(module_code, adaptive=True,
show_caches=True) prints after the run. dis recurses into every code object reachable from the
module code (functions, methods, class bodies, nested code), so each one's quickened state is
captured. AdaptiveFixtureTest compares quicken's disassembly with these instruction by
instruction.
It also writes interpreter/src/test/resources/specialize/NAME.out (python3.11's output of each
NAME.py there: programs that invalidate specializations) and
interpreter/src/test/resources/adaptive-examples/point.txt: what
`python3.11 tools/adaptive_dis.py --show-caches examples/point.py` prints (the acceptance example
for `./quicken dis --adaptive --show-caches examples/point.py`).
Usage: python3.11 tools/gen_adaptive_fixtures.py [NAME ...]
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "interpreter" / "src" / "test" / "resources"
PROGRAMS = ROOT / "programs"
OUT = ROOT / "adaptive"

DRIVER = r"""
import dis, io, marshal, sys, types
name = sys.argv[1]
with open(name + ".pyc", "rb") as fh:
    code = marshal.loads(fh.read()[16:])
mod = types.ModuleType("__main__")
# the keys of a real `python3.11 NAME.py` __main__ dict, in its order (entry positions are cached)
mod.__package__ = None
mod.__loader__ = None
mod.__spec__ = None
mod.__annotations__ = {}
mod.__builtins__ = __builtins__
mod.__file__ = name + ".py"
mod.__cached__ = None
sys.modules["__main__"] = mod
sys.argv = [name + ".pyc"]
real_out, real_err = sys.stdout, sys.stderr
sys.stdout = io.StringIO()
sys.stderr = io.StringIO()
try:
    exec(code, mod.__dict__)
except BaseException:
    pass
sys.stdout, sys.stderr = real_out, real_err
dis.dis(code, adaptive=True, show_caches=True)
"""


def main(names):
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with python3.11")
    OUT.mkdir(exist_ok=True)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    repo = ROOT.parent.parent.parent.parent
    examples = ROOT / "adaptive-examples"
    examples.mkdir(exist_ok=True)
    p = subprocess.run([sys.executable, "tools/adaptive_dis.py", "--show-caches", "examples/point.py"], cwd=repo,
                       env=env, capture_output=True, check=True)
    (examples / "point.txt").write_bytes(p.stdout)
    for src in sorted((ROOT / "specialize").glob("*.py")):
        p = subprocess.run([sys.executable, src.name], cwd=src.parent, env=env, capture_output=True, check=True)
        src.with_suffix(".out").write_bytes(p.stdout)
    files = sorted(PROGRAMS.glob("*.pyc")) if not names else [PROGRAMS / (n + ".pyc") for n in names]
    for f in files:
        stem = f.stem
        p = subprocess.run([sys.executable, "-c", DRIVER, stem], cwd=PROGRAMS, env=env, capture_output=True,
                           timeout=120)
        if p.returncode != 0:
            print(f"{stem}: driver failed: {p.stderr.decode()[-300:]}")
            continue
        (OUT / (stem + ".dis")).write_bytes(p.stdout)
        print(stem + ": " + str(len(p.stdout.splitlines())) + " lines")


if __name__ == "__main__":
    main(sys.argv[1:])
