#!/usr/bin/env bash
# Recordings made by the real quicken agent, for the analysis tests:
#   analysis/src/test/resources/recordings/agent-driver.jfr    the agent's own probe workload
#       (agent/src/test/.../it/ProbeDriver: 2 interpreters, fake code objects work.py f and g)
#   analysis/src/test/resources/recordings/agent-driver.stats  ProbeDriver's output: the agent's
#       in-process counters ("stats ID BASE-OPCODE success failure hit deferred miss deopt k0..k29")
#   analysis/src/test/resources/recordings/point.jfr           ./quicken profile examples/point.py
# Only quicken.* events are kept (jfr scrub, JDK 19 or later): the JDK's own events carry the
# machine's environment, processes and paths, which have no place in the repository.
# Usage: tools/gen_agent_recording.sh [THREADS ITERATIONS]   (default 4 3000)
set -euo pipefail
cd "$(dirname "$0")/.."
threads="${1:-4}"
iterations="${2:-3000}"
out=analysis/src/test/resources/recordings
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
scrub=""
for jfr in "${JAVA_HOME:+$JAVA_HOME/bin/jfr}" /usr/lib/jvm/temurin-2*/bin/jfr; do
  if [ -n "$jfr" ] && [ -x "$jfr" ] && "$jfr" help scrub >/dev/null 2>&1; then scrub="$jfr"; break; fi
done
if [ -z "$scrub" ]; then
  echo "gen_agent_recording: needs a 'jfr' tool with 'scrub' (JDK 19+); set JAVA_HOME to one" >&2
  exit 1
fi
mvn -q -B -o -pl agent -am package -DskipTests
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$java" -javaagent:agent/target/quicken-agent.jar=record="$tmp/agent-driver.jfr",settings=detailed \
  -cp interpreter/target/classes:agent/target/test-classes \
  dev.quicken.agent.it.ProbeDriver "$threads" "$iterations" > "$tmp/out.txt"
grep '^stats ' "$tmp/out.txt" > "$out/agent-driver.stats"
"$scrub" scrub --include-events 'quicken.*' "$tmp/agent-driver.jfr" "$out/agent-driver.jfr" >/dev/null
./quicken profile -o "$tmp/point" examples/point.py > /dev/null
"$scrub" scrub --include-events 'quicken.*' "$tmp/point/point.jfr" "$out/point.jfr" >/dev/null
for f in agent-driver point; do
  echo "wrote $out/$f.jfr ($(wc -c < "$out/$f.jfr") bytes)"
done
