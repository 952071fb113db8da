// Converting the C++ API's results into what crosses the Embind boundary: flat typed arrays
// (copied out of wasm memory, so JS never holds a view that heap growth would detach) and a few
// scalars. One JS object per token or edit would cost ~10x more; js/api/overlap-api-shape.mjs builds
// the public result shape from these arrays.
#pragma once

#include <emscripten/val.h>

#include <string_view>
#include <vector>

#include "overlap/overlap.hpp"

namespace overlap::wasm {

/// {spans: Uint32Array [start, end, ...] in UTF-16 code units, kinds: Uint8Array of TokenKind}.
/// `tokens` must tile `text` (as `segment` returns them).
emscripten::val tokens_to_js(const std::vector<Token>& tokens, std::string_view text);

/// An alignment whose offsets are already in UTF-16 units, as
/// {units, stats: Float64Array, passages: Uint32Array, similarity: Float64Array (one per
///  passage), edits: Uint32Array, warnings: string[]}; records laid out as layout.hpp says.
emscripten::val alignment_to_js(const Alignment& alignment);

/// A comparison with several sources, offsets already in UTF-16 units, as {units, stats:
/// Float64Array (A's record, then one per source), aShared: Float64Array (one per source),
/// sources: Uint32Array (each passage's source), passages, similarity, edits, warnings} with
/// the records of alignment_to_js().
emscripten::val sources_to_js(const SourcesAlignment& alignment);

/// layout.hpp as a JS object: {passage: {stride, aStart, aEnd, bStart, bEnd, moved, editCount},
/// edit: {stride, kind, aStart, ...}, stats: {stride, length, words, shared, passages, moved}}.
emscripten::val result_layout();

/// {error: code, message, subject}: the JS layer throws it as an OverlapError.
emscripten::val error_to_js(const Error& error);
emscripten::val error_to_js(std::string_view code, std::string_view message, std::string_view subject = {});

}  // namespace overlap::wasm
