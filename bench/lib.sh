# Shared by the bench scripts (source it, do not run it): JDK selection (bin/jdk.sh), the jar, tools.
# The caller has `set -euo pipefail` and is in the project root.

CORPUS=${CORPUS:-../shared/corpus/sofa-weekly}
JAR=target/indexer.jar

# JDK selection shared with bin/ and .ci/run.
. bin/jdk.sh

# Builds the jar only when it is missing: a bench measures the jar you have; rebuild it yourself after changes.
ensure_jar() {
    if [ ! -f "$JAR" ]; then
        echo "bench: $JAR missing, building it (./mvnw -B -ntp -q -DskipTests package)"
        ./mvnw -B -ntp -q -DskipTests package
    fi
    [ -f "$JAR" ] || { echo "bench: the build did not produce $JAR" >&2; exit 1; }
}

ensure_corpus() {
    [ -d "$CORPUS" ] || { echo "bench: corpus folder $CORPUS not found (set CORPUS=DIR)" >&2; exit 1; }
}

# Installs Debian packages providing the given commands when missing, or fails saying what to install.
ensure_tools() {
    local missing=() t
    for t in "$@"; do command -v "$t" >/dev/null 2>&1 || missing+=("$t"); done
    [ ${#missing[@]} -eq 0 ] && return
    echo "bench: ${missing[*]} missing, installing with apt-get"
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq \
            && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || true
    fi
    for t in "${missing[@]}"; do
        command -v "$t" >/dev/null 2>&1 \
            || { echo "bench: $t is required and could not be installed; install it (e.g. apt-get install $t) and re-run" >&2; exit 1; }
    done
}

# make_archive COPIES OUT: COPIES copies of each post of CORPUS in the new folder OUT, each copy under its
# own slug and date (bench/README.md, "bench/scale.sh").
make_archive() {
    # A copy moves its post 7 days per copy number and names it <slug>-copy-N. Its questions get a copy
    # tag, so copied Q&As stay distinct entries; other kinds' copies (same titles, same versions) collapse
    # as reprints of one another, which is the collapsing path's worst case.
    python3 - "$CORPUS" "$2" "$1" <<'PY'
import datetime, os, re, sys
src, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out)
n = 0
for name in sorted(os.listdir(src)):
    if not name.endswith(".md"):
        continue
    text = open(os.path.join(src, name), encoding="utf-8").read()
    m = re.search(r"^date:\s*\"?(\d{4}-\d{2}-\d{2})", text, re.M)
    for k in range(copies):
        copy = text
        if m:
            day = datetime.date.fromisoformat(m.group(1)) - datetime.timedelta(days=7 * k)
            copy = copy[:m.start(1)] + day.isoformat() + copy[m.end(1):]
        if k:
            copy = re.sub(r"^> ", f"> c{k} ", copy, flags=re.M)
        with open(os.path.join(out, f"{name[:-3]}-copy-{k}.md"), "w", encoding="utf-8") as f:
            f.write(copy)
        n += 1
print(f"  {n} posts")
PY
}
