#!/usr/bin/env bash
# The peer benchmark: the official TypeScript SDK, this client and a plain Java loop walking the same
# 10 000 routes (12 elements each, pages of 50) from one loopback Node server, then the cold process
# (fetch one page and exit) and the client's cold-start split. Writes benchmarks/results/peer.json and
# re-renders benchmarks/results/RESULTS.md (benchmarks/report.py) beside the JMH ratios.
#
#   benchmarks/peer/run.sh              40 warm walks per walker and round, 5 cold runs (about 3 minutes)
#   benchmarks/peer/run.sh --quick      a smoke run whose figures are not meant to be compared
#   benchmarks/peer/run.sh --no-build   reuse benchmarks/target/benchmarks.jar (benchmarks/run.sh does)
#
# Node tools come from the root package.json + package-lock.json (`npm ci`), so the SDK version is
# the one the lockfile pins.
set -euo pipefail
cd "$(dirname "$0")/../.."

RESULTS=benchmarks/results
JAR=benchmarks/target/benchmarks.jar
PAGES=benchmarks/target/peer-pages
WALKS=(--walks 40 --keep 20 --cold-runs 5 --probe-runs 3)
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --quick) WALKS=(--walks 8 --keep 4 --cold-runs 2 --probe-runs 1) ;;
    --no-build) BUILD=0 ;;
    *) echo "unknown argument $arg; use --quick and/or --no-build" >&2; exit 2 ;;
  esac
done

# On a machine with more cores, run on two, as the targets were set for (server and walker share them).
PIN=""
if command -v taskset >/dev/null 2>&1 && [[ "$(nproc)" -gt 2 ]]; then
  PIN="taskset -c 0,1"
fi

npm ci --no-audit --no-fund --loglevel=error
if [[ "$BUILD" == 1 ]]; then
  # the modules it depends on come from the reactor, nothing is installed into ~/.m2
  mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
fi
if [[ ! -f "$JAR" ]]; then
  echo "$JAR is missing: run without --no-build" >&2
  exit 2
fi
rm -rf "$PAGES"
java -cp "$JAR" dev.dynamicroutes.benchmarks.PeerPages --routes 10000 --per-page 50 --out "$PAGES"

mkdir -p "$RESULTS"
python3 benchmarks/peer/peer.py --jar "$JAR" --pages "$PAGES" --out "$RESULTS/peer.json" --pin "$PIN" "${WALKS[@]}"
python3 benchmarks/report.py "$RESULTS" > "$RESULTS/RESULTS.md"
echo "wrote $RESULTS/peer.json and $RESULTS/RESULTS.md"
