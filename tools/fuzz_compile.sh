#!/usr/bin/env bash
# Compiler fuzz, long run: mutated slices of python3.11's stdlib (.py files under
# sysconfig.get_paths()['stdlib']), generated programs and deep nesting, in one JVM with a
# per-input timeout. Prints each internal error (input saved under the temp dir) and the figures
# (inputs, accepted, rejected by class, internal errors, time); exit 1 on any internal error.
#   tools/fuzz_compile.sh [COUNT [SEED [DIR...]]]      (default 1000000 inputs, seed 659, the stdlib)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-1000000}"
seed="${2:-659}"
shift $(( $# > 2 ? 2 : $# ))
if [ $# -eq 0 ]; then
  command -v python3.11 >/dev/null || { echo "fuzz_compile: python3.11 not on PATH (give DIR...)" >&2; exit 2; }
  set -- "$(python3.11 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")"
fi
(cd "$here" && mvn -q -B -o -pl interpreter compile >/dev/null 2>&1) || { echo "fuzz_compile: build failed (mvn -pl interpreter compile)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$here/interpreter/target/classes" "$work/classes"
java -Xmx2g -cp "$work/classes" dev.quicken.compiler.tools.CompileFuzz "$count" "$seed" "$@"
