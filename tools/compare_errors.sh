#!/usr/bin/env bash
# Differential error test: makes N invalid programs by one random token edit (seeded) of top-level
# statements of python3.11's stdlib, then compares quicken's SyntaxError (class, msg, lineno,
# offset, end_lineno, end_offset) with python3.11's. Prints differences and the percentage equal.
#   tools/compare_errors.sh [N] [SEED]        (defaults: 2000, 1)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v python3.11 >/dev/null || { echo "compare_errors.sh: python3.11 not on PATH" >&2; exit 2; }
n="${1:-2000}"
seed="${2:-1}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3.11 "$here/tools/ast_oracle.py" mutate "$tmp/cases" "$n" "$seed" > "$tmp/list"
(cd "$here" && mvn -q -B -o -pl interpreter compile >/dev/null)
python3.11 "$here/tools/ast_oracle.py" dump < "$tmp/list" > "$tmp/py.txt"
java -Xss64m -cp "$here/interpreter/target/classes" dev.quicken.cli.Main ast --batch < "$tmp/list" > "$tmp/java.txt"
python3.11 "$here/tools/ast_oracle.py" errcompare "$tmp/py.txt" "$tmp/java.txt"
