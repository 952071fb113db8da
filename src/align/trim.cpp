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
std::optional<WordRange> trim_side(const Document& d, WordRange range, const Contains& other,
                                   const WordWeights& weights, double cost) {
  double best = 0, run = 0;
  uint32_t best_first = range.begin, best_last = range.begin, first = range.begin;
  for (uint32_t w = range.begin; w < range.end; ++w) {
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
  if (best <= 0) return std::nullopt;
  return WordRange{best_first, best_last + 1};
}

uint32_t word_at_or_after(const Document& d, uint32_t token) {
  return static_cast<uint32_t>(std::lower_bound(d.words.begin(), d.words.end(), token) - d.words.begin());
}

bool is_word(const Document& d, uint32_t t) {
  return d.tokens[t].kind == TokenKind::word || d.tokens[t].kind == TokenKind::number;
}

}  // namespace

std::optional<WordBox> trim_unmatched_edges(const Document& a, const Document& b,
                                            const WordWeights& weights, WordBox box,
                                            double unmatched_cost) {
  // Each side is judged against the other side as it was before either was cut.
  std::optional<WordRange> kept_a, kept_b;
  weights.with_stems_of(b, box.b, [&](const auto& in_b) {
    kept_a = trim_side(a, box.a, in_b, weights, unmatched_cost);
  });
  if (!kept_a) return std::nullopt;
  weights.with_stems_of(a, box.a, [&](const auto& in_a) {
    kept_b = trim_side(b, box.b, in_a, weights, unmatched_cost);
  });
  if (!kept_b) return std::nullopt;
  return WordBox{*kept_a, *kept_b};
}

// The same cut in diff order, for passages whose words mostly stay in order: a kept word pair
// scores `in_order_kept_score`, a removed or inserted word costs in proportion to the density of
// kept words over the whole candidate, so near-verbatim copies get exact edges and reworded ones
// keep theirs.
WordBox trim_in_order(const Document& a, const Document& b, const std::vector<TokenOp>& ops,
                      WordBox box, const CandidateTuning& tuning) {
  double kept = 0, changed = 0;
  for (const TokenOp& op : ops) {
    if (op.kind == TokenOp::equal) kept += is_word(a, op.ta);
    else if (op.kind == TokenOp::remove) changed += is_word(a, op.ta);
    else changed += is_word(b, op.tb);
  }
  const double density = kept + changed > 0 ? 2 * kept / (2 * kept + changed) : 0;
  if (density < tuning.in_order_min_density) return box;
  const double cost = tuning.in_order_change_cost * density;
  double best = 0, run = 0;
  size_t best_first = 0, best_last = 0, first = 0;
  bool found = false;
  for (size_t i = 0; i < ops.size(); ++i) {
    const TokenOp& op = ops[i];
    bool kept_word = op.kind == TokenOp::equal && is_word(a, op.ta);
    double score = kept_word ? tuning.in_order_kept_score
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
  if (!found) return box;
  return {{word_at_or_after(a, ops[best_first].ta), word_at_or_after(a, ops[best_last].ta) + 1},
          {word_at_or_after(b, ops[best_first].tb), word_at_or_after(b, ops[best_last].tb) + 1}};
}

}  // namespace overlap::align
