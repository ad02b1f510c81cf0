#!/usr/bin/env bash
# Hostile load with refreshes: serves a copy of the corpus through bin/weekly-search (its JVM flags, the
# admin token set), sends COUNT hostile requests (bench/Hostile.java: Lucene syntax, control characters,
# long strings, bad parameters, invalid UTF-8, over-long URLs and headers, unknown and admin paths) on
# CONNS connections, and meanwhile asks for REFRESHES refreshes spread over it (POST /admin/reindex), each
# over a copy whose every post was touched, so each one re-analyses every post. Loopback only; bounded
# by COUNT and MAX_SECONDS. Prints the answers by status, the 5xx count, and the server's RSS (VmRSS
# sampled every half second; VmHWM, the kernel's peak, at the end). Exit code 1 on any 5xx or non-JSON
# error. Environment: COUNT (100000), CONNS (16), MAX_SECONDS (900), REFRESHES (3), CORPUS (the shared
# corpus), SERVE_ARGS (extra serve options), JAVA_OPTS (passed to bin/weekly-search), NMT=1 (adds the JVM's
# native memory tracking and prints its summary at the end: where the non-heap memory goes).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

COUNT=${COUNT:-100000}
CONNS=${CONNS:-16}
MAX_SECONDS=${MAX_SECONDS:-900}
REFRESHES=${REFRESHES:-3}
TOKEN=bench-$RANDOM-$RANDOM

pick_jdk
ensure_jar
ensure_corpus
TMP=$(mktemp -d "${TMPDIR:-/tmp}/weekly-search-hostile.XXXXXX")
SERVER_PID=""
SAMPLER_PID=""
cleanup() {
    [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT

[ "${NMT:-0}" = 1 ] && export JAVA_OPTS="${JAVA_OPTS:-} -XX:NativeMemoryTracking=summary"
mkdir -p "$TMP/posts"
cp "$CORPUS"/*.md "$TMP/posts/"
# shellcheck disable=SC2086
WEEKLY_SEARCH_ADMIN_TOKEN=$TOKEN bin/weekly-search serve --source "$TMP/posts" --index "$TMP/index" --port 0 \
    --refresh 0 --config "$TMP/none.yml" ${SERVE_ARGS:-} > "$TMP/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 600); do
    grep -q '^serving http' "$TMP/serve.log" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$TMP/serve.log" >&2; exit 1; }
    sleep 0.5
done
URL=$(sed -nE 's|^serving (http://[^/]+)/.*|\1|p' "$TMP/serve.log" | head -1)
[ -n "$URL" ] || { echo "bench: the server did not start" >&2; cat "$TMP/serve.log" >&2; exit 1; }
rss() { awk -v k="$1:" '$1 == k {print int($2 / 1024)}' "/proc/$SERVER_PID/status"; }
RSS_START=$(rss VmRSS)
echo "bench: serving $URL (pid $SERVER_PID), RSS at start ${RSS_START} MB"

( max=0; while kill -0 "$SERVER_PID" 2>/dev/null; do
      v=$(awk '$1 == "VmRSS:" {print int($2 / 1024)}' "/proc/$SERVER_PID/status" 2>/dev/null || echo 0)
      [ "${v:-0}" -gt "$max" ] && { max=$v; echo "$max" > "$TMP/rss.max"; }
      sleep 0.5
  done ) &
SAMPLER_PID=$!

set +e
java bench/Hostile.java "$URL" "$COUNT" "$CONNS" "$MAX_SECONDS" "$TOKEN" "$REFRESHES" \
    "for f in '$TMP'/posts/*.md; do echo >> \"\$f\"; done"
STATUS=$?
set -e
sleep 1
echo "bench: refreshes by outcome: $(curl -s "$URL/metrics" | grep '^weeklysearch_refreshes_total' | tr '\n' ' ')"
echo "bench: last refresh: $(curl -s "$URL/health" | python3 -c 'import json,sys; r=json.load(sys.stdin)["refresh"]; print(r["lastRefresh"], r["lastError"])')"
echo "bench: RSS start ${RSS_START} MB, end $(rss VmRSS) MB (anonymous $(rss RssAnon) MB, files $(rss RssFile) MB), sampled peak $(cat "$TMP/rss.max" 2>/dev/null || echo "?") MB, VmHWM $(rss VmHWM) MB (goal: <= 512 MB)"
if [ "${NMT:-0}" = 1 ]; then
    jcmd "$SERVER_PID" VM.native_memory summary | grep -E '^(Total|-  *[A-Z][A-Za-z ]+ \(reserved)|.*Metaspace)' || true
    jcmd "$SERVER_PID" GC.heap_info || true
fi
echo "bench: server log lines with Exception/ERROR: $(grep -c -E 'Exception|ERROR' "$TMP/serve.log" || true)"
exit $STATUS
