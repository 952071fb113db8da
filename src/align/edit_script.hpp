// Word-level edits inside a passage: what a careful editor would mark between its two sides.
#pragma once

#include <cstdint>
#include <vector>

#include "overlap/types.hpp"
#include "align/token_diff.hpp"
#include "text/document.hpp"

namespace overlap::align {

struct EditScript {
  std::vector<Edit> edits;
  uint32_t words_a = 0, words_b = 0;  ///< words on each side of the passage
  uint32_t kept_words = 0;            ///< words matched between the sides (counted once)
  double similarity() const {
    return words_a + words_b ? 2.0 * kept_words / double(words_a + words_b) : 1.0;
  }
};

/// The edits turning tokens [ta0, ta1) of A into tokens [tb0, tb1) of B. Their A spans tile
/// [start of ta0, end of ta1 - 1) and their B spans likewise; white space between tokens goes
/// with the token before it. Words whose match keys agree but whose letters differ (case,
/// quotes) are shown as character edits of the differing part ("P" -> "Meanwhile, p").
/// `ops` is the token diff of those ranges (see token_diff.hpp).
EditScript edit_script(const text::Document& a, uint32_t ta0, uint32_t ta1,
                       const text::Document& b, uint32_t tb0, uint32_t tb1,
                       const std::vector<TokenOp>& ops);

}  // namespace overlap::align
