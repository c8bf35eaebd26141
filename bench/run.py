#!/usr/bin/env python3
"""Runs the bench/ programs under python3.11 and quicken in one run and prints a table of
median wall times and ratios (quicken / python3.11), with the geometric mean.

    python3 bench/run.py [--runs 5] [--modes python3.11,quicken,nospec] [--metric wall|cpu|thread]
                         [--iterations N [--warmup K]] [PROGRAM[:ARG] ...]

Modes: python3.11 (CPython; python3.10, python3.12 and python3.13 too, when on the PATH), quicken (./quicken run), nospec (./quicken --no-specialize run), nojit (./quicken --no-jit run: every frame in the eval loop),
nojit-nospec (both),
agent (-javaagent, no recording), always (the agent with counters=always: hot counting, no recording),
record (default recording), detailed (detailed recording),
jfc=FILE.jfc (the agent, and a recording with the JDK's profile settings plus FILE.jfc),
settings=FILE.jfc (the agent's own recording with exactly FILE.jfc, no other settings);
MODE@JAR runs an agent mode with the agent jar JAR (a saved copy of another build: A/B in one run).
Every mode must print the same checksum as python3.11, or the row is marked MISMATCH.
The runs go round-robin over the modes (run 1 of every mode, then run 2, ...), so that a change in
machine load hits all modes alike. --metric cpu times the child's user + system CPU time instead of
wall time (steadier on a loaded machine; it includes JIT and GC threads). --metric thread (with
--iterations) times the CPU time of the thread that runs the program alone (time.thread_time():
no JIT, GC or Flight Recorder threads; nanosecond resolution, where process_time ticks in 10 ms);
a whole-process time (`startup`) is then CPU time.

PROGRAM:ARG passes ARG instead of the program's default size. The pseudo-program `startup` is a
one-line program (print): its time is the start-up (and exit) cost of each mode.

--iterations N measures steady state: each process runs the program N times (bench/harness.py,
compile once, exec N times) and the time of a run is the median of its iterations after the first
K (--warmup, default N // 2), taken inside the process (time.perf_counter, with --metric cpu
time.process_time: CPU time of every thread of the process, with --metric thread time.thread_time). Start-up is then left out; the
`startup` program still times whole processes, so list it too to report start-up separately."""
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


HARNESS = BENCH / "harness.py"
STARTUP = 'print("ok")\n'
# other CPythons that may be on the PATH, as modes: python3.10/python3.11 on the same programs is what
# CPython 3.11's changes (specialization among them) gained over 3.10, the reference for nospec/quicken
OTHER_PYTHONS = ("python3.10", "python3.12", "python3.13")


def command(mode, program, tmp, args=()):
    script = [str(program)] + list(args)
    if mode == "python3.11" or mode in OTHER_PYTHONS:
        return [python_executable(mode)] + script
    if mode == "quicken":
        return [QUICKEN, "run"] + script
    if mode == "nospec":
        return [QUICKEN, "--no-specialize", "run"] + script
    if mode == "nojit":
        return [QUICKEN, "--no-jit", "run"] + script
    if mode == "nojit-nospec":
        return [QUICKEN, "--no-jit", "--no-specialize", "run"] + script
    # MODE@JAR: the agent jar JAR (a saved copy of another build) instead of the worktree's
    mode, _, jar = mode.partition("@")
    agent = jar or ROOT / "agent" / "target" / "quicken-agent.jar"
    if mode == "agent":
        return [QUICKEN, "run"] + script, "-javaagent:%s" % agent
    if mode == "always":
        # the agent counting hits, misses and deferrals without a recording: the counting alone, no events
        return [QUICKEN, "run"] + script, "-javaagent:%s=counters=always" % agent
    if mode == "record":
        return [QUICKEN, "run"] + script, "-javaagent:%s=record=%s/r.jfr" % (agent, tmp)
    if mode == "detailed":
        return [QUICKEN, "run"] + script, "-javaagent:%s=record=%s/r.jfr,settings=detailed" % (agent, tmp)
    if mode.startswith("settings="):
        # the agent's recording with exactly the given .jfc (record=...,settings=FILE): A/B of what a recording enables
        return [QUICKEN, "run"] + script, "-javaagent:%s=record=%s/r.jfr,settings=%s" % (agent, tmp, mode[len("settings="):])
    if mode.startswith("jfc="):
        # the agent plus a recording with the JDK's profile settings and the given .jfc (A/B of settings files)
        return [QUICKEN, "run"] + script, "-javaagent:%s -Xlog:jfr+startup=error -XX:StartFlightRecording:filename=%s/r.jfr,settings=profile,settings=%s" % (
            agent, tmp, mode[len("jfc="):])
    raise SystemExit("unknown mode: " + mode)


_PYTHONS = {}


def python_executable(name):
    """The interpreter binary of python3.X itself: a `python3.11` on the PATH may be a wrapper (a pyenv
    shim is a bash script that costs 30-200 ms per start, timed as CPython's until session 7), and a
    pyenv shim runs only the versions pyenv has selected, so ask the command for sys.executable, else
    take pyenv's copy."""
    if name not in _PYTHONS:
        found = name
        probe = subprocess.run([name, "-c", "import sys; print(sys.executable)"], capture_output=True, text=True)
        if probe.returncode == 0 and probe.stdout.strip():
            found = probe.stdout.strip()
        else:
            root = pathlib.Path(os.environ.get("PYENV_ROOT", pathlib.Path.home() / ".pyenv"))
            copies = sorted(root.glob("versions/%s.*/bin/%s" % (name[len("python"):], name)))
            if copies:
                found = str(copies[-1])
        _PYTHONS[name] = found
    return _PYTHONS[name]


def script_for(name, tmp, iterations):
    """(script to run, its arguments) for PROGRAM[:ARG]; with iterations, a harness copy that embeds it."""
    stem, _, arg = name.partition(":")
    stem = stem[:-3] if stem.endswith(".py") else stem
    args = [arg] if arg else []
    if stem == "startup":
        program = pathlib.Path(tmp) / "startup.py"
        program.write_text(STARTUP)
    else:
        program = BENCH / (stem + ".py")
        if not program.is_file():
            raise SystemExit("no such bench program: %s" % program)
    if not iterations or stem == "startup":
        return program, args
    # quicken has no open(): the harness gets the program's source embedded
    harness = pathlib.Path(tmp) / ("harness_%s.py" % stem)
    harness.write_text("EMBEDDED = (%r, %r)\n" % (str(program), program.read_text()) + HARNESS.read_text())
    return harness, [str(iterations)] + args


def steady(stderr, metric, warmup):
    """Median of the iteration times after the first `warmup` (harness lines on stderr), or None."""
    times = []
    field = {"wall": "wall", "cpu": "cpu", "thread": "thread"}[metric]
    for line in stderr.splitlines():
        parts = line.split()
        if len(parts) >= 7 and parts[0] == "harness:" and parts[1] == "iteration" and field in parts:
            times.append(float(parts[parts.index(field) + 1]))
    times = times[warmup:]
    return statistics.median(times) if times else None


def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(mode, program, tmp, metric="wall", args=(), warmup=None):
    cmd = command(mode, program, tmp, args)
    env = dict(os.environ, PYTHONHASHSEED="0")
    if isinstance(cmd, tuple):
        cmd, opt = cmd
        env["QUICKEN_JAVA_OPTS"] = (env.get("QUICKEN_JAVA_OPTS", "") + " " + opt).strip()
    start, cpu = time.perf_counter(), cpu_of_children()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start if metric == "wall" else cpu_of_children() - cpu  # thread: CPU
    if proc.returncode != 0:
        return None, "exit %d: %s" % (proc.returncode, proc.stderr.strip().splitlines()[-1:] or "")
    if warmup is not None:
        elapsed = steady(proc.stderr, metric, warmup)
        if elapsed is None:
            return None, "no harness iterations after the warm-up"
    return elapsed, proc.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--modes", default="python3.11,quicken")
    ap.add_argument("--metric", choices=("wall", "cpu", "thread"), default="wall")
    ap.add_argument("--iterations", type=int, default=0,
                    help="run each program N times in one process and time the iterations after the warm-up")
    ap.add_argument("--warmup", type=int, default=None, help="iterations left out (default: N // 2)")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    modes = args.modes.split(",")
    programs = args.programs or \
        sorted(p.stem for p in BENCH.glob("*.py") if p.name not in ("run.py", "harness.py"))
    warmup = None
    if args.iterations:
        warmup = args.iterations // 2 if args.warmup is None else args.warmup
        if warmup >= args.iterations:
            raise SystemExit("--warmup must be less than --iterations")
        print("steady state: median of iterations %d..%d of each run, %s time" % (
            warmup + 1, args.iterations, args.metric))
    base = modes[0]
    ratios = {m: [] for m in modes[1:]}
    print("%-18s" % "program" + "".join("%14s" % m for m in modes) + "".join(" %19s" % ("%s/%s" % (m, base)) for m in modes[1:]))
    with tempfile.TemporaryDirectory() as tmp:
        for name in programs:
            program, program_args = script_for(name, tmp, args.iterations)
            medians = {}
            outputs = {}
            times = {mode: [] for mode in modes}
            for _ in range(args.runs):
                for mode in modes:
                    if mode in outputs and outputs[mode].startswith("FAILED"):
                        continue
                    t, out = run_once(mode, program, tmp, args.metric, program_args,
                                      None if name == "startup" else warmup)
                    if t is None:
                        outputs[mode] = "FAILED " + str(out)
                        times[mode] = []
                        continue
                    times[mode].append(t)
                    outputs[mode] = out
            for mode in modes:
                if times[mode]:
                    medians[mode] = statistics.median(times[mode])
            row = "%-18s" % name
            for mode in modes:
                row += "%14s" % ("%.3f s" % medians[mode] if mode in medians else "failed")
            for mode in modes[1:]:
                if mode in medians and base in medians and outputs[mode] == outputs[base]:
                    r = medians[mode] / medians[base]
                    if name != "startup":
                        ratios[mode].append(r)
                    row += " %19s" % ("%.3fx" % r)
                else:
                    row += " %19s" % "MISMATCH" if mode in medians else " %19s" % "-"
            print(row, flush=True)
    for mode, rs in ratios.items():
        if rs:
            geo = math.exp(sum(math.log(r) for r in rs) / len(rs))
            print("geomean %s/%s over %d programs: %.3fx" % (mode, base, len(rs), geo))


if __name__ == "__main__":
    main()
