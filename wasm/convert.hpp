// Converting the C++ API's results into records for JS (record.hpp): flat typed arrays and a
// few scalars. One JS object per token or edit would cost ~10x more; js/api/overlap-api-shape.mjs
// builds the public result shape from these arrays.
#pragma once

#include <string_view>
#include <vector>

#include "overlap/overlap.hpp"
#include "record.hpp"

namespace overlap::wasm {

/// {spans: Uint32Array [start, end, ...] in UTF-16 code units, kinds: Uint8Array of TokenKind}.
/// `tokens` must tile `text` (as `segment` returns them).
Record tokens_record(const std::vector<Token>& tokens, std::string_view text);

/// An alignment whose offsets are already in UTF-16 units, as
/// {units, stats: Float64Array, passages: Uint32Array, similarity: Float64Array (one per
///  passage), edits: Uint32Array, warnings: string[]}; records laid out as layout.hpp says.
Record alignment_record(const Alignment& alignment);

/// A comparison with several sources, offsets already in UTF-16 units, as {units, stats:
/// Float64Array (A's record, then one per source), aShared: Float64Array (one per source),
/// sources: Uint32Array (each passage's source), passages, similarity, edits, warnings} with
/// the records of alignment_record().
Record sources_record(const SourcesAlignment& alignment);

/// layout.hpp for JS: {passage: {stride, aStart, aEnd, bStart, bEnd, moved, editCount},
/// edit: {stride, kind, aStart, ...}, stats: {stride, length, words, shared, passages, moved}}.
Record layout_record();

/// {error: code, message, subject}: the JS layer throws it as an OverlapError.
Record error_record(const Error& error);
Record error_record(std::string_view code, std::string_view message, std::string_view subject = {});

}  // namespace overlap::wasm
