#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ and runs them (see Fuzz/README.md).
#
#   scripts/fuzz.sh TARGET [SECONDS]    fuzz one target (default 60 s)
#   scripts/fuzz.sh all [SECONDS]       every target in turn
#   scripts/fuzz.sh smoke               every target for a few seconds; exit 1 on any crash
#   scripts/fuzz.sh repro TARGET FILE   run one saved input once and show how it ends
#   scripts/fuzz.sh write TARGET FILE DIR   the data directory a plans or plans-bounded input stands for
#   scripts/fuzz.sh build
#
# Each run fuzzes a copy of Fuzz/Corpus/TARGET (the committed corpus is never written) in
# Fuzz/.build/runs/TARGET-TIME/, with its log and crash inputs. Environment:
#   FUZZ_CONFIG=debug|release    build configuration (default debug: builds in a minute, runs slower)
#   FUZZ_KEEP_GOING=1            go on after a crash (libFuzzer -fork=1) to collect every distinct one
#   FUZZ_SMOKE_SECONDS=N         seconds per target in smoke (default 4)
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(recognitions observations targets designations regions plans plans-bounded)
CONFIG=${FUZZ_CONFIG:-debug}
SCRATCH=Fuzz/.build
BINARY=$SCRATCH/$CONFIG/srdi-fuzz
# Swift's crash reporter and AddressSanitizer deadlock over a crashing process; leaks are not
# looked for (the Swift runtime keeps caches that LeakSanitizer would report).
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1}

usage() { sed -n '4,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; }

build() {
  local started=$SECONDS
  mkdir -p "$SCRATCH"
  # SwiftPM passes --sanitize values one flag each, and swiftc keeps only the last: the combined
  # flag is what instruments Swift code for both.
  if ! swift build --package-path Fuzz --scratch-path "$SCRATCH" -c "$CONFIG" --product srdi-fuzz \
      --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=address \
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

# The crash an input causes, in one line: the fatal error or sanitizer report, and the first
# frame in the project's own sources.
crash_summary() {
  local target=$1 input=$2 log
  log=$(mktemp)
  "$BINARY" --target="$target" -runs=1 "$input" >"$log" 2>&1 || true
  local what frame
  what=$(grep -m1 -E 'Fatal error|ERROR: AddressSanitizer|ERROR: libFuzzer: (timeout|out-of-memory)' "$log" \
    | sed -E 's/^.*(Fatal error|ERROR)/\1/' || true)
  frame=$(grep -m1 -E ' in .* .*/Sources/(ProgressModel|Dashboard)/' "$log" \
    | sed -E 's/^.* ([^ ]*Sources\/[^ ]*)$/\1/; s/^.*Sources\///' || true)
  rm -f "$log"
  echo "${what:-no crash on replay} @ ${frame:-?}"
}

# Fuzzes one target; prints executions, speed and crashes. Returns 1 when it found a crash.
fuzz() {
  local target=$1 seconds=$2
  local run
  run="$SCRATCH/runs/$target-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$run/corpus"
  cp Fuzz/Corpus/"$target"/* "$run/corpus/"
  local options=(-max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1
                 -artifact_prefix="$run/")
  [ "${FUZZ_KEEP_GOING:-0}" = 1 ] && options+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  "$BINARY" --target="$target" "${options[@]}" "$run/corpus" >"$run/log" 2>&1 || true
  local executions rate
  executions=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$run/log" | grep -oE '[0-9]+$' | tail -1 || true)
  [ -n "$executions" ] || executions=$(grep -oE '^#[0-9]+' "$run/log" | tail -1 | tr -d '#' || true)
  rate=$(grep -oE 'stat::average_exec_per_sec: [0-9]+' "$run/log" | grep -oE '[0-9]+$' | tail -1 || true)
  [ -n "$rate" ] || rate=$(grep -oE 'exec/s: [0-9]+' "$run/log" | tail -1 | grep -oE '[0-9]+$' || true)
  local crashes=("$run"/crash-* "$run"/timeout-* "$run"/oom-*)
  local found=()
  local file
  for file in "${crashes[@]}"; do [ -e "$file" ] && found+=("$file"); done
  printf '%-14s %5s s  %8s executions  %5s exec/s  %s crash(es)   %s\n' \
    "$target" "$seconds" "${executions:-0}" "${rate:-0}" "${#found[@]}" "$run"
  if [ ${#found[@]} -gt 0 ]; then
    for file in "${found[@]}"; do echo "    $(basename "$file"): $(crash_summary "$target" "$file")"; done
    return 1
  fi
}

[ $# -ge 1 ] || usage
command=$1
shift
case "$command" in
  build) build ;;
  smoke)
    build
    status=0
    for target in "${TARGETS[@]}"; do fuzz "$target" "${FUZZ_SMOKE_SECONDS:-4}" || status=1; done
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
