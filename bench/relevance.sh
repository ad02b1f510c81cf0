#!/usr/bin/env bash
# Relevance figures: runs RelevanceTest (queries with known answers over the corpus) and prints the
# lines it reports starting with `relevance:` / `relevance-lexical:` (the tuned set, queries.tsv) and
# `relevance-unseen:` / `relevance-unseen-lexical:` (the set written blind to the ranking, unseen.tsv) and
# `relevance-unseen2:` / `relevance-unseen2-lexical:` (the second blind set, unseen2.tsv) and
# `relevance-unseen3:` / `relevance-unseen3-lexical:` (the third blind set, unseen3.tsv, a reader's mix):
# MRR@10, Recall@10, Success@1, overall and per query group. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

pick_jdk
REPORTS=target/surefire-reports
LOG=$(mktemp "${TMPDIR:-/tmp}/weekly-search-relevance.XXXXXX")
trap 'rm -f "$LOG"' EXIT
# Stale reports of an earlier run must not pass for this run's figures.
rm -f "$REPORTS"/*RelevanceTest*

status=0
./mvnw -B -ntp -q test -Dtest=RelevanceTest -Dsurefire.failIfNoSpecifiedTests=false >"$LOG" 2>&1 || status=$?

# The test's stdout lands in the console log, and in the reports (-output.txt or the XML's system-out).
figures=$(cat "$LOG" "$REPORTS"/*RelevanceTest*.txt "$REPORTS"/*RelevanceTest*.xml 2>/dev/null \
    | grep -E "^relevance(-unseen[23]?|-typos)?(-lexical)?:" | awk '!seen[$0]++' || true)
if [ -n "$figures" ]; then
    echo "$figures"
else
    echo "bench: no figures: RelevanceTest is missing, was skipped (no corpus?) or printed no 'relevance:' line"
fi
if [ "$status" -ne 0 ]; then
    echo "bench: the test run failed (exit $status); its last lines:" >&2
    tail -n 30 "$LOG" >&2
    exit "$status"
fi
