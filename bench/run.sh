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

echo "== build"
cmake --preset native >/dev/null
cmake --build --preset native --target overlap_bench overlap_cli
export NODE_PATH=/usr/share/nodejs
cmake --preset wasm >/dev/null
cmake --build --preset wasm

echo "== native"
if [ "$smoke" = 1 ]; then
  build/native/bench/overlap_bench --smoke --inputs "$inputs"
  echo "== wasm"
  node bench/wasm_bench.mjs --smoke --inputs "$inputs"
  exit 0
fi
build/native/bench/overlap_bench --inputs "$inputs" --benchmark_min_time=0.5 \
  --benchmark_out="$results/native.json" --benchmark_out_format=json

echo "== wasm against peers"
node bench/wasm_bench.mjs --inputs "$inputs" --max-size "$wasm_max_size" --out "$results/wasm.json"

if [ "$pan" = 1 ] && [ -d ../shared/corpora/pan13-train ]; then
  echo "== PAN corpus (one core)"
  corpus="$(cd ../shared/corpora/pan13-train && pwd)"
  /usr/bin/time -v build/native/overlap pan "$corpus" --jobs 1 >"$results/pan.txt" 2>"$results/pan.time" || true
  grep -i "overall" "$results/pan.txt" || true
  grep "Elapsed" "$results/pan.time" || true
fi

# Machine and versions for the table.
node - "$results/machine.json" <<'EOF'
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
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
}, null, 1));
EOF
node bench/report.mjs "$results"
