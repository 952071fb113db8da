// The layout of the flat arrays alignment_record() returns: where each field of a record sits
// and how long a record is. Defined here only: the module hands it to JS (the layout of
// overlap_info()) and js/api/overlap-api-shape.mjs reads the arrays through it, so a change
// here reaches JS by itself.
#pragma once

#include <cstdint>

namespace overlap::wasm::layout {

/// passages: Uint32Array, one record per passage.
namespace passage {
inline constexpr uint32_t a_start = 0, a_end = 1, b_start = 2, b_end = 3;
inline constexpr uint32_t moved = 4;       ///< 1 or 0
inline constexpr uint32_t edit_count = 5;  ///< the passage's records in `edits`, in order
inline constexpr uint32_t stride = 6;
}  // namespace passage

/// edits: Uint32Array, the edits of every passage one after the other.
namespace edit {
inline constexpr uint32_t kind = 0;  ///< an EditKind, named by overlap_info()'s editKinds
inline constexpr uint32_t a_start = 1, a_end = 2, b_start = 3, b_end = 4;
inline constexpr uint32_t stride = 5;
}  // namespace edit

/// stats: Float64Array, text A's record then text B's (or then one per source, comparing with several).
namespace stats {
inline constexpr uint32_t length = 0, words = 1, shared = 2, passages = 3, moved = 4;
inline constexpr uint32_t changed = 5;  ///< words of this text inside changes
inline constexpr uint32_t changes = 6;  ///< the alignment's count of changes (the same in both)
inline constexpr uint32_t stride = 7;
}  // namespace stats

}  // namespace overlap::wasm::layout
