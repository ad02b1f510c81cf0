#!/usr/bin/env bash
# Service load: /search (a mix of 20 queries, bench/queries.lua) against the constant /ping floor,
# at 4 and 32 connections, against one server on loopback. See bench/README.md.
# DURATION (default 15s) and WARMUP (default 5s) override the wrk run lengths.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
THREADS=2
HOST=127.0.0.1

pick_jdk
ensure_tools wrk curl python3
ensure_corpus
ensure_jar

TMP=$(mktemp -d "${TMPDIR:-/tmp}/weekly-search-load.XXXXXX")
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT
RUN="$JAVA_HOME/bin/java -jar $JAR"

echo "== building the index of $CORPUS =="
$RUN reindex --full --source "$CORPUS" --index "$TMP/idx" | sed 's/^/  /'

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
BASE="http://$HOST:$PORT"
echo "== starting the server on $BASE =="
# --web points at a missing folder: static files are not what is measured.
# SERVE_ARGS passes extra options, e.g. SERVE_ARGS="--result-cache 0" to measure every query uncached.
# shellcheck disable=SC2086
$RUN serve --index "$TMP/idx" --host "$HOST" --port "$PORT" --web "$TMP/no-web" ${SERVE_ARGS:-} >"$TMP/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    curl -fsS "$BASE/health" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "bench: the server exited:" >&2; cat "$TMP/serve.log" >&2; exit 1; }
    sleep 0.5
done
curl -fsS "$BASE/health" >/dev/null || { echo "bench: no answer on $BASE/health after 60 s" >&2; cat "$TMP/serve.log" >&2; exit 1; }
sed 's/^/  /' "$TMP/serve.log"

echo "== checking every query answers 200 =="
QUERIES=$(sed -n '/^local queries = {/,/^}/p' bench/queries.lua | grep -o '"[^"]*"' | tr -d '"')
while IFS= read -r q; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --get --data-urlencode "q=$q" "$BASE/search")
    [ "$code" = 200 ] || { echo "bench: /search?q=$q answered $code" >&2; exit 1; }
done <<<"$QUERIES"
echo "  $(wc -l <<<"$QUERIES") queries ok"

echo "== warm-up ($WARMUP each) =="
wrk -t"$THREADS" -c32 -d"$WARMUP" -s bench/queries.lua "$BASE" >/dev/null
wrk -t"$THREADS" -c32 -d"$WARMUP" "$BASE/ping" >/dev/null

for c in 4 32; do
    echo "== /search, $c connections, $DURATION =="
    wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency -s bench/queries.lua "$BASE" | tee "$TMP/search-$c.txt"
    echo "== /ping, $c connections, $DURATION =="
    wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency "$BASE/ping" | tee "$TMP/ping-$c.txt"
done

echo
echo "== summary =="
python3 - "$TMP" <<'EOF'
import re, sys
tmp = sys.argv[1]
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}

def parse(path):
    text = open(path, encoding="utf-8").read()
    rps = float(re.search(r"Requests/sec:\s*([\d.]+)", text).group(1))
    def pct(p):
        m = re.search(rf"^\s*{p}%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
        return float(m.group(1)) * UNITS[m.group(2)]
    errors = 0
    m = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", text)
    if m:
        errors += int(m.group(1))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m:
        errors += sum(int(g) for g in m.groups())
    m = re.search(r"(\d+) requests in [\d.]+\w+, ([\d.]+)(B|KB|MB|GB) read", text)
    size = float(m.group(2)) * {"B": 1, "KB": 1024, "MB": 1024 ** 2, "GB": 1024 ** 3}[m.group(3)] / int(m.group(1)) / 1024
    return rps, pct(50), pct(99), errors, size

rows = {}
print(f"{'endpoint':<9} {'conns':>5} {'rps':>10} {'p50 ms':>9} {'p99 ms':>9} {'errors':>7} {'KB/resp':>8}")
for c in (4, 32):
    for ep in ("search", "ping"):
        rps, p50, p99, err, size = rows[(ep, c)] = parse(f"{tmp}/{ep}-{c}.txt")
        print(f"/{ep:<8} {c:>5} {rps:>10.0f} {p50:>9.3f} {p99:>9.3f} {err:>7} {size:>8.1f}")
print()
for c in (4, 32):
    print(f"search/ping rps at {c:>2} connections: {100 * rows[('search', c)][0] / rows[('ping', c)][0]:.1f} %")
s4 = rows[("search", 4)]
print(f"targets: /search p50 < 1 ms at 4 conns: {s4[1]:.3f} ms ({'met' if s4[1] < 1 else 'NOT met'}); "
      f"p99 < 5 ms: {s4[2]:.3f} ms ({'met' if s4[2] < 5 else 'NOT met'}); "
      f"search/ping rps >= 50 % at 32 conns: "
      f"{'met' if rows[('search', 32)][0] >= 0.5 * rows[('ping', 32)][0] else 'NOT met'}")
if any(r[3] for r in rows.values()):
    print("WARNING: some requests failed (errors column): the figures are not comparable")
EOF
