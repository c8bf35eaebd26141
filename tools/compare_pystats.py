#!/usr/bin/env python3
"""Compares quicken's specialization statistics with those of a CPython 3.11.7 statistics build.

    python3 tools/compare_pystats.py STATS_PYTHON [--family F] [--all] [PROGRAM[:ARGS] ...]

STATS_PYTHON is a python3.11 built with ./configure --enable-pystats, with its _opcode module built
(make, or make Modules/_opcode$(EXT_SUFFIX) and PYTHONPATH=Modules). Not built here, never committed.

For each program (default: a set from bench/ with small arguments, the conformance corpus and
examples/), CPython's counts are _opcode.get_specialization_stats() after the program minus the
same before it (the interpreter's own start-up is left out); quicken's are `./quicken stats --json`
of a recording of `./quicken run` under the agent. One table per program: family, counter, CPython,
quicken, difference. Rows where both are 0 are left out. Counters are process-wide in both.

Differences expected by design (docs/AGENT.md, "Against a CPython 3.11.7 pystats build"):
a stats build keeps BINARY_OP sites with no specialized form and COMPARE_OP sites not followed by a
conditional jump adaptive (failure, deferred), quicken turns them into the base instruction as a
normal build does; BINARY_SUBSCR_GETITEM counts no hit in 3.11.
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
QUICKEN = str(ROOT / "quicken")
AGENT = ROOT / "agent" / "target" / "quicken-agent.jar"
COUNTERS = ("success", "failure", "hit", "deferred", "miss", "deopt")

DEFAULT_PROGRAMS = [
    "examples/point.py",
    "bench/richards.py:1",
    "bench/spectral_norm.py:20",
    "bench/nqueens.py:5",
    "bench/fannkuch.py:6",
    "bench/generators.py:2000",
    "bench/chaos.py:2000",
    "bench/float_objects.py:2000",
    "bench/deltablue.py:5",
    "interpreter/src/test/resources/programs/arith_int.py",
    "interpreter/src/test/resources/programs/abc_like.py",
]

# Runs the program as __main__ (no runpy: its Python code would count) between two snapshots of the counters; writes the difference as JSON.
CPYTHON_WRAPPER = r"""
import _opcode, json, sys
out, program = sys.argv[1], sys.argv[2]
sys.argv = sys.argv[2:]
with open(program, "rb") as f:
    code = compile(f.read(), program, "exec")
main = {"__name__": "__main__", "__file__": program, "__builtins__": __builtins__}
# math is built in to a normal build; the statistics build loads it from a shared module through
# importlib's Python code, whose specializations would count in the program: import it first
import math
before = _opcode.get_specialization_stats()
try:
    exec(code, main)
except SystemExit:
    pass
after = _opcode.get_specialization_stats()
delta = {}
for family, counts in after.items():
    b = before.get(family, {})
    d = {k: v - b.get(k, 0) for k, v in counts.items() if k != "failure_kinds"}
    d["failure_kinds"] = [x - y for x, y in zip(counts["failure_kinds"], b.get("failure_kinds", [0] * 30))]
    delta[family] = d
with open(out, "w") as f:
    json.dump(delta, f)
"""


def split(spec):
    path, _, args = spec.partition(":")
    return ROOT / path if not os.path.isabs(path) else pathlib.Path(path), args.split(",") if args else []


def cpython_stats(python, program, args, tmp):
    out = os.path.join(tmp, "cpython.json")
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.run([python, "-c", CPYTHON_WRAPPER, out, str(program)] + args, cwd=program.parent,
                          env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        # a statistics build dumps its counters to stderr at exit: keep what came before
        error = proc.stderr.split("opcode[")[0].strip()
        raise RuntimeError("%s failed: %s" % (python, error[-500:]))
    with open(out) as f:
        return json.load(f), proc.stdout


def quicken_stats(program, args, tmp):
    jfr = os.path.join(tmp, "quicken.jfr")
    env = dict(os.environ, PYTHONHASHSEED="0")
    env["QUICKEN_JAVA_OPTS"] = (env.get("QUICKEN_JAVA_OPTS", "") + " -javaagent:%s=record=%s,settings=detailed" % (AGENT, jfr)).strip()
    proc = subprocess.run([QUICKEN, "run", str(program)] + args, cwd=program.parent, env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError("quicken run failed: %s" % proc.stderr.strip()[-500:])
    stats = subprocess.run([QUICKEN, "stats", jfr, "--json"], capture_output=True, text=True)
    if stats.returncode != 0:
        raise RuntimeError("quicken stats failed: %s" % stats.stderr.strip()[-500:])
    return json.loads(stats.stdout), proc.stdout


def table(name, cp, qk, only_family=None, show_all=False):
    print("## %s" % name)
    print("%-14s %-9s %12s %12s %12s" % ("family", "counter", "CPython", "quicken", "diff"))
    same = True
    for family in sorted(set(cp) | set(qk)):
        if only_family and family != only_family:
            continue
        c, q = cp.get(family, {}), qk.get(family, {})
        for counter in COUNTERS:
            a, b = c.get(counter, 0), q.get(counter, 0)
            if a == 0 and b == 0:
                continue
            if a != b:
                same = False
            if a != b or show_all:
                print("%-14s %-9s %12d %12d %12s" % (family, counter, a, b, "" if a == b else "%+d" % (b - a)))
        ck, qkinds = c.get("failure_kinds", []), q.get("failure_kinds", [])
        for i in range(max(len(ck), len(qkinds))):
            a = ck[i] if i < len(ck) else 0
            b = qkinds[i] if i < len(qkinds) else 0
            if a != b:
                same = False
                print("%-14s %-9s %12d %12d %12s" % (family, "kind[%d]" % i, a, b, "%+d" % (b - a)))
    if same:
        print("(all counters equal)")
    print()
    return same


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("python", help="a CPython 3.11.7 built with --enable-pystats")
    ap.add_argument("programs", nargs="*", help="PROGRAM.py[:ARG,ARG...] (relative to the repository)")
    ap.add_argument("--family", help="only this family (stats key, e.g. binary_op)")
    ap.add_argument("--all", action="store_true", help="print equal counters too")
    args = ap.parse_args()
    version = subprocess.run([args.python, "-c", "import sys, _opcode; assert _opcode.get_specialization_stats() is not None, "
                              "'not a --enable-pystats build'; print(sys.version.split()[0])"],
                             capture_output=True, text=True)
    if version.returncode != 0 or not version.stdout.startswith("3.11"):
        raise SystemExit("%s: not a python3.11 with _opcode: %s" % (args.python, version.stderr.strip()[-300:]))
    if not AGENT.is_file():
        raise SystemExit("%s: not built (mvn -B -DskipTests package)" % AGENT)
    equal = 0
    specs = args.programs or DEFAULT_PROGRAMS
    for spec in specs:
        program, pargs = split(spec)
        with tempfile.TemporaryDirectory() as tmp:
            try:
                cp, cp_out = cpython_stats(args.python, program, pargs, tmp)
                qk, qk_out = quicken_stats(program, pargs, tmp)
            except RuntimeError as e:
                print("## %s\nskipped: %s\n" % (spec, e))
                continue
        name = spec + ("" if cp_out == qk_out else "  (OUTPUT DIFFERS)")
        equal += table(name, cp, qk, args.family, args.all)
    print("%d of %d programs with all counters equal" % (equal, len(specs)))


if __name__ == "__main__":
    main()
