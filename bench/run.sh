#!/usr/bin/env bash
# One command for the benchmarks: generate the inputs, build native and wasm, run both, and
# rewrite the results table in bench/README.md.
#
#   bench/run.sh                  everything (pairs up to 10 MB per side, the PAN corpus run)
#   bench/run.sh --max-size N     only pairs up to N bytes per side (e.g. 1000000)
#   bench/run.sh --no-pan         skip the whole-corpus CLI run
#   bench/run.sh --smoke          CI: build, run every benchmark once on the smallest pairs,
#                                 leave README alone; never fails on timings
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=0 pan=1 max_size=10000000 wasm_max_size=""
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1 ;;
    --no-pan) pan=0 ;;
    --max-size) max_size="$2"; shift ;;
    --wasm-max-size) wasm_max_size="$2"; shift ;;
    *) echo "usage: bench/run.sh [--smoke] [--no-pan] [--max-size BYTES] [--wasm-max-size BYTES]" >&2; exit 2 ;;
  esac
  shift
done
[ "$smoke" = 1 ] && max_size=10000
wasm_max_size="${wasm_max_size:-$max_size}"

inputs=build/bench-inputs results=build/bench-results
[ "$smoke" = 1 ] && inputs=build/bench-inputs-smoke results=build/bench-results-smoke
mkdir -p "$results"

echo "== inputs"
node bench/make_inputs.mjs --max-size "$max_size" --out "$inputs"

# Native: built from a snapshot of the last commit, in build directories of its own, so the
# figures belong to one commit and a build running elsewhere in the tree cannot interfere.
echo "== build native (snapshot of $(git rev-parse --short HEAD))"
commit="$(git rev-parse --short HEAD)"
rm -rf build/bench-src && mkdir -p build/bench-src
git archive HEAD | tar -x -C build/bench-src
cmake -S build/bench-src -B build/bench-native -DCMAKE_BUILD_TYPE=Release \
  -DOVERLAP_BUILD_TESTS=OFF -DOVERLAP_BUILD_BENCHMARKS=ON >/dev/null
cmake --build build/bench-native -j 2 --target overlap_bench overlap_cli
bench_bin=build/bench-native/bench/overlap_bench
cli_bin=build/bench-native/overlap

# WebAssembly: dist/ is what users load; rebuild it through the preset, and if that fails (a
# build of someone else's in progress) measure the dist/ that is there.
echo "== build wasm"
export NODE_PATH=/usr/share/nodejs
if ! { cmake --preset wasm >/dev/null && cmake --build --preset wasm; }; then
  [ -f dist/overlap.mjs ] || { echo "no dist/overlap.mjs" >&2; exit 1; }
  echo "wasm build failed; measuring the existing dist/" >&2
fi
node js/build-view.mjs

echo "== native"
if [ "$smoke" = 1 ]; then
  "$bench_bin" --smoke --inputs "$inputs"
  echo "== wasm"
  node bench/wasm_bench.mjs --smoke --inputs "$inputs"
  echo "== widget"
  node bench/widget_bench.mjs --smoke --inputs "$inputs"
  exit 0
fi
"$bench_bin" --inputs "$inputs" --benchmark_min_time=0.5 \
  --benchmark_out="$results/native.json" --benchmark_out_format=json

echo "== wasm against peers"
node bench/wasm_bench.mjs --inputs "$inputs" --max-size "$wasm_max_size" --out "$results/wasm.json"

echo "== the widget in Chromium"
node bench/widget_bench.mjs --inputs "$inputs" --out "$results/widget.json"

if [ "$pan" = 1 ] && [ -d ../shared/corpora/pan13-train ]; then
  echo "== PAN corpus (one core)"
  corpus="$(cd ../shared/corpora/pan13-train && pwd)"
  /usr/bin/time -v "$cli_bin" pan "$corpus" --jobs 1 >"$results/pan.txt" 2>"$results/pan.time" || true
  grep -i "overall" "$results/pan.txt" || true
  grep "Elapsed" "$results/pan.time" || true
fi

# Machine and versions for the table.
BENCH_COMMIT="$commit" node - "$results/machine.json" <<'EOF'
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const sh = (c) => { try { return execSync(c, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return '?'; } };
fs.writeFileSync(process.argv[2], JSON.stringify({
  cpu: sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-"),
  nproc: sh('nproc'),
  compiler: sh('c++ --version | head -1'),
  icu: sh('pkg-config --modversion icu-uc'),
  node: process.version,
  emscripten: sh("dpkg-query -W -f='${Version}' emscripten"),
  benchmark: sh("dpkg-query -W -f='${Version}' libbenchmark-dev"),
  commit: process.env.BENCH_COMMIT,
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
}, null, 1));
EOF
node bench/report.mjs "$results"
