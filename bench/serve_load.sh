#!/bin/sh
# Load benchmark of `edgard serve` on loopback with wrk (Debian's package):
# requests/s, latency percentiles, the server's CPU time per request and its
# memory over the run, for /v1/filings/{accession}, /v1/search with a fixed
# set of 16 queries (answered from the response cache after their first
# time), and /v1/search with 40,000 distinct queries made of words from the
# store's own index (each computed afresh; needs Debian's sqlite3). Each
# endpoint is warmed up for 10 s first, so that the memory figures show the
# run itself: RSS at its start, its highest, and at its end.
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

# Distinct queries: words from the index's vocabulary that occur in 20 to
# 6,000 documents, alone, in pairs, and in pairs joined by OR.
if command -v sqlite3 >/dev/null; then
  printf "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, document_fts, 'row');
SELECT term FROM temp.v WHERE doc BETWEEN 20 AND 6000 AND length(term) > 3
  AND term GLOB '[a-z]*' AND term NOT GLOB '*[0-9_]*' ORDER BY random() LIMIT 4000;\n" |
    sqlite3 -readonly "$DB" >"$WORK/words.txt"
  # The single words warm the server up; the pairs are measured, each asked once.
  sed 's|.*|/v1/search?q=&\&limit=10|' "$WORK/words.txt" >"$WORK/distinct.warm"
  awk 'BEGIN { srand(7) }
       { w[NR] = $0 }
       END {
         for (k = 0; k < 40000; k++) {
           a = w[int(rand() * NR) + 1]; b = w[int(rand() * NR) + 1]
           print "/v1/search?q=" a (k % 2 ? "%20OR%20" : "%20") b "&limit=10"
         }
       }' "$WORK/words.txt" | sort -u | sort -R >"$WORK/distinct.txt"
else
  echo "serve_load: no sqlite3 (apt-get install sqlite3): the distinct-query run is skipped"
  : >"$WORK/distinct.txt"
fi

cat >"$WORK/paths.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("start", threads * 7919)
end
local n = 0
init = function() n = (start or 0) % #paths end
request = function()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
LUA

rss() { awk '/VmRSS/ {print $2}' "/proc/$SERVER/status"; }
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }  # clock ticks
TICK_MS=$((1000 / $(getconf CLK_TCK)))
echo "store: $DB ($(du -h "$DB" | cut -f1)); $(wc -l <"$WORK/filings.txt") filings, $(wc -l <"$WORK/search.txt") fixed queries, $(wc -l <"$WORK/distinct.txt") distinct queries"
for endpoint in filings search distinct; do
  [ -s "$WORK/$endpoint.txt" ] || continue
  warm="$WORK/$endpoint.warm"
  [ -f "$warm" ] || warm="$WORK/$endpoint.txt"
  PATHS_FILE="$warm" wrk -t2 -c32 -d10s -s "$WORK/paths.lua" "$BASE" >/dev/null
  before=$(rss)
  max=$before
  cpu_before=$(cpu)
  PATHS_FILE="$WORK/$endpoint.txt" wrk -t2 -c32 -d"${DURATION}s" --latency -s "$WORK/paths.lua" \
    "$BASE" >"$WORK/wrk.txt" &
  WRK=$!
  while kill -0 "$WRK" 2>/dev/null; do
    now=$(rss); [ "$now" -gt "$max" ] && max=$now
    sleep 1
  done
  after=$(rss)
  cpu_after=$(cpu)
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
  echo "== $endpoint (${DURATION}s after 10s of warm-up, 2 wrk threads, 32 connections)"
  grep -E 'Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%' "$WORK/wrk.txt" || true
  echo "  server CPU: $(awk -v t="$((cpu_after - cpu_before))" -v r="$requests" -v ms="$TICK_MS" \
    'BEGIN { printf "%.2f ms per request", t * ms / r }')"
  echo "  server RSS: ${before} kB at the start, ${max} kB at most, ${after} kB at the end"
done
