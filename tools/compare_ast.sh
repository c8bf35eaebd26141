#!/usr/bin/env bash
# Compares quicken's AST (quicken ast --batch) with python3.11's ast.dump(include_attributes=True)
# over every .py file of python3.11's stdlib (test packages included), in one JVM.
# Files python3.11 rejects are skipped. Prints differing files and the percentage equal.
#   tools/compare_ast.sh [DIR...]      (default: python3.11's stdlib)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v python3.11 >/dev/null || { echo "compare_ast.sh: python3.11 not on PATH" >&2; exit 2; }
if [ $# -eq 0 ]; then
  set -- "$(python3.11 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")"
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
find "$@" -name '*.py' -type f | LC_ALL=C sort > "$tmp/list"
(cd "$here" && mvn -q -B -o -pl interpreter compile >/dev/null)
PYTHONHASHSEED=0 python3.11 "$here/tools/ast_oracle.py" dump < "$tmp/list" > "$tmp/py.txt"
java -Xss64m -cp "$here/interpreter/target/classes" dev.quicken.cli.Main ast --batch < "$tmp/list" > "$tmp/java.txt"
python3.11 "$here/tools/ast_oracle.py" compare "$tmp/py.txt" "$tmp/java.txt"
