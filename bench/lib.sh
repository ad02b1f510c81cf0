# Shared by the bench scripts (source it, do not run it): JDK selection as in .ci/run, the jar, tools.
# The caller has `set -euo pipefail` and is in the project root.

CORPUS=${CORPUS:-../shared/corpus/sofa-weekly}
JAR=target/indexer.jar

java_major() { "$1/bin/java" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -n 1; }

# Same choice as .ci/run: the newest JDK >= 21 among JAVA_HOME, the java on PATH and /usr/lib/jvm/*.
pick_jdk() {
    local candidates=()
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    command -v java >/dev/null 2>&1 && candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    for d in /usr/lib/jvm/*; do candidates+=("$d"); done
    local best="" best_major=0 d m
    for d in "${candidates[@]}"; do
        [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
        m=$(java_major "$d")
        [ -n "$m" ] && [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ] && { best="$d"; best_major="$m"; }
    done
    [ -n "$best" ] || { echo "bench: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one, e.g. apt-get install openjdk-21-jdk-headless" >&2; exit 1; }
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
    echo "bench: using JDK $best_major at $JAVA_HOME"
}

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
