#!/usr/bin/env bash
# Records the agent's own probe workload (agent/src/test/.../it/ProbeDriver: 2 interpreters, fake
# code objects work.py f and g) with the real quicken agent, for the analysis tests:
#   analysis/src/test/resources/recordings/agent-driver.jfr    the recording (default settings)
#   analysis/src/test/resources/recordings/agent-driver.stats  ProbeDriver's output: the agent's own
#       counters per interpreter ("stats ID BASE-OPCODE success failure hit deferred miss deopt k0..k29")
# Usage: tools/gen_agent_recording.sh [THREADS ITERATIONS]   (default 4 3000)
set -euo pipefail
cd "$(dirname "$0")/.."
threads="${1:-4}"
iterations="${2:-3000}"
out=analysis/src/test/resources/recordings
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mvn -q -B -o -pl agent -am package -DskipTests
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$java" -javaagent:agent/target/quicken-agent.jar=record="$tmp/agent-driver.jfr" \
  -cp interpreter/target/classes:agent/target/test-classes \
  dev.quicken.agent.it.ProbeDriver "$threads" "$iterations" > "$tmp/out.txt"
grep '^stats ' "$tmp/out.txt" > "$out/agent-driver.stats"
cp "$tmp/agent-driver.jfr" "$out/agent-driver.jfr"
echo "wrote $out/agent-driver.jfr ($(wc -c < "$out/agent-driver.jfr") bytes) and $out/agent-driver.stats"
