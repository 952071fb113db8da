// Per-text figures of an alignment.
#pragma once

#include <string_view>
#include <vector>

#include "overlap/types.hpp"
#include "text/document.hpp"

namespace overlap {

/// Length, words, and the share of non-space characters covered by `spans` (any order, may
/// overlap). Counts code points, so the share means the same in every unit.
TextStats text_stats(const text::Document& doc, std::vector<Span> spans, uint32_t moved);

/// Words of `doc` not wholly inside one of the `kept` spans (any order, may overlap).
uint32_t changed_words(const text::Document& doc, std::vector<Span> kept);

/// Fills in `changes` and each side's `changed` words from the passages' edits (see types.hpp).
void count_changes(Alignment& result, const text::Document& a, const text::Document& b);

}  // namespace overlap
