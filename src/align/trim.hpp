// Trimming a candidate's edges: stray matches just outside a passage must not drag its edges
// out over unrelated text.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "align/similarity.hpp"
#include "align/token_diff.hpp"
#include "text/document.hpp"
#include "tuning.hpp"

namespace overlap::align {

/// Cuts each side of `box` to its best-scoring stretch, order-free: a word found on the other
/// side scores its weight, a word not found costs `unmatched_cost` times as much. Nothing when
/// nothing is worth keeping.
std::optional<WordBox> trim_unmatched_edges(const text::Document& a, const text::Document& b,
                                            const WordWeights& weights, WordBox box,
                                            double unmatched_cost);

/// The same cut in diff order (`ops` is the token diff of the box), for passages whose words
/// mostly stay in order; returns reworded passages' boxes as they are.
WordBox trim_in_order(const text::Document& a, const text::Document& b,
                      const std::vector<TokenOp>& ops, WordBox box, const CandidateTuning& tuning);

}  // namespace overlap::align
