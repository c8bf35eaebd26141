#!/usr/bin/env bash
# Overhead of the hot probe (Probes.hit) without the agent, with the agent and no recording, and
# with the agent recording (detailed settings: the default ones do not count hits). Not a test: run it
# by hand on a quiet machine.
#   tools/bench_probes.sh [JAVA_HOME] [ITERATIONS] [REPS] [THREADS]
# Needs: mvn -pl interpreter,jfr-events,agent -am test-compile (agent jar and test classes).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
java="${1:+$1/bin/}java"
n="${2:-100000000}"
reps="${3:-5}"
threads="${4:-1}"
cp="$here/interpreter/target/classes:$here/agent/target/test-classes"
agent="$here/agent/target/quicken-agent.jar"
jfr="$(mktemp -d)/bench.jfr"
"$java" -version 2>&1 | head -1
echo -n "no agent:            "; "$java" -cp "$cp" dev.quicken.agent.it.ProbeBench "$n" "$reps" "$threads"
echo -n "agent, no recording: "; "$java" -javaagent:"$agent" -cp "$cp" dev.quicken.agent.it.ProbeBench "$n" "$reps" "$threads"
echo -n "agent, recording:    "; "$java" -javaagent:"$agent"=record="$jfr",settings=detailed -cp "$cp" dev.quicken.agent.it.ProbeBench "$n" "$reps" "$threads"
rm -rf "$(dirname "$jfr")"
