#!/usr/bin/env bash
# Benchmark (not a test): compiling every .py of python3.11's stdlib (test packages included;
# site-packages and the files CPython itself rejects skipped), quicken (one warmed JVM, parse +
# compile from in-memory bytes) against python3.11's compile() over the same files in the same
# run. Prints each side's median of ITERATIONS passes and the ratio quicken/CPython.
#   tools/bench_compile.sh [ITERATIONS]      (default 5)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
iters="${1:-5}"
command -v python3.11 >/dev/null || { echo "bench_compile: python3.11 not on PATH" >&2; exit 2; }
(cd "$here" && mvn -q -B -o -pl interpreter compile >/dev/null 2>&1) || { echo "bench_compile: build failed (mvn -pl interpreter compile)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$here/interpreter/target/classes" "$work/classes"
PYTHONHASHSEED=0 python3.11 - "$work/files" <<'PY'
import os, sys, sysconfig, warnings
warnings.simplefilter("ignore")
root = sysconfig.get_paths()["stdlib"]
ok = rejected = 0
with open(sys.argv[1], "w") as out:
    for d, dirs, fs in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "__pycache__"))
        for f in sorted(fs):
            if f.endswith(".py"):
                p = os.path.join(d, f)
                try:
                    compile(open(p, "rb").read(), p, "exec")
                except Exception:
                    rejected += 1
                    continue
                ok += 1
                out.write(p + "\n")
print(f"files: {ok} (skipped {rejected} that CPython rejects)")
PY
echo "== python3.11 compile()"
PYTHONHASHSEED=0 python3.11 - "$work/files" "$iters" <<'PY' | tee "$work/py"
import statistics, sys, time, warnings
warnings.simplefilter("ignore")
names = open(sys.argv[1]).read().split()
srcs = [(n, open(n, "rb").read()) for n in names]
times = []
for it in range(int(sys.argv[2])):
    t0 = time.perf_counter()
    for n, s in srcs:
        compile(s, n, "exec")
    times.append(time.perf_counter() - t0)
    print(f"iteration {it + 1}: {times[-1]:.3f}s")
print(f"files={len(srcs)} median_seconds={statistics.median(times):.3f}")
PY
echo "== quicken"
java -Xss512m -Xmx3g -cp "$work/classes" dev.quicken.compiler.tools.BenchCompile "$iters" "$work/files" 2>/dev/null | tee "$work/q"
py="$(grep -o 'median_seconds=[0-9.]*' "$work/py" | cut -d= -f2)"
q="$(grep -o 'median_seconds=[0-9.]*' "$work/q" | cut -d= -f2)"
python3.11 -c "import sys; q, p = float(sys.argv[1]), float(sys.argv[2]); print(f'quicken {q:.3f}s, python3.11 {p:.3f}s: quicken/CPython = {q / p:.2f}x')" "$q" "$py"
