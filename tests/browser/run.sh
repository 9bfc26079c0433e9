#!/bin/sh
# Runs the web UI's browser tests (ui.test.mjs) against a real `edgard serve`
# holding the bundled filings: ingest into a temporary store, serve on a free
# loopback port, run the tests in headless Chromium, stop the server.
#
#   tests/browser/run.sh EDGARD_BINARY SOURCE_DIR
#
# Exits 77 (CTest: skipped, with the reason printed) when Node, Chromium or
# playwright-core is missing; `make test` installs them.
set -eu
EDGARD=$1
SOURCE=$2
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

skip() { echo "browser tests skipped: $1"; exit 77; }
command -v node >/dev/null || skip "no node (install Node.js and npm)"
[ -x "$CHROMIUM" ] || skip "no $CHROMIUM (apt-get install chromium)"
[ -d "$SOURCE/node_modules/playwright-core" ] || skip "no playwright-core (run npm ci in $SOURCE)"

WORK=$(mktemp -d)
SERVER=
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

"$EDGARD" ingest "$SOURCE/testdata/seeds" "$SOURCE/testdata/corpus" --db "$WORK/ui.db" >/dev/null
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"$EDGARD" serve --db "$WORK/ui.db" --listen "127.0.0.1:$PORT" --quiet &
SERVER=$!
node -e '
  const url = process.argv[1];
  (async () => {
    for (let i = 0; i < 100; i++) {
      try { if ((await fetch(url)).ok) process.exit(0); } catch {}
      await new Promise((r) => setTimeout(r, 100));
    }
    console.error("edgard serve did not answer at " + url);
    process.exit(1);
  })();' "http://127.0.0.1:$PORT/v1/openapi.json"

cd "$SOURCE"
EDGARD_URL="http://127.0.0.1:$PORT" CHROMIUM="$CHROMIUM" \
  EDGARD_SCREENSHOTS="${EDGARD_SCREENSHOTS:-build/screenshots}" \
  node --test tests/browser/ui.test.mjs
