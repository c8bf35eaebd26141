#!/usr/bin/env python3.11
"""Whole-stdlib comparison of quicken's .pyc loader, writer and dis against python3.11.

Usage: python3.11 tools/compare_lib.py [--limit N] [--work DIR] [--show N]

For every .py under python3.11's stdlib directory (test packages included; site-packages and
files python3.11 cannot compile are skipped), python3.11 compiles it to a .pyc and records
dis.dis() of its code object. Then ONE quicken JVM (`quicken batch-check`) loads every .pyc,
writes it back and disassembles it. This script reports:
  loaded       - quicken read the .pyc without error
  written back - python3.11 loads quicken's .pyc as a code object equal field by field,
                 recursively (tools/check_writeback.py)
  dis equal    - quicken's dis text equals python3.11's (code object addresses aside)
and lists every difference (first differing lines for dis).
"""

import argparse
import difflib
import io
import os
import re
import subprocess
import sys
import sysconfig
import tempfile
import time
import warnings

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import dis  # noqa: E402
import importlib._bootstrap_external as ext  # noqa: E402
import marshal  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import check_writeback  # noqa: E402

ADDR = re.compile(r" at 0x[0-9a-f]+,")


def sources(stdlib):
    for dirpath, dirnames, filenames in os.walk(stdlib):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for f in sorted(filenames):
            if f.endswith(".py"):
                yield os.path.join(dirpath, f)


def address_hashed_set_order_only(diff):
    """True when the only differences are frozenset reprs that hold None (hashed by address in
    CPython 3.11, so even CPython's own order changes from run to run) with the same characters."""
    minus = [l[1:] for l in diff if l.startswith("-") and not l.startswith("---")]
    plus = [l[1:] for l in diff if l.startswith("+") and not l.startswith("+++")]
    if len(minus) != len(plus):
        return False
    return all("frozenset({" in a and "None" in a and sorted(a) == sorted(b) for a, b in zip(minus, plus))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="only the first N files")
    ap.add_argument("--work", help="work directory (default: a temporary one)")
    ap.add_argument("--show", type=int, default=50, help="list at most N differences per kind")
    args = ap.parse_args()
    stdlib = sysconfig.get_paths()["stdlib"]
    work = args.work or tempfile.mkdtemp(prefix="quicken-lib-")
    os.makedirs(os.path.join(work, "pyc"), exist_ok=True)
    t0 = time.time()

    files, skipped = [], []
    expected = []
    for path in sources(stdlib):
        if args.limit and len(files) >= args.limit:
            break
        with open(path, "rb") as f:
            source = f.read()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                code = compile(source, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, UnicodeDecodeError) as e:
            skipped.append((path, type(e).__name__))
            continue
        n = len(files)
        pyc = os.path.join(work, "pyc", "%d.pyc" % n)
        with open(pyc, "wb") as f:
            f.write(ext._code_to_timestamp_pyc(code, 0, len(source)))
        buf = io.StringIO()
        dis.dis(marshal.loads(marshal.dumps(code)), file=buf)
        expected.append(ADDR.sub(" at 0x0,", buf.getvalue()))
        files.append(path)
    t1 = time.time()
    print("python3.11: compiled %d files (%d skipped: cannot compile) in %.0fs" % (len(files), len(skipped), t1 - t0))

    listfile = os.path.join(work, "list.txt")
    with open(listfile, "w", encoding="utf-8") as f:
        for n in range(len(files)):
            f.write(os.path.join(work, "pyc", "%d.pyc" % n) + "\n")
    out_dir = os.path.join(work, "quicken")
    proc = subprocess.run([os.path.join(ROOT, "quicken"), "batch-check", listfile, out_dir],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("quicken batch-check failed (%d): %s" % (proc.returncode, proc.stderr.strip()))
    status = {}
    for line in proc.stdout.splitlines():
        n, _, rest = line.partition(" ")
        status[int(n)] = rest
    t2 = time.time()
    print("quicken: one JVM for %d files in %.0fs" % (len(files), t2 - t1))

    load_fail, wb_fail, dis_fail = [], [], []
    for n, path in enumerate(files):
        st = status.get(n, "FAIL no status line")
        rel = os.path.relpath(path, stdlib)
        if st != "OK":
            load_fail.append((rel, st))
            continue
        orig = marshal.loads(open(os.path.join(work, "pyc", "%d.pyc" % n), "rb").read()[16:])
        try:
            data = open(os.path.join(out_dir, "%d.pyc" % n), "rb").read()
            if data[:4] != (3495).to_bytes(2, "little") + b"\r\n":
                raise ValueError("bad magic")
            back = marshal.loads(data[16:])
            d = check_writeback.same_const(orig, back, "<module>")
        except Exception as e:  # noqa: BLE001 - report whatever python3.11 raises
            d = "python3.11 cannot load it: %r" % e
        if d:
            wb_fail.append((rel, d))
        with open(os.path.join(out_dir, "%d.dis" % n), encoding="utf-8", errors="surrogateescape") as f:
            mine = ADDR.sub(" at 0x0,", f.read())
        if mine != expected[n]:
            diff = list(difflib.unified_diff(expected[n].splitlines(), mine.splitlines(), "python3.11", "quicken",
                                             n=0, lineterm=""))
            dis_fail.append((rel, diff[2:8], address_hashed_set_order_only(diff)))

    total = len(files)

    def pct(k):
        return 100.0 * k / total if total else 0.0

    loaded = total - len(load_fail)
    print()
    print("files compared:  %d" % total)
    print("loaded:          %d (%.2f%%)" % (loaded, pct(loaded)))
    print("written back:    %d (%.2f%%)" % (loaded - len(wb_fail), pct(loaded - len(wb_fail))))
    print("dis equal:       %d (%.2f%%)" % (loaded - len(dis_fail), pct(loaded - len(dis_fail))))
    for title, items in (("load failures", load_fail), ("write-back differences", wb_fail)):
        if items:
            print("\n%s (%d):" % (title, len(items)))
            for rel, what in items[:args.show]:
                print("  %s: %s" % (rel, what))
    if dis_fail:
        unstable = sum(1 for item in dis_fail if item[2])
        print("\ndis differences (%d, of which %d only in the order of frozensets holding None, which "
              "varies between CPython runs too):" % (len(dis_fail), unstable))
        for rel, diff, order_only in dis_fail[:args.show]:
            print("  %s:%s" % (rel, " (frozenset order only)" if order_only else ""))
            for line in diff:
                print("      " + line)
    if skipped:
        print("\nskipped (python3.11 cannot compile them): %d" % len(skipped))
        for path, why in skipped[:args.show]:
            print("  %s: %s" % (os.path.relpath(path, stdlib), why))
    print("\nwork directory: %s" % work)
    sys.exit(0 if not (load_fail or wb_fail or dis_fail) else 1)


if __name__ == "__main__":
    main()
