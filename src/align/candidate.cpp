#include "align/candidate.hpp"

#include <algorithm>
#include <map>

#include "align/token_diff.hpp"


namespace overlap::align {
namespace {

using text::Document;

// Edges this close to a sentence boundary move onto it: a passage that starts two words into a
// sentence almost always shares the sentence, its first words merely reworded.
constexpr uint32_t sentence_snap_words = 4;

void snap_to_sentences(const Document& d, uint32_t& w0, uint32_t& w1) {
  uint32_t s0 = d.sentence_of_word[w0];
  if (w0 - d.sentence_first_word[s0] <= sentence_snap_words) w0 = d.sentence_first_word[s0];
  uint32_t s1 = d.sentence_of_word[w1 - 1];
  if (d.sentence_first_word[s1 + 1] - w1 <= sentence_snap_words) w1 = d.sentence_first_word[s1 + 1];
}

// Token range of words [w0, w1), widened over punctuation touching its ends (opening quotes
// before, closing punctuation after) but not over white space.
std::pair<uint32_t, uint32_t> token_range(const Document& d, uint32_t w0, uint32_t w1) {
  uint32_t t0 = d.words[w0], t1 = d.words[w1 - 1] + 1;
  while (t0 > 0 && d.tokens[t0 - 1].kind == TokenKind::punctuation) --t0;
  while (t1 < d.tokens.size() && d.tokens[t1].kind == TokenKind::punctuation) ++t1;
  return {t0, t1};
}

// Cuts one side's word range [w0, w1) to its best-scoring stretch (maximum subarray): a word
// found on the other side scores its weight, a word not found costs `cost` times its weight.
// A few words that happen to match just outside a real passage ("the Ukrainian military",
// "support for Ukraine") pull its edges out over unrelated text; the unmatched words they drag
// in cost more than they add. Order-free, so shuffled and reworded passages keep their edges.
bool trim_side(const Document& d, uint32_t& w0, uint32_t& w1, const std::vector<uint32_t>& other,
               const WordWeights& weights, double cost) {
  double best = 0, run = 0;
  uint32_t best_first = w0, best_last = w0, first = w0;
  for (uint32_t w = w0; w < w1; ++w) {
    uint32_t stem = d.stem_ids[w];
    bool found = std::binary_search(other.begin(), other.end(), stem);
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

std::vector<uint32_t> sorted_stems(const Document& d, uint32_t w0, uint32_t w1) {
  std::vector<uint32_t> stems(d.stem_ids.begin() + w0, d.stem_ids.begin() + w1);
  std::sort(stems.begin(), stems.end());
  return stems;
}

// An unmatched word at an edge costs as much as a matched one gains: an edge stretch stays
// only while at least half of its weight is found on the other side.
constexpr double unmatched_word_cost = 1.0;

bool trim_edges(const Document& a, const Document& b, const WordWeights& weights, uint32_t& wa0,
                uint32_t& wa1, uint32_t& wb0, uint32_t& wb1) {
  const double cost = unmatched_word_cost;
  std::vector<uint32_t> stems_a = sorted_stems(a, wa0, wa1), stems_b = sorted_stems(b, wb0, wb1);
  return trim_side(a, wa0, wa1, stems_b, weights, cost) && trim_side(b, wb0, wb1, stems_a, weights, cost);
}

uint32_t word_at_or_after(const Document& d, uint32_t token) {
  return static_cast<uint32_t>(std::lower_bound(d.words.begin(), d.words.end(), token) - d.words.begin());
}

bool is_word(const Document& d, uint32_t t) {
  return d.tokens[t].kind == TokenKind::word || d.tokens[t].kind == TokenKind::number;
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

}  // namespace

std::vector<Anchor> chain_anchors(const Document& a, const Document& b, std::vector<Seed> seeds,
                               uint32_t wa0, uint32_t wa1, uint32_t wb0, uint32_t wb1) {
  std::erase_if(seeds, [&](const Seed& s) {
    return !s.exact || s.a0 < wa0 || s.a1 > wa1 || s.b0 < wb0 || s.b1 > wb1;
  });
  std::stable_sort(seeds.begin(), seeds.end(),
                   [](const Seed& l, const Seed& r) { return l.weight > r.weight; });
  std::map<uint32_t, const Seed*> chosen;  // by a0
  for (const Seed& s : seeds) {
    auto next = chosen.lower_bound(s.a0);
    if (next != chosen.end() && (next->second->a0 < s.a1 || next->second->b0 < s.b1)) continue;
    if (next != chosen.begin()) {
      const Seed* prev = std::prev(next)->second;
      if (prev->a1 > s.a0 || prev->b1 > s.b0) continue;
    }
    chosen.emplace(s.a0, &s);
  }
  std::vector<Anchor> anchors;
  for (const auto& [a0, s] : chosen)
    for (uint32_t k = 0; k < s->a1 - s->a0; ++k)
      anchors.push_back({a.words[s->a0 + k], b.words[s->b0 + k], 1});
  return anchors;
}

Candidate make_candidate(const Document& a, const Document& b, const WordWeights& weights,
                         uint32_t wa0, uint32_t wa1,
                         uint32_t wb0, uint32_t wb1, const std::vector<Seed>& seeds) {
  if (!trim_edges(a, b, weights, wa0, wa1, wb0, wb1)) return {};
  {
    auto [ta0, ta1] = token_range(a, wa0, wa1);
    auto [tb0, tb1] = token_range(b, wb0, wb1);
    trim_in_order(a, b, diff_tokens(a, ta0, ta1, b, tb0, tb1, chain_anchors(a, b, seeds, wa0, wa1, wb0, wb1)),
                  wa0, wa1, wb0, wb1);
  }
  return build_candidate(a, b, weights, wa0, wa1, wb0, wb1, seeds);
}

Candidate build_candidate(const Document& a, const Document& b, const WordWeights& weights,
                          uint32_t wa0, uint32_t wa1, uint32_t wb0, uint32_t wb1,
                          const std::vector<Seed>& seeds) {
  snap_to_sentences(a, wa0, wa1);
  snap_to_sentences(b, wb0, wb1);
  auto [ta0, ta1] = token_range(a, wa0, wa1);
  auto [tb0, tb1] = token_range(b, wb0, wb1);
  EditScript script =
      edit_script(a, ta0, ta1, b, tb0, tb1, chain_anchors(a, b, seeds, wa0, wa1, wb0, wb1));
  Candidate c;
  c.passage.a = {a.tokens[ta0].span.start, a.tokens[ta1 - 1].span.end};
  c.passage.b = {b.tokens[tb0].span.start, b.tokens[tb1 - 1].span.end};
  c.passage.similarity = weights.similarity(a, wa0, wa1, b, wb0, wb1);
  c.passage.edits = std::move(script.edits);
  c.words_a = script.words_a;
  c.words_b = script.words_b;
  c.kept_words = script.kept_words;
  c.wa0 = wa0, c.wa1 = wa1, c.wb0 = wb0, c.wb1 = wb1;
  return c;
}

Candidate make_candidate(const Document& a, const Document& b, const WordWeights& weights,
                         const Cluster& cluster) {
  return make_candidate(a, b, weights, cluster.a0, cluster.a1, cluster.b0, cluster.b1, cluster.seeds);
}

}  // namespace overlap::align
