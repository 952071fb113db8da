#include "align/in_order.hpp"

#include <algorithm>

#include "align/candidate.hpp"

namespace overlap::align {
namespace {

// Marks each word inside one of `spans` (byte spans, sorted).
std::vector<bool> words_inside(const text::Document& d, const std::vector<Span>& spans) {
  std::vector<bool> inside(d.word_count(), false);
  size_t k = 0;
  for (uint32_t w = 0; w < d.word_count(); ++w) {
    Span s = d.word_span(w);
    while (k < spans.size() && spans[k].end <= s.start) ++k;
    inside[w] = k < spans.size() && spans[k].start <= s.start && s.end <= spans[k].end;
  }
  return inside;
}

}  // namespace

Passage whole_text_passage(const text::Document& a, const text::Document& b,
                           const std::vector<Seed>& runs, const CandidateTuning& tuning) {
  Passage whole;
  whole.a = {0, static_cast<uint32_t>(a.text.size())};
  whole.b = {0, static_cast<uint32_t>(b.text.size())};
  if (a.tokens.empty() || b.tokens.empty()) {
    if (!a.tokens.empty()) whole.edits.push_back({EditKind::remove, whole.a, {0, 0}});
    if (!b.tokens.empty()) whole.edits.push_back({EditKind::insert, {0, 0}, whole.b});
    whole.similarity = a.tokens.empty() && b.tokens.empty() ? 1.0 : 0.0;
    return whole;
  }
  const WordBox all_words{{0, a.word_count()}, {0, b.word_count()}};
  const TokenBox all_tokens{{0, static_cast<uint32_t>(a.tokens.size())},
                            {0, static_cast<uint32_t>(b.tokens.size())}};
  std::vector<TokenOp> ops =
      diff_tokens(a, b, all_tokens, chain_anchors(a, b, runs, all_words), tuning.max_gap_product);
  whole.edits = edit_script(a, b, all_tokens, ops);
  whole.similarity = count_edits(a, b, ops).similarity();
  return whole;
}

std::vector<Seed> seeds_in_changes(const text::Document& a, const text::Document& b,
                                   const Passage& whole, const std::vector<Seed>& seeds, uint32_t min_words) {
  std::vector<Span> removed, inserted;
  for (const Edit& e : whole.edits) {
    if (e.kind == EditKind::remove) removed.push_back(e.a);
    if (e.kind == EditKind::insert) inserted.push_back(e.b);
  }
  std::vector<bool> in_removed = words_inside(a, removed), in_inserted = words_inside(b, inserted);
  std::vector<Seed> out;
  for (const Seed& s : seeds) {
    // A maximal run often reaches past the moved block into words the diff kept (the "The"
    // before a moved paragraph, matched with another "The"): keep its longest stretch that lies
    // wholly in removed (A) and inserted (B) text.
    uint32_t best = 0, best_at = 0;
    for (uint32_t k = 0, run = 0; k < s.box.a.size(); ++k) {
      run = in_removed[s.box.a.begin + k] && in_inserted[s.box.b.begin + k] ? run + 1 : 0;
      if (run > best) best = run, best_at = k + 1 - run;
    }
    if (best >= min_words)
      out.push_back({{{s.box.a.begin + best_at, s.box.a.begin + best_at + best},
                      {s.box.b.begin + best_at, s.box.b.begin + best_at + best}},
                     best,
                     true});
  }
  return out;
}

}  // namespace overlap::align
