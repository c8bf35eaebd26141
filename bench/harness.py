"""Runs one bench program several times in one process and reports each iteration's time, so that
steady state can be told apart from start-up (bench/run.py --iterations uses it).

    python3.11 bench/harness.py ITERATIONS PROGRAM.py [ARGS ...]

The program is compiled once and its code object executed ITERATIONS times as __main__ with
sys.argv = [PROGRAM.py, ARGS ...]; its output goes to stdout unchanged. After each iteration one
line goes to stderr:

    harness: iteration I wall W cpu C thread T

W is time.perf_counter() seconds, C time.process_time() seconds (CPU time of the whole process:
every thread, so JIT compilation, GC and Flight Recorder work count too), T time.thread_time()
seconds (CPU time of the thread running the program alone: what the interpreter and the probes
cost, without the JIT compiling or Flight Recorder writing on other threads).

quicken has no open(): bench/run.py writes a copy of this file that starts with
EMBEDDED = (PROGRAM.py, its source) and runs that with ITERATIONS [ARGS ...]."""
import sys
import time


def run(path, source, iterations, args):
    code = compile(source, path, "exec")
    for i in range(iterations):
        sys.argv = [path] + args
        wall, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
        exec(code, {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__})
        wall, cpu, thread = time.perf_counter() - wall, time.process_time() - cpu, time.thread_time() - thread
        sys.stdout.flush()
        print("harness: iteration %d wall %.6f cpu %.6f thread %.6f" % (i + 1, wall, cpu, thread), file=sys.stderr)
        sys.stderr.flush()


def main():
    embedded = globals().get("EMBEDDED")
    argv = sys.argv[1:]
    if len(argv) < (1 if embedded else 2):
        print("usage: harness.py ITERATIONS PROGRAM.py [ARGS ...]", file=sys.stderr)
        raise SystemExit(2)
    iterations = int(argv[0])
    if embedded:
        path, source = embedded
        args = argv[1:]
    else:
        path, args = argv[1], argv[2:]
        with open(path) as f:
            source = f.read()
    run(path, source, iterations, args)


main()
