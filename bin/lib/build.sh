# shellcheck shell=bash
# Sourced by the bin/ scripts: builds, with the Maven wrapper, what a script runs when it is missing or older than
# its sources. Maven's output goes to stderr: stdout is the script's own. EDGAR_LOCAL_NO_BUILD=1 runs what is there
# (tests inside a Maven build set it: a nested build would race it).
# Usage: build_if_stale REPO NAME MODULES ARTIFACT... -- SOURCE...
#   MODULES: the reactor's -pl list (with -am); ARTIFACTS and SOURCES relative to REPO.
build_if_stale() {
  local repo="$1" name="$2" modules="$3" artifact
  shift 3
  local artifacts=() sources=()
  while [[ $# -gt 0 && "$1" != "--" ]]; do artifacts+=("$repo/$1"); shift; done
  [[ $# -gt 0 ]] && shift
  while [[ $# -gt 0 ]]; do sources+=("$repo/$1"); shift; done
  [[ -n "${EDGAR_LOCAL_NO_BUILD:-}" ]] && return 0
  for artifact in "${artifacts[@]}"; do
    if [[ ! -e "$artifact" ]]; then
      echo "$name: ${artifact#"$repo"/} is missing; building with ./mvnw (the first time takes a few minutes)..." >&2
      (cd "$repo" && ./mvnw -q -B -Dmaven.test.skip=true -pl "$modules" -am package 1>&2)
      return
    fi
    if [[ -f "$artifact" && -n "$(find "${sources[@]}" -newer "$artifact" -print -quit 2>/dev/null)" ]]; then
      echo "$name: sources changed since ${artifact#"$repo"/} was built; rebuilding with ./mvnw..." >&2
      (cd "$repo" && ./mvnw -q -B -Dmaven.test.skip=true -pl "$modules" -am package 1>&2)
      return
    fi
  done
}

# What the local stack runs: the functions' packages (the files SAM deploys) and infra/local with its Lambda runtime.
LOCAL_ARTIFACTS=(infra/local/target/local.jar infra/local/target/lambda-runtime
  functions/ingest/target/function.zip functions/query/target/function.zip)
LOCAL_SOURCES=(pom.xml samples
  functions/filing-parser/src/main functions/filing-parser/pom.xml
  functions/filing-store/src/main functions/filing-store/pom.xml
  functions/ingest/src/main functions/ingest/pom.xml
  functions/query/src/main functions/query/pom.xml
  infra/emulator/src/main infra/emulator/pom.xml
  infra/local/src/main infra/local/pom.xml)
export LOCAL_ARTIFACTS LOCAL_SOURCES

# The java of JAVA_HOME if set, else the one on PATH.
java_command() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    echo "$JAVA_HOME/bin/java"
  else
    echo java
  fi
}
