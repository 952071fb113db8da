// Converting the C++ API's results into what crosses the Embind boundary: flat typed arrays
// (copied out of wasm memory, so JS never holds a view that heap growth would detach) and a few
// scalars. One JS object per token or edit would cost ~10x more; js/overlap-api-shape.mjs builds
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
/// {stats: Float64Array[10], passages: Uint32Array[6n], similarity: Float64Array[n],
///  edits: Uint32Array[5m], warnings: string[]}; see the layout constants in convert.cpp.
emscripten::val alignment_to_js(const Alignment& alignment);

/// {error: code, message}: the JS layer throws it as an OverlapError.
emscripten::val error_to_js(const Error& error);
emscripten::val error_to_js(std::string_view code, std::string_view message);

}  // namespace overlap::wasm
