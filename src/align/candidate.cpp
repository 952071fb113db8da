#include "align/candidate.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "align/token_diff.hpp"
#include "align/trim.hpp"

namespace overlap::align {
namespace {

using text::Document;

// Edges this close to a sentence boundary move onto it: a passage that starts two words into a
// sentence almost always shares the sentence, its first words merely reworded.
constexpr uint32_t sentence_snap_words = 4;

// A word or two hanging over a paragraph break (a blank line) at an edge ("cable" ending a
// headline above the shared paragraph) is a stray match, not part of the passage.
constexpr uint32_t stray_edge_words = 2;

bool blank_line_between(const Document& d, uint32_t left_word, uint32_t right_word) {
  uint32_t from = d.word_span(left_word).end, to = d.word_span(right_word).start;
  std::string_view gap = d.text.substr(from, to - from);
  size_t first = gap.find('\n');
  return first != std::string_view::npos && gap.find('\n', first + 1) != std::string_view::npos;
}

void snap_to_sentences(const Document& d, uint32_t& w0, uint32_t& w1) {
  uint32_t s0 = d.sentence_of_word[w0];
  uint32_t next = d.sentence_first_word[s0 + 1];
  if (next - w0 <= stray_edge_words && next < w1 && blank_line_between(d, next - 1, next))
    w0 = next, s0 += 1;
  if (w0 - d.sentence_first_word[s0] <= sentence_snap_words) w0 = d.sentence_first_word[s0];
  uint32_t s1 = d.sentence_of_word[w1 - 1];
  uint32_t first = d.sentence_first_word[s1];
  if (w1 - first <= stray_edge_words && first > w0 && blank_line_between(d, first - 1, first))
    w1 = first, s1 -= 1;
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

}  // namespace

bool could_reach(const Cluster& cluster, uint32_t min_words) {
  // Snapping adds at most `sentence_snap_words` at each edge; trimming only removes words.
  return std::min(cluster.a1 - cluster.a0, cluster.b1 - cluster.b0) + 2 * sentence_snap_words >= min_words;
}

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
  if (!trim_unmatched_edges(a, b, weights, wa0, wa1, wb0, wb1)) return {};
  TokenDiff diff;
  std::tie(diff.ta0, diff.ta1) = token_range(a, wa0, wa1);
  std::tie(diff.tb0, diff.tb1) = token_range(b, wb0, wb1);
  diff.ops = diff_tokens(a, diff.ta0, diff.ta1, b, diff.tb0, diff.tb1,
                         chain_anchors(a, b, seeds, wa0, wa1, wb0, wb1));
  trim_in_order(a, b, diff.ops, wa0, wa1, wb0, wb1);
  return build_candidate(a, b, weights, wa0, wa1, wb0, wb1, seeds, &diff);
}

Candidate build_candidate(const Document& a, const Document& b, const WordWeights& weights,
                          uint32_t wa0, uint32_t wa1, uint32_t wb0, uint32_t wb1,
                          const std::vector<Seed>& seeds, const TokenDiff* known) {
  snap_to_sentences(a, wa0, wa1);
  snap_to_sentences(b, wb0, wb1);
  auto [ta0, ta1] = token_range(a, wa0, wa1);
  auto [tb0, tb1] = token_range(b, wb0, wb1);
  // Trimming and snapping usually give back the very ranges already diffed.
  bool reuse = known && known->ta0 == ta0 && known->ta1 == ta1 && known->tb0 == tb0 && known->tb1 == tb1;
  EditScript script = edit_script(
      a, ta0, ta1, b, tb0, tb1,
      reuse ? known->ops
            : diff_tokens(a, ta0, ta1, b, tb0, tb1, chain_anchors(a, b, seeds, wa0, wa1, wb0, wb1)));
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
