#!/usr/bin/env bash
# Compares quicken's compiler with python3.11 over every .py of python3.11's stdlib, in one JVM.
# Prints, per failing file, the first differing function and field, then the % of files whose
# module code object equals CPython's field by field (recursively).
#   tools/compare_compile.sh [--verbose] [FILE.py...]
# The ASTs come from python3.11's ast module (this measures the compiler back end alone).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v python3.11 >/dev/null || { echo "compare_compile: python3.11 not on PATH" >&2; exit 2; }
verbose=""
if [ "${1:-}" = "--verbose" ]; then verbose="--verbose"; shift; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ $# -gt 0 ]; then
  PYTHONHASHSEED=0 python3.11 "$here/tools/compile_oracle.py" "$work/records" "$@"
else
  PYTHONHASHSEED=0 python3.11 "$here/tools/compile_oracle.py" "$work/records" --stdlib
fi
(cd "$here" && mvn -q -B -o -pl interpreter compile >/dev/null)
java -Xss256m -Xmx3g -cp "$here/interpreter/target/classes" dev.quicken.compiler.tools.CompareCompile \
  "$work/records" $verbose
