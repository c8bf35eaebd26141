#!/usr/bin/env python3.11
"""Differential compiler fuzz: do quicken and python3.11 accept and reject the same fuzz inputs
(mutated stdlib slices, generated programs, deep nesting), with the same error class and message?

Usage: python3.11 tools/fuzz_compile_diff.py [COUNT] [SEED]     (default 5000 inputs, seed 7)

Inputs come from quicken's CompileFuzz (--emit), quicken's decisions from one JVM (--decide);
python3.11 compiles each in 'exec' mode. Prints the agreement figures and examples of each kind
of disagreement.
"""

import collections
import os
import subprocess
import sys
import sysconfig
import tempfile
import warnings

warnings.simplefilter("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def records(text):
    i = 0
    while i < len(text):
        nl = text.index("\n", i)
        n = int(text[i:nl])
        yield text[nl + 1:nl + 1 + n]
        i = nl + 1 + n


def cpython(src):
    try:
        compile(src, "<fuzz>", "exec")
        return "ok"
    except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError) as e:
        msg = e.msg if isinstance(e, SyntaxError) else str(e)
        return type(e).__name__ + "\t" + msg.replace("\n", " ")


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    subprocess.run(["mvn", "-q", "-B", "-o", "-pl", "interpreter", "compile"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    cp = os.path.join(ROOT, "interpreter", "target", "classes")
    stdlib = sysconfig.get_paths()["stdlib"]
    with tempfile.TemporaryDirectory() as work:
        inp, out = os.path.join(work, "in"), os.path.join(work, "out")
        java = ["java", "-Xss512m", "-Xmx2g", "-cp", cp, "dev.quicken.compiler.tools.CompileFuzz"]
        subprocess.run(java + ["--emit", str(count), str(seed), inp, stdlib], check=True)
        subprocess.run(java + ["--decide", inp, out], check=True)
        with open(inp, encoding="utf-8", newline="") as f:
            sources = list(records(f.read()))
        with open(out, encoding="utf-8", newline="") as f:
            ours = f.read().split("\n")[:-1]
    assert len(sources) == len(ours), (len(sources), len(ours))
    same_decision = same_class = same_msg = 0
    kinds = collections.Counter()
    examples = {}
    for src, q in zip(sources, ours):
        c = cpython(src)
        qa, ca = q == "ok", c == "ok"
        if qa == ca:
            same_decision += 1
        qk, ck = q.split("\t")[0], c.split("\t")[0]
        if qk == ck:
            same_class += 1
        if q == c:
            same_msg += 1
        else:
            kind = (qk, ck) if qk != ck else (qk, "message")
            kinds[kind] += 1
            examples.setdefault(kind, (src[:300], q, c))
    n = len(sources)
    print(f"inputs {n}: same accept/reject {same_decision} ({100 * same_decision / n:.2f}%), "
          f"same class {same_class} ({100 * same_class / n:.2f}%), "
          f"same class and message {same_msg} ({100 * same_msg / n:.2f}%)")
    for kind, k in kinds.most_common(15):
        src, q, c = examples[kind]
        print(f"  {k:6d} quicken={kind[0]} cpython={kind[1]}\n         quicken: {q}\n         cpython: {c}\n"
              f"         input: {src!r}")


if __name__ == "__main__":
    main()
