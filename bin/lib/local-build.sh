# shellcheck shell=bash
# Sourced by bin/local and bin/reprocess: builds, with the Maven wrapper, what the local stack runs when it is missing
# or older than the sources: the functions' deployment packages (target/function.zip, the same files SAM deploys)
# and infra/local's jar with its Lambda runtime client. EDGAR_LOCAL_NO_BUILD=1 runs what is there (tests inside a
# Maven build set it: a nested build would race it). Maven's output goes to stderr: stdout is the command's own.
# Usage: local_build "$repo" "bin/NAME"
local_build() {
  local repo="$1" name="$2" artifact build=""
  local artifacts=(
    "$repo/infra/local/target/local.jar"
    "$repo/infra/local/target/lambda-runtime"
    "$repo/functions/ingest/target/function.zip"
    "$repo/functions/query/target/function.zip"
  )
  local sources=(
    "$repo/pom.xml" "$repo/samples"
    "$repo/functions/filing-parser/src/main" "$repo/functions/filing-parser/pom.xml"
    "$repo/functions/filing-store/src/main" "$repo/functions/filing-store/pom.xml"
    "$repo/functions/ingest/src/main" "$repo/functions/ingest/pom.xml"
    "$repo/functions/query/src/main" "$repo/functions/query/pom.xml"
    "$repo/infra/emulator/src/main" "$repo/infra/emulator/pom.xml"
    "$repo/infra/local/src/main" "$repo/infra/local/pom.xml"
  )
  [[ -n "${EDGAR_LOCAL_NO_BUILD:-}" ]] && return 0
  for artifact in "${artifacts[@]}"; do
    if [[ ! -e "$artifact" ]]; then
      echo "$name: ${artifact#"$repo"/} is missing; building with ./mvnw (the first time takes a few minutes)..." >&2
      build=yes
      break
    fi
    if [[ -f "$artifact" && -n "$(find "${sources[@]}" -newer "$artifact" -print -quit 2>/dev/null)" ]]; then
      echo "$name: sources changed since ${artifact#"$repo"/} was built; rebuilding with ./mvnw..." >&2
      build=yes
      break
    fi
  done
  if [[ "$build" == yes ]]; then
    (cd "$repo" && ./mvnw -q -B -Dmaven.test.skip=true -pl functions/ingest,functions/query,infra/local -am package 1>&2)
  fi
}

# The java of JAVA_HOME if set, else the one on PATH.
local_java() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    echo "$JAVA_HOME/bin/java"
  else
    echo java
  fi
}
