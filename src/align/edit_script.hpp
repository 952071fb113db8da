// Word-level edits inside a passage: what a careful editor would mark between its two sides.
#pragma once

#include <cstdint>
#include <vector>

#include "overlap/types.hpp"
#include "align/similarity.hpp"
#include "align/token_diff.hpp"
#include "text/document.hpp"

namespace overlap::align {

/// What a token diff keeps and changes, in words, after the edit script's own grouping (a lone
/// word left equal between two changes by chance counts as changed, as it is shown).
struct EditCounts {
  uint32_t words_a = 0, words_b = 0;  ///< words on each side
  uint32_t kept_words = 0;            ///< words matched between the sides (counted once)
  double similarity() const {
    return words_a + words_b ? 2.0 * kept_words / double(words_a + words_b) : 1.0;
  }
};

/// The counts of the edit script `edit_script` would write for `ops`.
EditCounts count_edits(const text::Document& a, const text::Document& b, const std::vector<TokenOp>& ops,
                       const WordWeights& weights);

/// The edits turning tokens `tokens.a` of A into tokens `tokens.b` of B. Their A spans tile
/// [start of the first token, end of the last) and their B spans likewise; white space between
/// tokens goes with the token before it. Words whose match keys agree but whose letters differ
/// (case, quotes) are shown as character edits of the differing part ("P" -> "Meanwhile, p").
/// `ops` is the token diff of those tokens (see token_diff.hpp); `weights` tells function words.
std::vector<Edit> edit_script(const text::Document& a, const text::Document& b, TokenBox tokens,
                              const std::vector<TokenOp>& ops, const WordWeights& weights);

}  // namespace overlap::align
