#!/usr/bin/env python3
"""Runs the bench/ programs under python3.11 and quicken in one run and prints a table of
median wall times and ratios (quicken / python3.11), with the geometric mean.

    python3 bench/run.py [--runs 5] [--modes python3.11,quicken,nospec] [--metric wall|cpu] [PROGRAM ...]

Modes: python3.11 (CPython), quicken (./quicken run), nospec (./quicken --no-specialize run),
agent (-javaagent, no recording), record (default recording), detailed (detailed recording).
Every mode must print the same checksum as python3.11, or the row is marked MISMATCH.
The runs go round-robin over the modes (run 1 of every mode, then run 2, ...), so that a change in
machine load hits all modes alike. --metric cpu times the child's user + system CPU time instead of
wall time (steadier on a loaded machine; it includes JIT and GC threads)."""
import argparse
import math
import os
import resource
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
QUICKEN = str(ROOT / "quicken")


def command(mode, program, tmp):
    if mode == "python3.11":
        return ["python3.11", str(program)]
    if mode == "quicken":
        return [QUICKEN, "run", str(program)]
    if mode == "nospec":
        return [QUICKEN, "--no-specialize", "run", str(program)]
    agent = ROOT / "agent" / "target" / "quicken-agent.jar"
    if mode == "agent":
        return [QUICKEN, "run", str(program)], "-javaagent:%s" % agent
    if mode == "record":
        return [QUICKEN, "run", str(program)], "-javaagent:%s=record=%s/r.jfr" % (agent, tmp)
    if mode == "detailed":
        return [QUICKEN, "run", str(program)], "-javaagent:%s=record=%s/r.jfr,settings=detailed" % (agent, tmp)
    raise SystemExit("unknown mode: " + mode)


def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(mode, program, tmp, metric="wall"):
    cmd = command(mode, program, tmp)
    env = dict(os.environ, PYTHONHASHSEED="0")
    if isinstance(cmd, tuple):
        cmd, opt = cmd
        env["QUICKEN_JAVA_OPTS"] = (env.get("QUICKEN_JAVA_OPTS", "") + " " + opt).strip()
    start, cpu = time.perf_counter(), cpu_of_children()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start if metric == "wall" else cpu_of_children() - cpu
    if proc.returncode != 0:
        return None, "exit %d: %s" % (proc.returncode, proc.stderr.strip().splitlines()[-1:] or "")
    return elapsed, proc.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--modes", default="python3.11,quicken")
    ap.add_argument("--metric", choices=("wall", "cpu"), default="wall")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    modes = args.modes.split(",")
    programs = [BENCH / (p if p.endswith(".py") else p + ".py") for p in args.programs] or \
        sorted(p for p in BENCH.glob("*.py") if p.name != "run.py")
    base = modes[0]
    ratios = {m: [] for m in modes[1:]}
    print("%-18s" % "program" + "".join("%14s" % m for m in modes) + "".join("%16s" % ("%s/%s" % (m, base)) for m in modes[1:]))
    with tempfile.TemporaryDirectory() as tmp:
        for program in programs:
            medians = {}
            outputs = {}
            times = {mode: [] for mode in modes}
            for _ in range(args.runs):
                for mode in modes:
                    if mode in outputs and outputs[mode].startswith("FAILED"):
                        continue
                    t, out = run_once(mode, program, tmp, args.metric)
                    if t is None:
                        outputs[mode] = "FAILED " + str(out)
                        times[mode] = []
                        continue
                    times[mode].append(t)
                    outputs[mode] = out
            for mode in modes:
                if times[mode]:
                    medians[mode] = statistics.median(times[mode])
            row = "%-18s" % program.stem
            for mode in modes:
                row += "%14s" % ("%.3f s" % medians[mode] if mode in medians else "failed")
            for mode in modes[1:]:
                if mode in medians and base in medians and outputs[mode] == outputs[base]:
                    r = medians[mode] / medians[base]
                    ratios[mode].append(r)
                    row += "%16s" % ("%.3fx" % r)
                else:
                    row += "%16s" % "MISMATCH" if mode in medians else "%16s" % "-"
            print(row, flush=True)
    for mode, rs in ratios.items():
        if rs:
            geo = math.exp(sum(math.log(r) for r in rs) / len(rs))
            print("geomean %s/%s over %d programs: %.3fx" % (mode, base, len(rs), geo))


if __name__ == "__main__":
    main()
