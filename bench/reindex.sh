#!/usr/bin/env bash
# Reindex costs: a fresh full build, an incremental run with nothing changed against the JVM start-up
# floor (`--version`), then in-process indexing throughput against raw SmartCN. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

pick_jdk
ensure_tools hyperfine python3
ensure_corpus
ensure_jar

TMP=$(mktemp -d "${TMPDIR:-/tmp}/weekly-search-reindex.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
JAVA="$JAVA_HOME/bin/java"
RUN="$JAVA -jar $JAR"

echo
echo "== full reindex, whole process, 5 fresh runs =="
hyperfine -N --style basic --runs 5 --prepare "rm -rf $TMP/idx" \
    --export-json "$TMP/full.json" \
    -n "full reindex" "$RUN reindex --full --source $CORPUS --index $TMP/idx"

echo
echo "== incremental reindex with nothing changed vs JVM start-up (--version), 10 runs each =="
echo "preparing the index once:"
$RUN reindex --source "$CORPUS" --index "$TMP/inc" | sed 's/^/  /'
hyperfine -N --style basic --warmup 1 --runs 10 \
    --export-json "$TMP/inc.json" \
    -n "incremental no-change" "$RUN reindex --source $CORPUS --index $TMP/inc" \
    -n "start-up (--version)" "$RUN --version"
echo "one more incremental run, to show it found nothing to do:"
$RUN reindex --source "$CORPUS" --index "$TMP/inc" | sed 's/^/  /'

echo
echo "== summary (medians) =="
python3 - "$TMP/full.json" "$TMP/inc.json" <<'EOF'
import json, sys
medians = {}
for path in sys.argv[1:]:
    for r in json.load(open(path, encoding="utf-8"))["results"]:
        medians[r["command"]] = r["median"]
for name in ("full reindex", "incremental no-change", "start-up (--version)"):
    print(f"{name:<24} median {medians[name] * 1000:9.1f} ms")
ratio = medians["incremental no-change"] / medians["start-up (--version)"]
print(f"incremental no-change / --version: {ratio:.2f}  (target <= 1.5)")
EOF

echo
echo "== in-process: indexing vs raw SmartCN throughput (target >= 70 %) =="
$RUN bench analysis --source "$CORPUS"
