#!/usr/bin/env bash
# Writes the CLI's JSON for every pair of the PAN 2013 training corpus and every benchmark input
# into OUT_DIR, one file per pair and mode, so that two builds can be compared byte for byte:
# a refactor must leave every output as it was.
#
#   scripts/snapshot-outputs.sh OUT_DIR [OVERLAP_BINARY]
#   diff -r before/ after/ && echo identical
#
# Needs ../shared/corpora/pan13-train and the bench inputs (node bench/make_inputs.mjs
# --max-size 1000000 --out build/bench-inputs).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/snapshot-outputs.sh OUT_DIR [OVERLAP_BINARY]}"
overlap="$(realpath "${2:-build/native/overlap}")"
corpus=../shared/corpora/pan13-train
inputs=build/bench-inputs
mkdir -p "$out/pan" "$out/bench"

if [ -f "$corpus/pairs" ]; then
  # Each line: "suspicious-documentNNNNN.txt source-documentMMMMM.txt".
  export overlap corpus out
  xargs -P "$(nproc)" -L 1 sh -c \
    '"$overlap" --json "$corpus/susp/$0" "$corpus/src/$1" > "$out/pan/${0%.txt}-${1%.txt}.json"' \
    < "$corpus/pairs"
fi
if [ -f "$inputs/manifest.json" ]; then
  for a in "$inputs"/*.a.txt; do
    name="$(basename "$a" .a.txt)"
    b="$inputs/$name.b.txt"
    "$overlap" --json "$a" "$b" > "$out/bench/$name.compare.json"
    "$overlap" --json --mode diff "$a" "$b" > "$out/bench/$name.diff.json"
  done
fi
echo "snapshot: $(find "$out" -name '*.json' | wc -l) outputs in $out"
