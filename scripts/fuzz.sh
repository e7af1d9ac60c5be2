#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ and runs them (see Fuzz/README.md).
#
#   scripts/fuzz.sh TARGET [SECONDS]    fuzz one target (default 60 s)
#   scripts/fuzz.sh all [SECONDS]       every target in turn
#   scripts/fuzz.sh smoke               every target for a few seconds; exit 1 on any crash
#   scripts/fuzz.sh repro TARGET FILE   run one saved input once and show how it ends
#   scripts/fuzz.sh crashes TARGET FILE...  the distinct crashes among saved inputs
#   scripts/fuzz.sh known              replay Fuzz/Crashes/TARGET-*: each one's crash, or "no crash"
#   scripts/fuzz.sh write TARGET FILE DIR   the data directory a plans or plans-bounded input stands for
#   scripts/fuzz.sh build
#
# Each run fuzzes a copy of Fuzz/Corpus/TARGET (recognitions-split: that of recognitions; the
# committed corpus is never written) in
# Fuzz/.build/runs/TARGET-TIME/, with its log and crash inputs. Environment:
#   FUZZ_CONFIG=debug|release    build configuration (default debug: builds in a minute, runs slower)
#   FUZZ_KEEP_GOING=1            go on after a crash (libFuzzer -fork=1) to collect every distinct one
#   FUZZ_SMOKE_SECONDS=N         seconds per target in smoke (default 4)
#   FUZZ_JOBS=N                  targets run at the same time in smoke (default 2)
#   FUZZ_DEEP=N                  count and draw one input in N, not every one (for long runs)
#   FUZZ_ADDRESS=0               without AddressSanitizer (traps and checks still crash; about
#                                twice the executions, for long runs); built in its own folder
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(recognitions recognitions-split observations targets designations regions workbook plans plans-bounded)
CONFIG=${FUZZ_CONFIG:-debug}
ADDRESS=${FUZZ_ADDRESS:-1}
SCRATCH=Fuzz/.build
[ "$ADDRESS" = 0 ] && SCRATCH=Fuzz/.build-plain
BINARY=$SCRATCH/$CONFIG/srdi-fuzz
# Swift's crash reporter and AddressSanitizer deadlock over a crashing process; leaks are not
# looked for (the Swift runtime keeps caches that LeakSanitizer would report).
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1}

usage() { sed -n '4,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; }

if [ "$ADDRESS" = 0 ]; then SANITIZE_FLAGS=(-Xswiftc -sanitize=fuzzer); else SANITIZE_FLAGS=(-Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=address); fi

build() {
  local started=$SECONDS
  mkdir -p "$SCRATCH"
  # SwiftPM passes --sanitize values one flag each, and swiftc keeps only the last: the combined
  # flag is what instruments Swift code for both.
  if ! swift build --package-path Fuzz --scratch-path "$SCRATCH" -c "$CONFIG" --product srdi-fuzz \
      --sanitize fuzzer "${SANITIZE_FLAGS[@]}" \
      >"$SCRATCH/build.log" 2>&1; then
    grep -v 'Cannot export local symbol' "$SCRATCH/build.log" | tail -40 >&2
    echo "fuzz.sh: build failed (full log: $SCRATCH/build.log)" >&2
    exit 1
  fi
  echo "built $BINARY ($CONFIG) in $((SECONDS - started)) s"
}

known_target() {
  local t
  for t in "${TARGETS[@]}"; do [ "$t" = "$1" ] && return 0; done
  return 1
}

# The crash an input causes, in one line: what failed (a fatal error, a runtime check, a
# sanitizer report) and the first two frames in the project's own sources (where, called from).
crash_summary() {
  local target=$1 input=$2 log what frame
  log=$(mktemp)
  "$BINARY" --target="$target" -runs=1 "$input" >"$log" 2>&1 || true
  what=$(grep -m1 -oE 'Fatal error: .*|Swift runtime failure: [^/]*[^/ ]|ERROR: AddressSanitizer: [a-z-]+|ERROR: libFuzzer: (timeout|out-of-memory)' "$log" || true)
  frame=$(grep -E ' in .* [^ ]*/Sources/(ProgressModel|Dashboard|FuzzTargets)/' "$log" \
    | sed -E 's/^.* [^ ]*Sources\/([^ ]*)$/\1/; s/(:[0-9]+):[0-9]+$/\1/' | uniq | head -2 | paste -sd '<' - || true)
  rm -f "$log"
  echo "${what:-no crash on replay} @ ${frame:-?}"
}

# Fuzzes one target; prints executions, speed and crashes. Returns 1 when it found a crash.
fuzz() {
  local target=$1 seconds=$2
  local run
  run="$SCRATCH/runs/$target-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$run/corpus"
  cp Fuzz/Corpus/"${target%-split}"/* "$run/corpus/"
  local options=(-max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1
                 -artifact_prefix="$run/")
  case "$target" in
    targets | designations) options+=(-dict=Fuzz/Dictionaries/yaml.dict) ;;
    recognitions* | observations | regions) options+=(-dict=Fuzz/Dictionaries/csv.dict) ;;
  esac
  [ -n "${FUZZ_DEEP:-}" ] && options+=(--deep="$FUZZ_DEEP")
  [ "${FUZZ_KEEP_GOING:-0}" = 1 ] && options+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  "$BINARY" --target="$target" "${options[@]}" "$run/corpus" >"$run/log" 2>&1 || true
  local executions rate
  executions=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$run/log" | grep -oE '[0-9]+$' | tail -1 || true)
  [ -n "$executions" ] || executions=$(grep -oE '^#[0-9]+' "$run/log" | tail -1 | tr -d '#' || true)
  rate=$(grep -oE 'stat::average_exec_per_sec: [0-9]+' "$run/log" | grep -oE '[0-9]+$' | tail -1 || true)
  [ -n "$rate" ] || rate=$(grep -oE 'exec/s: [0-9]+' "$run/log" | tail -1 | grep -oE '[0-9]+$' || true)
  local deep
  deep=$(grep -oE '[0-9]+ inputs counted and drawn' "$run/log" | grep -oE '^[0-9]+' | awk '{ n += $1 } END { print n + 0 }')
  local crashes=("$run"/crash-* "$run"/timeout-* "$run"/oom-*)
  local found=()
  local file
  for file in "${crashes[@]}"; do [ -e "$file" ] && found+=("$file"); done
  printf '%-18s %5s s  %9s executions (%s counted and drawn)  %5s exec/s  %s crash(es)   %s\n' \
    "$target" "$seconds" "${executions:-0}" "$deep" "${rate:-0}" "${#found[@]}" "$run"
  if [ ${#found[@]} -gt 0 ]; then
    distinct_crashes "$target" "${found[@]}"
    return 1
  fi
}

# Distinct crashes among saved inputs, each with how many inputs hit it and the smallest of them.
distinct_crashes() {
  local target=$1 file
  shift
  for file in "$@"; do printf '%s\t%s\t%s\n' "$(crash_summary "$target" "$file")" "$(wc -c <"$file")" "$file"; done \
      | sort -t$'\t' -k1,1 -k2,2n \
      | awk -F'\t' '{ n[$1]++; if (!($1 in first)) { first[$1] = $3; order[++k] = $1 } }
                    END { for (i = 1; i <= k; i++) printf "    %3d x %s\n          e.g. %s\n", n[order[i]], order[i], first[order[i]] }'
}

[ $# -ge 1 ] || usage
command=$1
shift
case "$command" in
  build) build ;;
  smoke)
    build
    # Two targets at a time (one per core), each printed when done, in order.
    results=$(mktemp -d)
    for target in "${TARGETS[@]}"; do
      while [ "$(jobs -rp | wc -l)" -ge "${FUZZ_JOBS:-2}" ]; do wait -n || true; done
      ( fuzz "$target" "${FUZZ_SMOKE_SECONDS:-4}" >"$results/$target" 2>&1 || touch "$results/$target.crashed" ) &
    done
    wait
    status=0
    for target in "${TARGETS[@]}"; do
      cat "$results/$target"
      [ -e "$results/$target.crashed" ] && status=1
    done
    rm -rf "$results"
    [ $status = 0 ] && echo "smoke: no crash" || echo "smoke: crashes found (inputs in $SCRATCH/runs/)"
    exit $status ;;
  all)
    build
    status=0
    for target in "${TARGETS[@]}"; do fuzz "$target" "${1:-60}" || status=1; done
    exit $status ;;
  repro)
    [ $# = 2 ] && known_target "$1" || usage
    build
    set +e
    "$BINARY" --target="$1" -runs=1 "$2"
    exit $? ;;
  known)
    build
    for file in Fuzz/Crashes/*; do
      printf '%-44s %s\n' "$(basename "$file")" "$(crash_summary "$(basename "$file" | sed -E 's/^(plans-bounded|[a-z]+)-.*/\1/')" "$file")"
    done ;;
  crashes)
    [ $# -ge 2 ] && known_target "$1" || usage
    build
    distinct_crashes "$@" ;;
  write)
    [ $# = 3 ] && [[ $1 == plans* ]] && known_target "$1" || usage
    build
    "$BINARY" --target="$1" --write="$3" "$2"
    echo "wrote $3 (try: srdi report --data $3 --as-of 2025-06-30)" ;;
  *)
    known_target "$command" || usage
    build
    fuzz "$command" "${1:-60}" ;;
esac
