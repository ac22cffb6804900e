# shellcheck shell=bash
# The one "rebuild if stale" of bin/: sourced by bin/parse, bin/bench, bin/load and bin/local.
#
#   build_if_stale --artifacts PATH... --from MODULE... --build MODULE... [-- MAVEN_OPTION...]
#
# PATH: what the script runs (a file or a directory), absolute or relative to the repository.
# --from: the Maven modules the artifacts are made of, their own and the ones they depend on; a module's
#   src/main and pom.xml are its sources, and the parent pom.xml counts for every script (it fixes versions).
# --build: the modules to package; -am (also make) builds what they depend on from this tree in the same
#   reactor, rather than taking whatever the shared ~/.m2 holds.
# MAVEN_OPTION: added to the Maven command (-DskipTests, or -Dmaven.test.skip=true).
#
# Builds when an artifact is missing, or is a file older than any source (a directory counts only by being there),
# saying so on stderr. Maven's own output goes to stderr as well: a script's stdout carries only what it prints.
# EDGAR_LOCAL_NO_BUILD=1 runs what is there (tests inside a Maven build set it: a nested build would race theirs).
#
# Also defines java_command: the java of JAVA_HOME when set, else the one on PATH.

build_if_stale() {
  [[ -n "${EDGAR_LOCAL_NO_BUILD:-}" ]] && return 0
  local repo name
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  name="bin/${0##*/}"
  local -a artifacts=() sources=("$repo/pom.xml") modules=() options=()
  local list=""
  while (($#)); do
    case "$1" in
      --artifacts | --from | --build) list="$1" ;;
      --)
        shift
        options=("$@")
        break
        ;;
      *)
        case "$list" in
          --artifacts) if [[ "$1" == /* ]]; then artifacts+=("$1"); else artifacts+=("$repo/$1"); fi ;;
          --from) sources+=("$repo/$1/src/main" "$repo/$1/pom.xml") ;;
          --build) modules+=("$1") ;;
          *)
            echo "build_if_stale: $1 comes before --artifacts, --from or --build" >&2
            return 2
            ;;
        esac
        ;;
    esac
    shift
  done

  local artifact reason=""
  for artifact in "${artifacts[@]}"; do
    if [[ ! -e "$artifact" ]]; then
      reason="${artifact#"$repo"/} is missing; building it with ./mvnw (the first build takes a minute or more)..."
      break
    fi
    if [[ -f "$artifact" && -n "$(find "${sources[@]}" -newer "$artifact" -print -quit 2>/dev/null)" ]]; then
      reason="sources changed since ${artifact#"$repo"/} was built; rebuilding it with ./mvnw..."
      break
    fi
  done
  if [[ -z "$reason" ]]; then
    return 0
  fi
  echo "$name: $reason" >&2
  local projects
  projects="$(IFS=,; echo "${modules[*]}")"
  (cd "$repo" && ./mvnw -q -B -pl "$projects" -am package ${options[@]+"${options[@]}"} 1>&2)
}

java_command() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    echo "$JAVA_HOME/bin/java"
  else
    echo java
  fi
}
