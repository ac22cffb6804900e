#!/usr/bin/env bash
# tools/parse-cli/throughput.sh: bin/parse's steady-state throughput on the corpus's 8-Ks, one core against all
# cores, in one run (see docs/performance.md, "bin/parse on every core"). Run it from the repository root, alone
# on the machine (flock /work/team/heavy.lock here).
#
# Steady state: a run over ROUNDS copies of the 8-K list less a run over 2 copies, per round between them, so that
# JVM start, class loading and JIT warm-up fall out of the difference. Variants, one after the other in each
# repetition so that each sees the same machine:
#   base   BASE=path/to/parse-cli.jar, an older build to compare with (optional)
#   t1     bin/parse --threads 1: one parsing thread; the JVM's own threads (JIT, GC) may use another core
#   core1  taskset -c 0 bin/parse: the whole JVM on one core (it then sees one core, so one parsing thread)
#   all    bin/parse: one parsing thread per core
# Then peak RSS over 2 and ROUNDS copies, and ROUNDS copies in a 64 MB heap (memory does not grow with the
# number of files), and the output checksums of one thread and all cores (the same).
# Environment: EDGAR_CORPUS_DIR (default ../shared/corpus), ROUNDS (12), REPS (6), BASE.
set -euo pipefail

corpus=${EDGAR_CORPUS_DIR:-../shared/corpus}
parse=bin/parse
base=${BASE:-}
small=2
big=${ROUNDS:-12}
reps=${REPS:-6}

shopt -s nullglob
eightks=("$corpus"/files/8k_*)
if ((${#eightks[@]} == 0)); then
  echo "no 8-Ks in $corpus/files: set EDGAR_CORPUS_DIR" >&2
  exit 2
fi
bytes=$(cat "${eightks[@]}" | wc -c)
copies() { for ((i = 0; i < $1; i++)); do printf '%s\n' "${eightks[@]}"; done; }
mapfile -t smallList < <(copies "$small")
mapfile -t bigList < <(copies "$big")
"$parse" --threads 1 "${eightks[0]}" > /dev/null   # builds the jar first if it is stale
echo "8-Ks: ${#eightks[@]} files, $bytes bytes per round; $small and $big rounds; $(nproc) cores;" \
  "$(java -version 2>&1 | head -1)"

times=$(mktemp)
trap 'rm -f "$times"' EXIT
# Wall seconds and CPU (user + system) seconds of one run.
timed() {
  /usr/bin/time -f "%e %U %S" -o "$times" "$@" > /dev/null
  awk '{ print $1, $2 + $3 }' "$times"
}

for ((rep = 1; rep <= reps; rep++)); do
  for variant in ${base:+base} t1 core1 all; do
    case $variant in
      base) run=(java -jar "$base") ;;
      t1) run=("$parse" --threads 1) ;;
      core1) run=(taskset -c 0 "$parse") ;;
      all) run=("$parse") ;;
    esac
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r small_wall small_cpu < <(timed "${run[@]}" "${smallList[@]}")
    read -r big_wall big_cpu < <(timed "${run[@]}" "${bigList[@]}")
    awk -v variant="$variant" -v rep="$rep" -v load="$load" -v sw="$small_wall" -v bw="$big_wall" \
        -v sc="$small_cpu" -v bc="$big_cpu" -v bytes="$bytes" -v files="${#eightks[@]}" \
        -v rounds=$((big - small)) 'BEGIN {
      seconds = bw - sw
      printf "rep %d %-5s load %5s | wall %5.2f s, %6.2f s | steady %6.1f MB/s %5.0f files/s | CPU s per round %5.2f\n",
        rep, variant, load, sw, bw, rounds * bytes / seconds / 1e6, rounds * files / seconds, (bc - sc) / rounds }'
  done
done

for list in small big; do
  if [[ $list == big ]]; then files=("${bigList[@]}"); else files=("${smallList[@]}"); fi
  /usr/bin/time -f "all cores, ${#files[@]} files: peak RSS %M KB, %e s" "$parse" "${files[@]}" > /dev/null
done
JAVA_OPTS=-Xmx64m /usr/bin/time -f "all cores, ${#bigList[@]} files, -Xmx64m: peak RSS %M KB, %e s, exit %x" \
  "$parse" "${bigList[@]}" | sha256sum
"$parse" --threads 1 "${bigList[@]}" | sha256sum
