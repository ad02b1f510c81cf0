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
