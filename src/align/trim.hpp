// Trimming a candidate's edges: stray matches just outside a passage must not drag its edges
// out over unrelated text.
#pragma once

#include <cstdint>
#include <vector>

#include "align/similarity.hpp"
#include "align/token_diff.hpp"
#include "text/document.hpp"

namespace overlap::align {

/// Cuts each side of the word rectangle to its best-scoring stretch, order-free: a word found on
/// the other side scores its weight, a word not found costs as much. Returns false when nothing
/// is worth keeping.
bool trim_unmatched_edges(const text::Document& a, const text::Document& b,
                          const WordWeights& weights, uint32_t& wa0, uint32_t& wa1, uint32_t& wb0,
                          uint32_t& wb1);

/// The same cut in diff order (`ops` is the token diff of the rectangle), for passages whose
/// words mostly stay in order; leaves reworded passages as they are.
void trim_in_order(const text::Document& a, const text::Document& b,
                   const std::vector<TokenOp>& ops, uint32_t& wa0, uint32_t& wa1, uint32_t& wb0,
                   uint32_t& wb1);

}  // namespace overlap::align
