#include "align/trim.hpp"

#include <algorithm>

namespace overlap::align {
namespace {

using text::Document;

// Cuts one side's word range [w0, w1) to its best-scoring stretch (maximum subarray): a word
// found on the other side scores its weight, a word not found costs `cost` times its weight.
// A few words that happen to match just outside a real passage ("the Ukrainian military",
// "support for Ukraine") pull its edges out over unrelated text; the unmatched words they drag
// in cost more than they add. Order-free, so shuffled and reworded passages keep their edges.
template <class Contains>
bool trim_side(const Document& d, uint32_t& w0, uint32_t& w1, const Contains& other,
               const WordWeights& weights, double cost) {
  double best = 0, run = 0;
  uint32_t best_first = w0, best_last = w0, first = w0;
  for (uint32_t w = w0; w < w1; ++w) {
    uint32_t stem = d.stem_ids[w];
    bool found = other(stem);
    double score = found ? weights.weight(stem) : -cost * weights.weight(stem);
    if (run <= 0) {
      if (!found) continue;
      run = 0;
      first = w;
    }
    run += score;
    if (found && run > best) best = run, best_first = first, best_last = w;
  }
  if (best <= 0) return false;
  w0 = best_first;
  w1 = best_last + 1;
  return true;
}

// An unmatched word at an edge costs as much as a matched one gains: an edge stretch stays
// only while at least half of its weight is found on the other side.
constexpr double unmatched_word_cost = 1.0;

uint32_t word_at_or_after(const Document& d, uint32_t token) {
  return static_cast<uint32_t>(std::lower_bound(d.words.begin(), d.words.end(), token) - d.words.begin());
}

bool is_word(const Document& d, uint32_t t) {
  return d.tokens[t].kind == TokenKind::word || d.tokens[t].kind == TokenKind::number;
}

}  // namespace

bool trim_unmatched_edges(const Document& a, const Document& b, const WordWeights& weights,
                          uint32_t& wa0, uint32_t& wa1, uint32_t& wb0, uint32_t& wb1) {
  // Each side is judged against the other side as it was before either was cut.
  const uint32_t original_a0 = wa0, original_a1 = wa1;
  bool kept = false;
  weights.with_stems_of(b, wb0, wb1, [&](const auto& in_b) {
    kept = trim_side(a, wa0, wa1, in_b, weights, unmatched_word_cost);
  });
  if (!kept) return false;
  weights.with_stems_of(a, original_a0, original_a1, [&](const auto& in_a) {
    kept = trim_side(b, wb0, wb1, in_a, weights, unmatched_word_cost);
  });
  return kept;
}

// The same cut in diff order, for passages whose words mostly stay in order: a kept word pair
// scores +2, a removed or inserted word costs in proportion to the density of kept words over
// the whole candidate, so near-verbatim copies get exact edges and reworded ones keep theirs.
void trim_in_order(const Document& a, const Document& b, const std::vector<TokenOp>& ops,
                   uint32_t& wa0, uint32_t& wa1, uint32_t& wb0, uint32_t& wb1) {
  double kept = 0, changed = 0;
  for (const TokenOp& op : ops) {
    if (op.kind == TokenOp::equal) kept += is_word(a, op.ta);
    else if (op.kind == TokenOp::remove) changed += is_word(a, op.ta);
    else changed += is_word(b, op.tb);
  }
  const double density = kept + changed > 0 ? 2 * kept / (2 * kept + changed) : 0;
  // Below this density the words were shuffled or rewritten: the order-free cut has done the work.
  if (density < 0.6) return;
  const double cost = 0.5 * density;
  double best = 0, run = 0;
  size_t best_first = 0, best_last = 0, first = 0;
  bool found = false;
  for (size_t i = 0; i < ops.size(); ++i) {
    const TokenOp& op = ops[i];
    bool kept_word = op.kind == TokenOp::equal && is_word(a, op.ta);
    double score = kept_word ? 2
                   : op.kind == TokenOp::remove ? (is_word(a, op.ta) ? -cost : 0)
                   : op.kind == TokenOp::insert ? (is_word(b, op.tb) ? -cost : 0) : 0;
    if (run <= 0) {
      if (!kept_word) continue;
      run = 0;
      first = i;
    }
    run += score;
    if (kept_word && run > best) best = run, best_first = first, best_last = i, found = true;
  }
  if (!found) return;
  wa0 = word_at_or_after(a, ops[best_first].ta);
  wb0 = word_at_or_after(b, ops[best_first].tb);
  wa1 = word_at_or_after(a, ops[best_last].ta) + 1;
  wb1 = word_at_or_after(b, ops[best_last].tb) + 1;
}


}  // namespace overlap::align
