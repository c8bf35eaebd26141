#!/usr/bin/env bash
# Compares quicken's compiler with python3.11 over every .py of python3.11's stdlib, in one JVM per
# mode. Per failing file it prints the first differing function and field; then the % of files
# whose module code object equals CPython's field by field (recursively).
#   tools/compare_compile.sh [--verbose] [--backend|--source] [FILE.py...]
# --backend: ASTs from python3.11's ast module (the compiler alone); --source: quicken's parser
# and compiler (end to end). Default: both.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v python3.11 >/dev/null || { echo "compare_compile: python3.11 not on PATH" >&2; exit 2; }
verbose=""
modes="backend source"
while [ $# -gt 0 ]; do
  case "$1" in
    --verbose) verbose="--verbose"; shift ;;
    --backend) modes="backend"; shift ;;
    --source) modes="source"; shift ;;
    *) break ;;
  esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ $# -gt 0 ]; then
  PYTHONHASHSEED=0 python3.11 "$here/tools/compile_oracle.py" "$work/records" "$@" 2>/dev/null
else
  PYTHONHASHSEED=0 python3.11 "$here/tools/compile_oracle.py" "$work/records" --stdlib 2>/dev/null
fi
(cd "$here" && mvn -q -B -o -pl interpreter compile >/dev/null 2>&1) || { echo "compare_compile: build failed (mvn -pl interpreter compile)" >&2; exit 1; }
cp -r "$here/interpreter/target/classes" "$work/classes"
for mode in $modes; do
  flag=""
  [ "$mode" = source ] && flag="--source"
  echo "== $mode"
  java -Xss256m -Xmx3g -cp "$work/classes" dev.quicken.compiler.tools.CompareCompile "$work/records" $verbose $flag
done
