#!/usr/bin/env bash
# Long mutation fuzz of the .pyc loader (interpreter PycFuzzTest with -Dquicken.slow=true).
#   tools/fuzz_pyc.sh [COUNT] [SEED]      default 1000000 mutations, seed 659
# Prints the figures (mutations, clean errors by kind, valid loads, dis errors, failures) and
# exits non-zero if any mutation ended in anything but a clean error or a valid load.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export QUICKEN_FUZZ_COUNT="${1:-1000000}" QUICKEN_FUZZ_SEED="${2:-659}"
mvn -q -B -o -pl interpreter test -Dtest=PycFuzzTest -Dquicken.slow=true >/dev/null 2>&1
status=$?
sed -n '/^PycFuzzTest seed/,$p' interpreter/target/surefire-reports/dev.quicken.code.PycFuzzTest-output.txt 2>/dev/null \
  || grep -a -A80 'PycFuzzTest seed' interpreter/target/surefire-reports/TEST-dev.quicken.code.PycFuzzTest.xml | sed 's/.*CDATA\[//; /]]>/,$d'
exit $status
