#!/bin/sh
# Load benchmark of `edgard serve` on loopback with wrk (Debian's package):
# requests/s, latency percentiles and the server's memory over the run, for
# /v1/filings/{accession} and /v1/search.
#
#   bench/serve_load.sh [DB] [SECONDS]
#
# DB defaults to the store `make bench` leaves behind (/tmp/edgard-bench/bench.db;
# `make bench REPLICATE=20` makes it about 1.2 GB of filings). SECONDS per
# endpoint defaults to 60. Loopback only.
set -eu

DB=${1:-/tmp/edgard-bench/bench.db}
DURATION=${2:-60}
EDGARD=${EDGARD:-build/release/tools/edgard/edgard}
PORT=${PORT:-18181}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "serve_load: needs $tool (apt-get install $tool)"; exit 1; }
done
[ -f "$DB" ] || { echo "serve_load: no store at $DB (run make bench REPLICATE=20 first)"; exit 1; }

"$EDGARD" serve --db "$DB" --listen "127.0.0.1:$PORT" --quiet >"$WORK/serve.out" 2>&1 &
SERVER=$!
for _ in $(seq 50); do curl -sf "$BASE/v1/openapi.json" >/dev/null && break; sleep 0.2; done

# Paths to request: filings found by a broad search; a fixed set of queries.
curl -sf "$BASE/v1/search?q=the&limit=1000" | tr ',' '\n' | sed -n 's/^"id":"\(.*\)"$/\1/p' |
  grep -v '^sha256' | sort -u | sed 's|^|/v1/filings/|' >"$WORK/filings.txt"
for q in revenue 'net%20income' '%22results%20of%20operations%22' apple 'resign*' \
  'director%20OR%20officer' 'dividend%20-preferred' '%22chief%20financial%20officer%22' \
  'merger%20agreement' cybersecurity securities 'goodwill%20impairment' lease exhibit \
  'attorney-in-fact' '%22forward-looking%20statements%22'; do
  echo "/v1/search?q=$q&limit=10"
done >"$WORK/search.txt"

cat >"$WORK/paths.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
local n = math.random(#paths)
request = function()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
LUA

rss() { awk '/VmRSS/ {print $2}' "/proc/$SERVER/status"; }
echo "store: $DB ($(du -h "$DB" | cut -f1)); $(wc -l <"$WORK/filings.txt") filings, $(wc -l <"$WORK/search.txt") queries"
for endpoint in filings search; do
  before=$(rss)
  max=$before
  PATHS_FILE="$WORK/$endpoint.txt" wrk -t2 -c32 -d"${DURATION}s" --latency -s "$WORK/paths.lua" \
    "$BASE" >"$WORK/wrk.txt" &
  WRK=$!
  while kill -0 "$WRK" 2>/dev/null; do
    now=$(rss); [ "$now" -gt "$max" ] && max=$now
    sleep 1
  done
  after=$(rss)
  echo "== /v1/$endpoint (${DURATION}s, 2 threads, 32 connections)"
  grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%' "$WORK/wrk.txt" || true
  echo "  server RSS: ${before} kB before, ${max} kB at most, ${after} kB after"
done
