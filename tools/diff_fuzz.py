#!/usr/bin/env python3.11
"""Differential mutation fuzz: does quicken accept and reject the same mutated .pyc files as
python3.11, and load the accepted ones to equal code objects?

Usage: python3.11 tools/diff_fuzz.py [COUNT] [SEED]     (default 20000 mutations, seed 659)

Mutates the committed dis fixture .pycs, asks python3.11 (header checks as importlib does them,
then marshal.loads) and ONE quicken JVM (`quicken batch-check`, which also writes each loaded
file back), and prints the agreement figures and every kind of disagreement with an example.
"""

import collections
import marshal
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import check_writeback  # noqa: E402

FIX = os.path.join(ROOT, "interpreter", "src", "test", "resources", "dis")
INTERESTING = [0, 1, 0x7f, 0x80, 0xff] + [ord(c) for c in "N)(r\xf2clszZua><[{0gyiIfxS"]


def mutate(seed, rnd):
    d = bytearray(seed)
    for _ in range(rnd.randint(1, 4)):
        if not d:
            break
        at = rnd.randrange(len(d))
        k = rnd.randrange(7)
        if k == 0:
            d[at] ^= 1 << rnd.randrange(8)
        elif k == 1:
            d[at] = rnd.randrange(256)
        elif k == 2:
            d[at] = rnd.choice(INTERESTING)
        elif k == 3:
            v = rnd.choice([0, 1, -1, 255, 256, 0x7fffffff, -0x80000000, 1000000]) & 0xffffffff
            for i in range(4):
                if at + i < len(d):
                    d[at + i] = (v >> (8 * i)) & 0xff
        elif k == 4:
            del d[at:]
        elif k == 5:
            del d[at:at + rnd.randint(1, 16)]
        else:
            to = rnd.randrange(len(d))
            d[to:to] = d[at:at + rnd.randint(1, 32)]
    return bytes(d)


def python_verdict(data):
    """(True, code) or (False, reason), as importlib + marshal would decide."""
    if len(data) < 16:
        return False, "short header"
    if data[:4] != (3495).to_bytes(2, "little") + b"\r\n":
        return False, "bad magic"
    if int.from_bytes(data[4:8], "little") & ~3:
        return False, "bad flags"
    try:
        code = marshal.loads(data[16:])
    except Exception as e:  # noqa: BLE001
        return False, "%s: %s" % (type(e).__name__, str(e)[:60])
    if not hasattr(code, "co_code"):
        return False, "not code"
    return True, code


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 659)
    seeds = [open(os.path.join(FIX, f), "rb").read() for f in sorted(os.listdir(FIX))
             if f.endswith(".pyc") and not f.startswith(("huge", "many"))]
    work = tempfile.mkdtemp(prefix="quicken-dfuzz-")
    paths, verdicts = [], []
    for n in range(count):
        data = mutate(rnd.choice(seeds), rnd)
        p = os.path.join(work, "%d.pyc" % n)
        with open(p, "wb") as f:
            f.write(data)
        paths.append(p)
        verdicts.append(python_verdict(data))
    listfile = os.path.join(work, "list.txt")
    with open(listfile, "w") as f:
        f.write("\n".join(paths) + "\n")
    out = os.path.join(work, "out")
    proc = subprocess.run([os.path.join(ROOT, "quicken"), "batch-check", listfile, out], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("batch-check failed: " + proc.stderr)
    mine = {}
    for line in proc.stdout.splitlines():
        n, _, rest = line.partition(" ")
        mine[int(n)] = rest
    agree = 0
    kinds = collections.Counter()
    example = {}
    for n in range(count):
        ok, what = verdicts[n]
        st = mine.get(n, "FAIL no status")
        if ok and st == "OK":
            back = marshal.loads(open(os.path.join(out, "%d.pyc" % n), "rb").read()[16:])
            d = check_writeback.same_const(what, back, "<module>")
            key = None if d is None else "both load, differ: " + d.split(":")[0].split(".")[-1]
        elif not ok and st != "OK":
            key = None
        elif ok:
            key = "python3.11 loads, quicken rejects: " + st.split("(")[0][:70]
        else:
            key = "quicken loads, python3.11 rejects: " + what
        if key is None:
            agree += 1
        else:
            kinds[key] += 1
            example.setdefault(key, paths[n])
    print("mutations %d: agree %d (%.2f%%), python3.11 loads %d" % (
        count, agree, 100.0 * agree / count, sum(1 for v in verdicts if v[0])))
    for k, v in kinds.most_common():
        print("  %6d  %s   e.g. %s" % (v, k, example[k]))
    print("work directory: %s" % work)


if __name__ == "__main__":
    main()
