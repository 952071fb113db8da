#include "align/candidate.hpp"

#include <algorithm>
#include <map>

#include "align/trim.hpp"

namespace overlap::align {
namespace {

using text::Document;

bool blank_line_between(const Document& d, uint32_t left_word, uint32_t right_word) {
  uint32_t from = d.word_span(left_word).end, to = d.word_span(right_word).start;
  std::string_view gap = d.text.substr(from, to - from);
  size_t first = gap.find('\n');
  return first != std::string_view::npos && gap.find('\n', first + 1) != std::string_view::npos;
}

// Moves each edge onto the nearest sentence boundary when one is a few words away, after
// dropping a word or two that hang over a blank line at the edge.
WordRange snap_to_sentences(const Document& d, WordRange w, const CandidateTuning& tuning) {
  uint32_t s0 = d.sentence_of_word[w.begin];
  uint32_t next = d.sentence_first_word[s0 + 1];
  if (next - w.begin <= tuning.stray_edge_words && next < w.end && blank_line_between(d, next - 1, next))
    w.begin = next, s0 += 1;
  if (w.begin - d.sentence_first_word[s0] <= tuning.sentence_snap_words) w.begin = d.sentence_first_word[s0];
  uint32_t s1 = d.sentence_of_word[w.end - 1];
  uint32_t first = d.sentence_first_word[s1];
  if (w.end - first <= tuning.stray_edge_words && first > w.begin && blank_line_between(d, first - 1, first))
    w.end = first, s1 -= 1;
  if (d.sentence_first_word[s1 + 1] - w.end <= tuning.sentence_snap_words) w.end = d.sentence_first_word[s1 + 1];
  return w;
}

// Token range of words `w`, widened over punctuation touching its ends (opening quotes before,
// closing punctuation after) but not over white space.
TokenRange token_range(const Document& d, WordRange w) {
  uint32_t t0 = d.words[w.begin], t1 = d.words[w.end - 1] + 1;
  while (t0 > 0 && d.tokens[t0 - 1].kind == TokenKind::punctuation) --t0;
  while (t1 < d.tokens.size() && d.tokens[t1].kind == TokenKind::punctuation) ++t1;
  return {t0, t1};
}

// The part of `w` inside `limit` (never empty when they overlap).
WordRange clamp(WordRange w, WordRange limit) {
  return {std::max(w.begin, limit.begin), std::min(w.end, limit.end)};
}

TokenBox token_box(const Document& a, const Document& b, WordBox words) {
  return {token_range(a, words.a), token_range(b, words.b)};
}

}  // namespace

uint32_t min_cluster_extent(uint32_t min_words, const CandidateTuning& tuning) {
  const uint32_t snapped = 2 * tuning.sentence_snap_words;
  return min_words > snapped ? min_words - snapped : 0;
}

std::vector<Anchor> chain_anchors(const Document& a, const Document& b, std::vector<Seed> seeds,
                                  WordBox box) {
  std::erase_if(seeds, [&](const Seed& s) {
    return !s.exact || !box.a.contains(s.box.a) || !box.b.contains(s.box.b);
  });
  std::stable_sort(seeds.begin(), seeds.end(),
                   [](const Seed& l, const Seed& r) { return l.weight > r.weight; });
  std::map<uint32_t, const Seed*> chosen;  // by start in A
  for (const Seed& s : seeds) {
    auto next = chosen.lower_bound(s.box.a.begin);
    if (next != chosen.end() && (next->second->box.a.begin < s.box.a.end || next->second->box.b.begin < s.box.b.end))
      continue;
    if (next != chosen.begin()) {
      const Seed* prev = std::prev(next)->second;
      if (prev->box.a.end > s.box.a.begin || prev->box.b.end > s.box.b.begin) continue;
    }
    chosen.emplace(s.box.a.begin, &s);
  }
  std::vector<Anchor> anchors;
  for (const auto& [start, s] : chosen)
    for (uint32_t k = 0; k < s->box.a.size(); ++k)
      anchors.push_back({a.words[s->box.a.begin + k], b.words[s->box.b.begin + k], 1});
  return anchors;
}

std::optional<Candidate> make_candidate(const Document& a, const Document& b, const WordWeights& weights,
                                        WordBox box, const std::vector<Seed>& seeds,
                                        const CandidateTuning& tuning, const WordBox* within) {
  std::optional<WordBox> trimmed = trim_unmatched_edges(a, b, weights, box, tuning.unmatched_word_cost);
  if (!trimmed) return std::nullopt;
  TokenDiff diff;
  diff.tokens = token_box(a, b, *trimmed);
  diff.ops = diff_tokens(a, b, diff.tokens, chain_anchors(a, b, seeds, *trimmed), tuning.max_gap_product);
  return build_candidate(a, b, weights, trim_in_order(a, b, diff.ops, *trimmed, tuning), seeds, tuning, &diff,
                         within);
}

std::optional<Candidate> make_candidate(const Document& a, const Document& b, const WordWeights& weights,
                                        const Cluster& cluster, const CandidateTuning& tuning) {
  return make_candidate(a, b, weights, cluster.box, cluster.seeds, tuning);
}

Candidate build_candidate(const Document& a, const Document& b, const WordWeights& weights,
                          WordBox box, const std::vector<Seed>& seeds, const CandidateTuning& tuning,
                          TokenDiff* known, const WordBox* within) {
  WordBox words{snap_to_sentences(a, box.a, tuning), snap_to_sentences(b, box.b, tuning)};
  if (within) words = {clamp(words.a, within->a), clamp(words.b, within->b)};
  return candidate_on(a, b, weights, words, token_box(a, b, words), seeds, tuning, known);
}

Candidate candidate_on(const Document& a, const Document& b, const WordWeights& weights, WordBox words,
                       TokenBox tokens, const std::vector<Seed>& seeds, const CandidateTuning& tuning,
                       TokenDiff* known) {
  Candidate c;
  c.words = words;
  // Trimming and snapping usually give back the very tokens already diffed.
  if (known && known->tokens == tokens) {
    c.diff = std::move(*known);
  } else {
    c.diff.tokens = tokens;
    c.diff.ops = diff_tokens(a, b, tokens, chain_anchors(a, b, seeds, c.words), tuning.max_gap_product);
  }
  c.a = {a.tokens[tokens.a.begin].span.start, a.tokens[tokens.a.end - 1].span.end};
  c.b = {b.tokens[tokens.b.begin].span.start, b.tokens[tokens.b.end - 1].span.end};
  c.similarity = weights.similarity(a, c.words.a, b, c.words.b);
  c.counts = count_edits(a, b, c.diff.ops, weights);
  c.rank = c.counts.kept_words;
  return c;
}

}  // namespace overlap::align
