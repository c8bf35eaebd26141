#!/usr/bin/env bash
# Benchmark, not a test: writes a recording of at least SIZE_MB megabytes of quicken events with
# jdk.jfr (analysis' testdata.BigRecording: two interpreters, SITES sites, a statistics snapshot of
# every site and family per round, occurrence events for one site in fifty), then times
# `quicken report` on it (HTML, default streaming parser) with -Xmx1g.
#   tools/bench_analysis.sh [SIZE_MB=1100] [SITES=20000] [DIR=target/bench]
# Needs the analysis module built with its tests compiled (mvn -pl jfr-events,analysis -am test-compile)
# and packaged once (./quicken builds analysis/target/lib).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="${1:-1100}"
sites="${2:-20000}"
dir="${3:-$here/target/bench}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mkdir -p "$dir"
rm -rf "$dir/repo" "$dir/big.jfr"
cp="$here/analysis/target/classes:$here/jfr-events/target/classes:$here/analysis/target/lib/*"
echo "== writing a recording of >= $size MB ($sites sites)"
"$java" -XX:FlightRecorderOptions:repository="$dir/repo" -Xmx512m \
  -cp "$here/analysis/target/test-classes:$cp" dev.quicken.analysis.testdata.BigRecording "$dir/big.jfr" "$size" "$sites"
rm -rf "$dir/repo"
ls -l "$dir/big.jfr"
echo "== quicken report big.jfr -o report.html, -Xmx1g"
/usr/bin/time -f "wall %e s, user %U s, system %S s, max RSS %M KB" \
  "$java" -Xmx1g -Xlog:gc:file="$dir/gc.log" -cp "$cp" dev.quicken.analysis.cli.Main report "$dir/big.jfr" -o "$dir/report.html"
echo "== heap after GC, largest: $(grep -o '[0-9]*M->[0-9]*M' "$dir/gc.log" | sed 's/.*->//' | sort -n | tail -1)"
ls -l "$dir/report.html"
