#!/usr/bin/env bash
# The project's computed answers against the plain Lucene floor (../shared/floor), in process, one
# thread, over the same queries with the same JVM flags, alternated, at each scale of SCALES (1x is the
# corpus itself, Nx is N copies of each post as in bench/scale.sh). Prints each run's mean ms per query
# and bytes allocated per query, the peak RSS of each process, and the floor/project ratio (the project's
# lead: 2.0 means twice as fast as the floor). See bench/README.md.
# Environment: SCALES ("1 100"), ROUNDS (2 runs of each side per scale), PER_RUN (20 rounds over the
# queries measured per run, after each side's own warm-up round: the service runs warm, and the JIT
# takes tens of seconds to settle, so the mean is taken over a steady state rather than over the
# compiling; PER_RUN=3 was the default before, and its figures are the warm-up's), COUNT (1500
# queries), FLAGS (the server's JVM flags), FLOOR (../shared/floor).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SCALES=${SCALES:-"1 100"}
ROUNDS=${ROUNDS:-2}
PER_RUN=${PER_RUN:-20}
COUNT=${COUNT:-1500}
FLAGS=${FLAGS:-"-XX:+UseSerialGC -Xms192m -Xmx384m -Xmn128m"}
FLOOR=${FLOOR:-../shared/floor}

pick_jdk
ensure_jar
ensure_corpus
ensure_tools python3
[ -x "$FLOOR/floor.sh" ] || { echo "bench: $FLOOR/floor.sh not found (set FLOOR=DIR)" >&2; exit 1; }
[ -x /usr/bin/time ] || ensure_tools time
TMP=$(mktemp -d "${TMPDIR:-/tmp}/weekly-search-floor.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# run NAME CMD...: runs one side once, keeps its output in $TMP/NAME.out and its peak RSS (KB) in $TMP/NAME.rss.
run() {
    local name=$1
    shift
    /usr/bin/time -f '%M' -o "$TMP/$name.rss" "$@" >"$TMP/$name.out" 2>"$TMP/$name.err" \
        || { echo "bench: $name failed:" >&2; cat "$TMP/$name.err" >&2; exit 1; }
}

# Mean ms and bytes per query from either side's summary line.
project_figures() { sed -n 's/.*mean \([0-9.]*\) ms.* \([0-9,]*\) bytes allocated per query.*/\1 \2/p' "$1" | tr -d ,; }
floor_figures() { sed -n 's/.*mean=\([0-9.]*\) ms.*alloc=\([0-9]*\) bytes\/query.*/\1 \2/p' "$1"; }

summary=()
for scale in $SCALES; do
    echo "== ${scale}x =="
    dir=$TMP/x$scale
    mkdir -p "$dir"
    if [ "$scale" = 1 ]; then
        archive=$CORPUS
    else
        archive=$dir/archive
        make_archive "$scale" "$archive"
    fi
    # shellcheck disable=SC2086
    java $FLAGS -jar "$JAR" reindex --full --no-semantic --source "$archive" --index "$dir/idx" >/dev/null
    java -jar "$JAR" extract "$archive" >"$dir/entries.jsonl"
    FLOOR_JAVA_OPTS="$FLAGS" "$FLOOR/floor.sh" index "$dir/entries.jsonl" "$dir/floor" | sed 's/^/  floor: /'
    java -jar "$JAR" bench queries --index "$dir/idx" --count "$COUNT" --out "$dir/queries.txt" >/dev/null
    echo "  $(wc -l <"$dir/entries.jsonl") entries, $(wc -l <"$dir/queries.txt") queries"
    p_means=() f_means=()
    for r in $(seq 1 "$ROUNDS"); do
        # Alternate which side goes first, so that neither always runs on a machine warmed by the other.
        order="project floor"
        [ $((r % 2)) = 0 ] && order="floor project"
        for side in $order; do
            if [ "$side" = project ]; then
                # shellcheck disable=SC2086
                run project java $FLAGS -jar "$JAR" bench search --index "$dir/idx" --queries "$dir/queries.txt" --rounds "$PER_RUN"
                read -r mean bytes < <(project_figures "$TMP/project.out")
                p_means+=("$mean")
            else
                run floor env FLOOR_JAVA_OPTS="$FLAGS" "$FLOOR/floor.sh" bench "$dir/floor" "$dir/queries.txt" "$PER_RUN"
                read -r mean bytes < <(floor_figures "$TMP/floor.out")
                f_means+=("$mean")
            fi
            printf '  run %d %-7s mean %7.3f ms/query  %'"'"'11d bytes/query  peak RSS %4d MB\n' \
                "$r" "$side" "$mean" "$bytes" $(($(cat "$TMP/$side.rss") / 1024))
        done
    done
    line=$(python3 - "${p_means[*]}" "${f_means[*]}" "$scale" <<'PY'
import sys
p = [float(x) for x in sys.argv[1].split()]
f = [float(x) for x in sys.argv[2].split()]
ratios = [b / a for a, b in zip(p, f)]
print(f"{sys.argv[3]}x: project {' / '.join(f'{x:.2f}' for x in p)} ms, floor {' / '.join(f'{x:.2f}' for x in f)} ms, "
      f"floor/project {min(ratios):.2f}-{max(ratios):.2f} (goal >= 2.0)")
PY
)
    summary+=("$line")
done
echo
echo "== summary: mean ms per query, in process, one thread, flags: $FLAGS =="
printf '%s\n' "${summary[@]}"
