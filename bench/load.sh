#!/usr/bin/env bash
# Service load: /search over >= 1,000 distinct queries generated from the index at bench time, against
# the constant /ping floor, at 1, 4 and 32 connections, on one loopback server per mode:
#   lexical  computed answers (--result-cache 0), lexical retrieval only (--no-semantic, when the build has it)
#   hybrid   computed answers, lexical + semantic (only when the build has --no-semantic, i.e. a semantic path)
#   cached   the answer cache on (its default), lexical: what repeated popular queries cost, over the first
#            CACHED_COUNT queries (1000): the cache keeps the first 1,024 answers, so cycling all 1,500
#            would compute a third of the requests
# Each server is warmed up until the JIT has settled. Prints p50/p99/rps per mode and connections, search/ping
# ratios, the server's CPU per request (and the JIT compiler's part), and its RSS after its load.
# See bench/README.md. Environment overrides:
#   DURATION (10s), WARMUP (10s: one warm-up round), WARMUP_MIN (0) and WARMUP_MAX (240): seconds of warm-up
#   at least and at most,
#   COUNT (1500 queries), CACHED_COUNT (1000), CONNS ("1 4 32"), MODES ("lexical hybrid cached"),
#   SERVER (bin/weekly-search: how the server is run; e.g. "java -jar /tmp/old.jar" to measure another build),
#   QUERY_CMD (same as SERVER: what runs `bench queries`), SERVE_ARGS (extra `serve` options for every mode),
#   INDEX (an existing index to serve instead of building one of CORPUS), MIN_HAN (0: keep only the queries
#   holding at least that many Chinese characters, e.g. 4 for issue 23's natural questions).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
WARMUP_MAX=${WARMUP_MAX:-240}
WARMUP_MIN=${WARMUP_MIN:-0}
COUNT=${COUNT:-1500}
CACHED_COUNT=${CACHED_COUNT:-1000}
CONNS=${CONNS:-1 4 32}
MODES=${MODES:-lexical hybrid cached}
SERVER=${SERVER:-bin/weekly-search}
QUERY_CMD=${QUERY_CMD:-$SERVER}
THREADS=2
HOST=127.0.0.1

pick_jdk
ensure_tools wrk curl python3
TMP=$(mktemp -d "${TMPDIR:-/tmp}/weekly-search-load.XXXXXX")
SERVER_PID=""
stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}
trap 'stop_server; rm -rf "$TMP"' EXIT

if [ -z "${INDEX:-}" ]; then
    ensure_corpus
    INDEX="$TMP/idx"
    echo "== building the index of $CORPUS =="
    # shellcheck disable=SC2086
    $SERVER reindex --full --source "$CORPUS" --index "$INDEX" | sed 's/^/  /'
fi
echo "== generating $COUNT distinct queries from the index =="
# shellcheck disable=SC2086
$QUERY_CMD bench queries --index "$INDEX" --count "$COUNT" --out "$TMP/queries.txt" | sed 's/^/  /'
if [ "${MIN_HAN:-0}" -gt 0 ]; then
    # Issue 23's budget is for natural questions: queries of at least MIN_HAN Chinese characters.
    grep -P "(\\p{Han}.*){${MIN_HAN}}" "$TMP/queries.txt" >"$TMP/han-queries.txt" || true
    mv "$TMP/han-queries.txt" "$TMP/queries.txt"
    echo "  $(wc -l <"$TMP/queries.txt") of them hold at least $MIN_HAN Chinese characters (MIN_HAN)"
fi
export QUERIES="$TMP/queries.txt"
ALL_QUERIES=$QUERIES
head -n "$CACHED_COUNT" "$ALL_QUERIES" >"$TMP/cached-queries.txt"
echo "  e.g.: $(shuf -n 5 --random-source=<(yes) "$QUERIES" | paste -sd '|' | sed 's/|/ | /g')"

# shellcheck disable=SC2086
if $SERVER serve --help 2>/dev/null | grep -q -- '--no-semantic'; then
    LEXICAL=--no-semantic
else
    LEXICAL=""
    echo "== this build has no --no-semantic: lexical is its only path, the hybrid mode is skipped =="
    MODES=$(tr ' ' '\n' <<<"$MODES" | grep -v '^hybrid$' | paste -sd ' ' || true)
fi

start_server() { # args: extra serve options
    local port
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    BASE="http://$HOST:$port"
    # --web points at a missing folder: static files are not what is measured.
    # shellcheck disable=SC2086
    $SERVER serve --index "$INDEX" --host "$HOST" --port "$port" --web "$TMP/no-web" "$@" ${SERVE_ARGS:-} >"$TMP/serve.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 240); do
        curl -fsS "$BASE/health" >/dev/null 2>&1 && break
        kill -0 "$SERVER_PID" 2>/dev/null || { echo "bench: the server exited:" >&2; cat "$TMP/serve.log" >&2; exit 1; }
        sleep 0.5
    done
    curl -fsS "$BASE/health" >/dev/null || { echo "bench: no answer on $BASE/health after 120 s" >&2; cat "$TMP/serve.log" >&2; exit 1; }
    echo "  server: $(tr '\0' ' ' </proc/"$SERVER_PID"/cmdline | cut -c1-300)"
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --get --data-urlencode "q=$(head -n 1 "$QUERIES")" "$BASE/search")
    [ "$code" = 200 ] || { echo "bench: /search answered $code" >&2; exit 1; }
}

# The server's CPU ticks so far, "all jit": summed over its threads, the JIT's compiler threads apart.
server_cpu() {
    local all=0 jit=0 t ticks
    for t in /proc/"$SERVER_PID"/task/*; do
        ticks=$(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0)
        all=$(( all + ticks ))
        grep -q 'CompilerThre' "$t/comm" 2>/dev/null && jit=$(( jit + ticks ))
    done
    echo "$all $jit"
}
# Server CPU per answered request between two server_cpu readings, and the JIT compiler's part of it.
cpu_per_request() { # args: "all jit" before, "all jit" after, wrk output
    python3 - "$1" "$2" "$3" "$(getconf CLK_TCK)" <<'PY'
import re, sys
(a0, j0), (a1, j1) = (map(int, x.split()) for x in sys.argv[1:3])
n = int(re.search(r"(\d+) requests in", open(sys.argv[3], encoding="utf-8").read()).group(1))
ms = 1000.0 / int(sys.argv[4])
print(f"server CPU per request: {(a1 - a0) * ms / max(n, 1):.3f} ms, of which JIT compiler {(j1 - j0) * ms / max(n, 1):.3f} ms")
PY
}
# Warms the server up until the JIT has settled: a load run until the compiler threads' share of the server's CPU
# over a WARMUP round falls under 5 % (at least WARMUP_MIN, at most WARMUP_MAX seconds). A fresh JVM compiles for a minute or more
# under this load; measuring before that reports the compiler, not the query path. For `cached`, the warm-up
# also fills the answer cache (every query once at least).
warm_up() {
    local started=$SECONDS before after share
    while :; do
        before=$(server_cpu)
        wrk -t"$THREADS" -c4 -d"$WARMUP" -s bench/queries.lua "$BASE" >/dev/null
        after=$(server_cpu)
        share=$(python3 -c 'import sys; (a0, j0), (a1, j1) = (map(int, x.split()) for x in sys.argv[1:3]); print(round(100 * (j1 - j0) / max(a1 - a0, 1)))' "$before" "$after")
        if { [ "$share" -lt 5 ] && [ $(( SECONDS - started )) -ge "$WARMUP_MIN" ]; } \
            || [ $(( SECONDS - started )) -ge "$WARMUP_MAX" ]; then
            echo "  warm-up: $(( SECONDS - started )) s of load at 4 connections; the JIT compiler's share of the server's CPU in the last ${WARMUP}: ${share} %"
            break
        fi
    done
    wrk -t"$THREADS" -c4 -d2s "$BASE/ping" >/dev/null
}

rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status"; }

for mode in $MODES; do
    QUERIES=$ALL_QUERIES
    case $mode in
        lexical) args=(--result-cache 0 $LEXICAL) ;;
        hybrid) args=(--result-cache 0) ;;
        cached) args=($LEXICAL); QUERIES="$TMP/cached-queries.txt" ;;
        *) echo "bench: unknown mode $mode" >&2; exit 2 ;;
    esac
    echo "== $mode: serve ${args[*]} ${SERVE_ARGS:-}; $(wc -l <"$QUERIES") distinct queries =="
    start_server "${args[@]}"
    warm_up
    conns=$CONNS
    [ "$mode" = cached ] && conns=4
    for c in $conns; do
        echo "-- $mode /search, $c connections, $DURATION"
        cpu_before=$(server_cpu)
        wrk -t"$(( c < THREADS ? c : THREADS ))" -c"$c" -d"$DURATION" --latency -s bench/queries.lua "$BASE" >"$TMP/$mode-search-$c.txt"
        cpu_after=$(server_cpu)
        grep -E 'Requests/sec|  50%|  99%|Non-2xx|Socket' "$TMP/$mode-search-$c.txt" | sed 's/^/   /'
        cpu_per_request "$cpu_before" "$cpu_after" "$TMP/$mode-search-$c.txt" | tee "$TMP/$mode-cpu-$c.txt" | sed 's/^/   /'
        echo "-- $mode /ping, $c connections, $DURATION"
        wrk -t"$(( c < THREADS ? c : THREADS ))" -c"$c" -d"$DURATION" --latency "$BASE/ping" >"$TMP/$mode-ping-$c.txt"
        grep -E 'Requests/sec|  50%|  99%' "$TMP/$mode-ping-$c.txt" | sed 's/^/   /'
    done
    rss_mb >"$TMP/$mode-rss.txt"
    echo "  RSS after the load: $(cat "$TMP/$mode-rss.txt") MB"
    # The heap: what the collector has committed, and what stays live after a full collection.
    heap_kb() { jcmd "$SERVER_PID" GC.heap_info 2>/dev/null | grep -vE 'Metaspace|class space' | grep -oE "$1 [0-9]+K" \
        | grep -oE '[0-9]+' | paste -sd+ | bc 2>/dev/null || echo 0; }
    committed=$(heap_kb committed) # G1, ZGC
    [ "${committed:-0}" -gt 0 ] 2>/dev/null || committed=$(heap_kb total) # serial, parallel
    jcmd "$SERVER_PID" GC.run >/dev/null 2>&1 || true
    live=$(heap_kb used)
    echo "  heap: $(( ${committed:-0} / 1024 )) MB committed after the load, $(( ${live:-0} / 1024 )) MB live after a full GC" | tee "$TMP/$mode-heap.txt"
    stop_server
done

echo
cached_note=""
grep -qw cached <<<"$MODES" && cached_note="; cached: the first $(wc -l <"$TMP/cached-queries.txt") of them"
echo "== summary ($(wc -l <"$ALL_QUERIES") distinct queries$cached_note) =="
python3 - "$TMP" "$MODES" <<'EOF'
import os, re, sys
tmp, modes = sys.argv[1], sys.argv[2].split()
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

def cpu(mode, c):
    m = re.search(r"([\d.]+) ms, of which JIT compiler ([\d.]+) ms", open(f"{tmp}/{mode}-cpu-{c}.txt", encoding="utf-8").read())
    return f"{m.group(1)} ({m.group(2)})"

print(f"{'mode':<8} {'endpoint':<8} {'conns':>5} {'rps':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6} {'KB/resp':>7} {'search/ping':>11} "
      f"{'CPU ms/req (JIT)':>17}")
failed = False
rows = {}
for mode in modes:
    for c in (1, 4, 32):
        if not os.path.exists(f"{tmp}/{mode}-search-{c}.txt"):
            continue
        s = rows[(mode, c)] = parse(f"{tmp}/{mode}-search-{c}.txt")
        p = parse(f"{tmp}/{mode}-ping-{c}.txt")
        failed |= bool(s[3] or p[3])
        print(f"{mode:<8} {'/search':<8} {c:>5} {s[0]:>9.0f} {s[1]:>8.3f} {s[2]:>8.3f} {s[3]:>6} {s[4]:>7.1f} {100 * s[0] / p[0]:>10.1f}% "
              f"{cpu(mode, c):>17}")
        print(f"{mode:<8} {'/ping':<8} {c:>5} {p[0]:>9.0f} {p[1]:>8.3f} {p[2]:>8.3f} {p[3]:>6} {p[4]:>7.1f}")
    print(f"{mode:<8} RSS after load: {open(f'{tmp}/{mode}-rss.txt').read().strip()} MB; "
          f"{open(f'{tmp}/{mode}-heap.txt').read().strip()}")
if ("lexical", 4) in rows:
    s4 = rows[("lexical", 4)]
    print(f"targets (lexical, 4 connections): p50 < 1 ms: {s4[1]:.3f} ms ({'met' if s4[1] < 1 else 'NOT met'}); "
          f"p99 < 5 ms: {s4[2]:.3f} ms ({'met' if s4[2] < 5 else 'NOT met'})")
if ("lexical", 32) in rows:
    s, p = rows[("lexical", 32)], parse(f"{tmp}/lexical-ping-32.txt")
    print(f"target (lexical, 32 connections): search >= 10 % of /ping: {100 * s[0] / p[0]:.1f} % "
          f"({'met' if s[0] >= 0.1 * p[0] else 'NOT met'})")
if ("hybrid", 1) in rows:
    print(f"target (hybrid, 1 connection): p50 < 8 ms: {rows[('hybrid', 1)][1]:.3f} ms")
if failed:
    print("WARNING: some requests failed (errors column): the figures are not comparable")
EOF
