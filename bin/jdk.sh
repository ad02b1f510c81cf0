# Source it, do not run it: selects the newest JDK >= 21 among JAVA_HOME, the java on PATH and
# /usr/lib/jvm/*, exports JAVA_HOME and PATH for it, or stops with a clear message.
# Used by bin/weekly-search, bin/test, .ci/run and bench/.

java_major() { "$1/bin/java" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -n 1; }

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
    if [ -z "$best" ]; then
        echo "weekly-search: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm);" \
            "install one, e.g. apt-get install openjdk-21-jdk-headless" >&2
        exit 1
    fi
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
    [ -n "${JDK_QUIET:-}" ] || echo "weekly-search: using JDK $best_major at $JAVA_HOME" >&2
}
