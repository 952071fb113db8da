#!/usr/bin/env bash
# Robustness checks for CI (issue 8): the native test suite under AddressSanitizer and
# UndefinedBehaviorSanitizer (the `asan` preset), then each libFuzzer target for a bounded time.
# Exits non-zero on any test failure, sanitizer report, invariant break, crash, timeout or OOM.
#
#   scripts/ci-robustness.sh                 # asan suite + each fuzzer for FUZZ_SECONDS
#   FUZZ_SECONDS=10 scripts/ci-robustness.sh --fuzz-only
#
# Environment: FUZZ_SECONDS (default 60) per target; JOBS (default 2). Findings are written to
# build/fuzz/findings/; reproduce one with build/fuzz/tests/fuzz/fuzz_<target> <file>.
# From a clean tree on 2 cores, about 7 minutes: asan build about 4.5 (the preset compiles at
# -O1 -g1, as sanitizer builds usually do: line tables are all a report needs, and -O2 -g took
# three times as long per file), its tests 1.5, fuzz build 0.8, fuzzing FUZZ_SECONDS (the three
# targets run side by side).
set -euo pipefail
cd "$(dirname "$0")/.."

FUZZ_SECONDS=${FUZZ_SECONDS:-60}
JOBS=${JOBS:-2}
run_asan=1
case "${1:-}" in
  --fuzz-only) run_asan=0 ;;
  "") ;;
  *) echo "usage: $0 [--fuzz-only]" >&2; exit 2 ;;
esac

step() { printf '\n== %s\n' "$*"; }

if ((run_asan)); then
  step "native suite under ASan + UBSan (preset asan)"
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$JOBS"
  # halt_on_error and -fno-sanitize-recover make any report a test failure.
  ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:strict_string_checks=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --preset asan -j "$JOBS"
fi

step "fuzz targets (clang, libFuzzer + ASan + UBSan)"
# The same settings as the `fuzz` configure preset, spelled out so this works without it.
cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DOVERLAP_BUILD_FUZZERS=ON \
  -DOVERLAP_BUILD_TESTS=OFF -DOVERLAP_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/fuzz -j "$JOBS" --target fuzz_compare fuzz_diff fuzz_segment fuzz_seeds

fuzz_dir=build/fuzz/tests/fuzz
findings=build/fuzz/findings
rm -rf "$findings" && mkdir -p "$findings"  # this run's findings only

# Runs one target for `seconds` on a fresh working corpus seeded from the vectors.
fuzz() {
  local target=$1 seeds=$2 seconds=$3
  local corpus=build/fuzz/corpus/$target log=build/fuzz/$target.log
  rm -rf "$corpus" && mkdir -p "$corpus"
  # -timeout: one input running this long is a hang; -rss_limit_mb: an OOM is a finding too.
  "$fuzz_dir/fuzz_$target" "$corpus" "$fuzz_dir/seeds/$seeds" \
    -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$findings/$target-" >"$log" 2>&1
}

report() {
  local target=$1 status=$2 log=build/fuzz/$1.log
  local runs
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [[ $status -eq 0 ]]; then
    printf 'fuzz_%-8s %10s executions in %ss, no finding\n' "$target" "${runs:-?}" "$FUZZ_SECONDS"
  else
    printf 'fuzz_%-8s FINDING (exit %s) after %s executions; log: %s\n' "$target" "$status" "${runs:-?}" "$log"
    grep -E 'INVARIANT BROKEN|ERROR: |SUMMARY: |runtime error|Test unit written' "$log" | head -20 || true
  fi
}

status=0
declare -A result
# Side by side: the wall time is FUZZ_SECONDS, whatever the number of cores.
declare -A pid
for target in compare diff segment; do
  seeds=pair && [[ $target == segment ]] && seeds=segment
  fuzz "$target" "$seeds" "$FUZZ_SECONDS" & pid[$target]=$!
done
for target in compare diff segment; do
  wait "${pid[$target]}" && result[$target]=0 || result[$target]=$?
done

step "fuzzing summary"
for target in compare diff segment; do
  report "$target" "${result[$target]}"
  ((result[$target] == 0)) || status=1
done
if compgen -G "$findings/*" >/dev/null; then
  echo "findings in $findings:" && ls -l "$findings"
  status=1
fi
exit "$status"
