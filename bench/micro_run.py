#!/usr/bin/env python3
"""Runs bench/micro.py's constructs under python3.11 and quicken and prints what each costs per loop
iteration in each mode, side by side, with ratios.

    python3 bench/micro_run.py [--runs 3] [--modes python3.11,quicken,nospec] [--reps N] [CONSTRUCT ...]

The modes are bench/run.py's (python3.11, python3.10/3.12/3.13, quicken, nospec, the agent modes).
Every construct runs in a process of its own per mode and run, round-robin over the modes; a cell is
the median over the runs of the process's lower-quartile nanoseconds per iteration (micro.py). The
ratio columns divide each mode by the first; with quicken and nospec both present, the last column is
nospec / quicken: what specialization gains on that construct."""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (bench/run.py: the modes and how to start them)

MICRO = run.BENCH / "micro.py"


def names():
    """The constructs micro.py defines, in its order (asked of python3.11, which has to be there anyway)."""
    out = subprocess.run([run.python_executable("python3.11"), "-c",
                          "import sys; sys.path.insert(0, %r); import micro; print(' '.join(f.__name__ for f in micro.CONSTRUCTS))"
                          % str(run.BENCH)], capture_output=True, text=True, check=True).stdout
    return out.split()


def once(mode, construct, reps, tmp):
    cmd = run.command(mode, MICRO, tmp, [construct, "--reps", str(reps)])
    env = dict(os.environ, PYTHONHASHSEED="0")
    if isinstance(cmd, tuple):
        cmd, opt = cmd
        env["QUICKEN_JAVA_OPTS"] = (env.get("QUICKEN_JAVA_OPTS", "") + " " + opt).strip()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    fields = proc.stdout.split()
    if proc.returncode != 0 or len(fields) != 2 or fields[0] != construct:
        tail = proc.stderr.strip().splitlines()[-1:] or [""]
        raise SystemExit("micro_run.py: %s under %s failed (exit %d): %s" % (construct, mode, proc.returncode, tail[0]))
    return float(fields[1])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--modes", default="python3.11,quicken,nospec")
    ap.add_argument("--reps", type=int, default=200, help="reps per process (micro.py --reps)")
    ap.add_argument("constructs", nargs="*")
    a = ap.parse_args()
    modes = a.modes.split(",")
    known = names()
    todo = a.constructs or known
    for c in todo:
        if c not in known:
            raise SystemExit("micro_run.py: unknown construct %r; known: %s" % (c, " ".join(known)))
    gain = "quicken" in modes and "nospec" in modes
    head = "%-10s" % "construct" + "".join("%12s" % m for m in modes) + "".join(
        "%22s" % ("%s/%s" % (m, modes[0])) for m in modes[1:]) + ("%16s" % "nospec/quicken" if gain else "")
    print("ns per loop iteration, medians of %d processes" % a.runs)
    print(head, flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for c in todo:
            got = {m: [] for m in modes}
            for _ in range(a.runs):
                for m in modes:
                    got[m].append(once(m, c, a.reps, tmp))
            med = {m: statistics.median(got[m]) for m in modes}
            line = "%-10s" % c + "".join("%12.1f" % med[m] for m in modes)
            line += "".join("%21.2fx" % (med[m] / med[modes[0]]) for m in modes[1:])
            if gain:
                line += "%15.2fx" % (med["nospec"] / med["quicken"])
            print(line, flush=True)


if __name__ == "__main__":
    main()
