#!/usr/bin/env bash
# Runs every benchmark and writes benchmarks/results/:
#   decode.json, paging.json  JMH JSON (with -prof gc allocation figures)
#   memory.json               the -Xmx64m memory run
#   environment.json          date, CPUs, load average before and after
#   peer.json                 the peer benchmark (benchmarks/peer/run.sh): TS SDK, this client and a
#                             plain Java loop on one loopback server, warm walks, cold processes,
#                             the cold-start split
#   RESULTS.md                the ratios table (benchmarks/report.py)
# Took 9 min 10 s on 2 idle cores (build and `npm ci` included). `benchmarks/run.sh --quick` is a
# smoke run of about 5 minutes whose figures are not meant to be compared. `benchmarks/run.sh --profile`
# (before --quick, if both) then adds the stack profiles of benchmarks/profile.sh (about 5 minutes more):
# benchmarks/results/profiles.md.
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=benchmarks/results
JAR=benchmarks/target/benchmarks.jar
PROFILE=0
if [[ "${1:-}" == "--profile" ]]; then
  PROFILE=1
  shift
fi
if [[ "${1:-}" == "--quick" ]]; then
  DECODE_OPTS=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
  PAGING_OPTS=(-f 1 -wi 1 -w 2s -i 2 -r 2s)
  MEMORY_ROUTES=10000
  PEER_OPTS=(--quick)
else
  DECODE_OPTS=(-f 1 -wi 3 -w 2s -i 5 -r 3s)
  PAGING_OPTS=(-f 1 -wi 5 -w 5s -i 5 -r 5s)
  MEMORY_ROUTES=100000
  PEER_OPTS=()
fi

# On a machine with more cores, run on two, as the targets were set for.
PIN=()
if command -v taskset >/dev/null 2>&1 && [[ "$(nproc)" -gt 2 ]]; then
  PIN=(taskset -c 0,1)
fi

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"; }
LOAD_START=$(load)

# Builds the runnable jar (profile "benchmarks"); the modules it depends on come from the reactor,
# nothing is installed into ~/.m2.
mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests

mkdir -p "$RESULTS"
${PIN[@]+"${PIN[@]}"} java -jar "$JAR" DecodeBenchmark "${DECODE_OPTS[@]}" -prof gc -rf json -rff "$RESULTS/decode.json"
${PIN[@]+"${PIN[@]}"} java -jar "$JAR" PagingBenchmark "${PAGING_OPTS[@]}" -prof gc -rf json -rff "$RESULTS/paging.json"
# The memory run fails (exit 1) when the walk is incomplete or retains more than about one page;
# the report is written either way.
MEMORY_STATUS=0
${PIN[@]+"${PIN[@]}"} java -Xmx64m -cp "$JAR" dev.dynamicroutes.benchmarks.MemoryRun \
  --routes "$MEMORY_ROUTES" --json "$RESULTS/memory.json" || MEMORY_STATUS=$?

# writes peer.json and renders RESULTS.md once; the final render below includes everything
benchmarks/peer/run.sh --no-build ${PEER_OPTS[@]+"${PEER_OPTS[@]}"}

cat > "$RESULTS/environment.json" <<JSON
{"date": "$(date -u +%Y-%m-%dT%H:%MZ)", "cpus": $(nproc), "loadStart": "$LOAD_START", "loadEnd": "$(load)"}
JSON
python3 benchmarks/report.py "$RESULTS" > "$RESULTS/RESULTS.md"
cat "$RESULTS/RESULTS.md"
if [[ "$PROFILE" == 1 ]]; then
  benchmarks/profile.sh --no-build
fi
exit "$MEMORY_STATUS"
