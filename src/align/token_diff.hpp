// The token-level diff under the edit script: dtl between anchors, over interned ids.
#pragma once

#include <cstdint>
#include <vector>

#include "align/geometry.hpp"
#include "text/document.hpp"

namespace overlap::align {

/// A matched word-for-word stretch known before diffing (token coordinates): the diff runs only
/// between anchors, which keeps long passages near-linear.
struct Anchor {
  uint32_t ta = 0, tb = 0;  ///< first token in A and in B
  uint32_t tokens = 0;      ///< how many tokens, identical keys on both sides
};

struct TokenOp {
  enum Kind : uint8_t { equal, remove, insert } kind;
  uint32_t ta = 0, tb = 0;  ///< token indices (ta unused for insert, tb for remove)
};

/// The token diff of a box of tokens.
struct TokenDiff {
  TokenBox tokens;
  std::vector<TokenOp> ops;
};

/// Diff of the non-space tokens of `tokens.a` in A and `tokens.b` in B, in order. Anchored
/// words are matched without search; dtl fills the gaps. A gap whose lengths multiply to more
/// than `max_gap_product` (too large and too different to diff within bounded work) becomes one
/// removal and one insertion.
std::vector<TokenOp> diff_tokens(const text::Document& a, const text::Document& b, TokenBox tokens,
                                 const std::vector<Anchor>& anchors, uint64_t max_gap_product);

}  // namespace overlap::align
