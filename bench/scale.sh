#!/usr/bin/env bash
# 100x scale: a synthetic archive of COPIES (default 100) copies of each post of CORPUS, each copy under
# its own slug and date, generated into a temporary folder at bench time (nothing is kept). Reports the
# full reindex time, the index size, the server's heap and RSS, and /search p50/p99 at 4 connections over
# distinct queries generated from that index (computed answers, lexical path). See bench/README.md.
# Environment: COPIES (100), DURATION (15s), COUNT (1500), SERVER (bin/weekly-search), SERVE_ARGS,
# REINDEX_ARGS (extra reindex options, e.g. --no-semantic: embedding 100x the entries takes far longer
# than indexing them, and the load below measures the lexical path anyway), WARMUP_MIN (40: seconds of
# load before measuring, at least; the JIT takes about a minute to settle on 2 cores), INDEX (an index of
# such an archive built before, e.g. by bench/floor.sh's steps: served as it is, no archive or reindex).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

COPIES=${COPIES:-100}
DURATION=${DURATION:-15s}
COUNT=${COUNT:-1500}
SERVER=${SERVER:-bin/weekly-search}

pick_jdk
ensure_tools wrk curl python3
ensure_corpus
TMP=$(mktemp -d "${TMPDIR:-/tmp}/weekly-search-scale.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

if [ -n "${INDEX:-}" ]; then
    idx=$INDEX
    reindex_s="(not run: INDEX=$INDEX)"
else
    echo "== generating $COPIES copies of each post of $CORPUS into $TMP/archive =="
    make_archive "$COPIES" "$TMP/archive"

    echo "== full reindex =="
    idx=$TMP/idx
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    $SERVER reindex --full ${REINDEX_ARGS:-} --source "$TMP/archive" --index "$idx" | sed 's/^/  /'
    end=$(date +%s.%N)
    reindex_s=$(python3 -c "print(f'{$end - $start:.1f} s wall')")
fi
size_mb=$(du -sm "$idx" | cut -f1)

echo "== load: 4 connections, $DURATION, computed answers, lexical path, warm-up ${WARMUP_MIN:-40} s at least =="
INDEX="$idx" MODES=lexical CONNS=4 DURATION="$DURATION" COUNT="$COUNT" WARMUP_MIN="${WARMUP_MIN:-40}" \
    SERVER="$SERVER" bench/load.sh | tee "$TMP/load.txt" | sed -n -e '/warm-up:/p' -e '/== summary/,$p'

echo
echo "== scale summary ($COPIES copies) =="
echo "reindex --full: $reindex_s; index: $size_mb MB"
grep -E '^lexical +/search +4 ' "$TMP/load.txt" | awk '{printf "lexical /search at 4 connections: p50 %s ms, p99 %s ms (goal p99 < 20 ms), %s rps\n", $5, $6, $4}'
grep -E '^lexical +RSS after load' "$TMP/load.txt"
