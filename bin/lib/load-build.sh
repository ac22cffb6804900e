# shellcheck shell=bash
# Sourced by bin/load and bin/backfill: builds what they run with the Maven wrapper when it is missing or older than
# the sources: the functions' packages (target/function.zip), infra/local (with its Lambda runtime client) and
# benchmarks/api-load, in one reactor build so that target/classpath.txt names the jars it has just made. Maven's
# output goes to stderr: stdout carries only the report.
# Usage: load_build "$repo" "bin/NAME"
load_build() {
  local repo="$1" name="$2" artifact build=""
  local artifacts=(
    "$repo/benchmarks/api-load/target/api-load.jar"
    "$repo/benchmarks/api-load/target/classpath.txt"
    "$repo/infra/local/target/lambda-runtime"
    "$repo/infra/local/target/local.jar"
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
    "$repo/benchmarks/api-load/src/main" "$repo/benchmarks/api-load/pom.xml"
  )
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
    (cd "$repo" && ./mvnw -q -B -Dmaven.test.skip=true \
      -pl functions/ingest,functions/query,infra/local,benchmarks/api-load -am package 1>&2)
  fi
}

# Runs a main class of benchmarks/api-load on the jars the build made. infra/local finds the Lambda runtime client
# beside its jar; it is named here in case the classpath holds an installed copy.
# Usage: load_run "$repo" MAIN_CLASS ARGS...
load_run() {
  local repo="$1" main="$2"
  shift 2
  local java="java"
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    java="$JAVA_HOME/bin/java"
  fi
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options, split on purpose.
  exec "$java" ${JAVA_OPTS:-} -Dedgar.lambda.runtime="$repo/infra/local/target/lambda-runtime" \
    -cp "$repo/benchmarks/api-load/target/api-load.jar:$(cat "$repo/benchmarks/api-load/target/classpath.txt")" \
    "$main" --project-dir "$repo" "$@"
}
