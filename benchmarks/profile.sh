#!/usr/bin/env bash
# Stack profiles of the request path, beside the figures of benchmarks/run.sh:
#   - JMH PagingBenchmark, client paginator and raw loop, with -prof gc and -prof jfr (execution samples)
#   - the peer benchmark's warm walk of this client (PeerWalk, 40 walks) under JFR, against the Node
#     pages server, once with gzip (as Cloudflare answers) and once without
#   - PagingPairs: paginator and raw loop in alternating pairs (wall, CPU time, thread hand-overs)
# and writes benchmarks/results/profiles.md (tables by benchmarks/profile.py; the hand-written section
# "What the profiles say" at its end is kept) plus profiles-paging.json (JMH JSON) and
# profiles-pairs.json. The .jfr recordings stay in benchmarks/target/profiles/.
#
#   benchmarks/profile.sh              about 5 minutes on 2 cores (build included)
#   benchmarks/profile.sh --no-build   reuse benchmarks/target/benchmarks.jar (benchmarks/run.sh --profile)
# Needs JDK 17 (its `jfr` tool), Node 20 and Python 3.
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=benchmarks/results
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/profiles
PAGES=benchmarks/target/peer-pages
if [[ "${1:-}" != "--no-build" ]]; then
  mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
fi
rm -rf "$OUT" && mkdir -p "$OUT" "$RESULTS"
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"; }
LOAD_START=$(load)

# deep Jackson and Feign stacks: JFR's default depth (64) would cut the walk's own frames off
java -jar "$JAR" 'PagingBenchmark.(paginator|rawLoop)$' -f 1 -wi 2 -i 3 -prof gc \
  -prof "jfr:dir=$OUT/jmh;stackDepth=512" -rf json -rff "$RESULTS/profiles-paging.json" > "$OUT/jmh.txt"
java -Xms1g -Xmx1g -cp "$JAR" dev.dynamicroutes.benchmarks.PagingPairs 20 8 | tail -1 > "$RESULTS/profiles-pairs.json"

if [[ ! -f "$PAGES/manifest.json" ]]; then
  java -cp "$JAR" dev.dynamicroutes.benchmarks.PeerPages --routes 10000 --per-page 50 --out "$PAGES"
fi
for gzip in when-asked never; do
  exec 3< <(node benchmarks/peer/pages-server.mjs --pages "$PAGES" --gzip "$gzip")
  SERVER=$!
  read -r line <&3
  port=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["port"])' "$line")
  java -Xms1g -Xmx1g -XX:FlightRecorderOptions:stackdepth=512 \
    "-XX:StartFlightRecording=filename=$OUT/peer-$gzip.jfr,settings=profile" -Xlog:jfr=warning \
    -cp "$JAR" dev.dynamicroutes.benchmarks.PeerWalk warm client "http://127.0.0.1:$port/client/v4" 40 \
    > "$OUT/peer-$gzip.json"
  kill "$SERVER"
  exec 3<&-
done

jmh_rec() { ls "$OUT"/jmh/*"PagingBenchmark.$1-"*/profile.jfr; }
# the hand-written reading of the profiles (from its heading on) is kept across runs
NOTES=$(sed -n '/^## What the profiles say/,$p' "$RESULTS/profiles.md" 2>/dev/null || true)
{
  echo "# Stack profiles of the request path"
  echo
  echo "Written by \`benchmarks/profile.sh\` on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load average" \
       "$LOAD_START at the start and $(load) at the end. JFR execution samples (\`settings=profile\`)."
  echo "JMH: \`PagingBenchmark\` paginator and raw loop, \`-f 1 -wi 2 -i 3 -prof gc -prof jfr\`" \
       "(scores in \`profiles-paging.json\`); pairs: \`PagingPairs 20 8\` (\`profiles-pairs.json\`):"
  echo
  echo '```'
  grep -E "^PagingBenchmark\.(paginator|rawLoop) |alloc.rate.norm " "$OUT/jmh.txt" | grep -E "^Paging" || true
  cat "$RESULTS/profiles-pairs.json"
  echo '```'
  echo
  python3 benchmarks/profile.py --title "JMH paging: client paginator" "$(jmh_rec paginator)"
  python3 benchmarks/profile.py --title "JMH paging: raw loop (java.net.http + Jackson, plain models)" "$(jmh_rec rawLoop)"
  python3 benchmarks/profile.py --title "peer warm walk of this client, server gzips (40 walks)" "$OUT/peer-when-asked.jfr"
  python3 benchmarks/profile.py --title "peer warm walk of this client, server never compresses (40 walks)" "$OUT/peer-never.jfr"
  if [[ -n "$NOTES" ]]; then
    echo "$NOTES"
  fi
} > "$RESULTS/profiles.md.new"
mv "$RESULTS/profiles.md.new" "$RESULTS/profiles.md"
echo "wrote $RESULTS/profiles.md"
