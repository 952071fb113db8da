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

// Where a moved block starts inside text the diff kept, the diff matched the block's first
// words with the same words elsewhere: a moved paragraph and the one after it both start with
// "The", so the moved one's "The" is kept in place and the next paragraph's "The" is removed
// (the tail of the removal, past the block). Give the kept words back to the paragraph they
// begin, so that the removal is the moved block and nothing else. `side` 0 works on A and
// "-" edits, 1 on B and "+" edits; the edits keep tiling both texts.
void uncross_edge(std::vector<Edit>& edits, const Passage& moved, int side, std::string_view a, std::string_view b) {
  auto span = [side](Edit& e) -> Span& { return side == 0 ? e.a : e.b; };
  auto other = [side](Edit& e) -> Span& { return side == 0 ? e.b : e.a; };
  const EditKind change = side == 0 ? EditKind::remove : EditKind::insert;
  const Span block = side == 0 ? moved.a : moved.b;
  std::string_view mine = side == 0 ? a : b, theirs = side == 0 ? b : a;
  for (size_t i = 0; i + 2 < edits.size(); ++i) {
    Edit& kept = edits[i];
    if (kept.kind != EditKind::equal || !(span(kept).start < block.start && block.start < span(kept).end)) continue;
    // Only a change of this side alone: with a "-" before the "+", the crossed words of A would
    // have to move past it.
    if (edits[i + 1].kind != change || edits[i + 2].kind != EditKind::equal) continue;
    Edit& removal = edits[i + 1];
    uint32_t n = span(kept).end - block.start;  // the crossed words, with their white space
    std::string_view words = mine.substr(block.start, n);
    if (span(removal).end < block.end + n || mine.substr(span(removal).end - n, n) != words) continue;
    if (other(kept).size() <= n || theirs.substr(other(kept).end - n, n) != words) continue;
    std::string_view between = mine.substr(block.end, span(removal).end - n - block.end);
    if (between.find_first_not_of(" \t\r\n") != std::string_view::npos) continue;
    // The kept text ends before the crossed words, the change before their twin, and the
    // twins are equal at the start of the next kept text.
    span(kept).end -= n;
    other(kept).end -= n;
    span(removal) = {block.start, span(removal).end - n};
    other(removal) = {other(kept).end, other(kept).end};
    edits[i + 2].a.start -= n;
    edits[i + 2].b.start -= n;
    return;
  }
}

}  // namespace

Passage whole_text_passage(const text::Document& a, const text::Document& b, const WordWeights& weights,
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
  whole.edits = edit_script(a, b, all_tokens, ops, weights);
  whole.similarity = count_edits(a, b, ops, weights).similarity();
  return whole;
}

std::vector<Seed> seeds_in_changes(const text::Document& a, const text::Document& b,
                                   const Passage& whole, const std::vector<Seed>& seeds, uint32_t min_words) {
  std::vector<Span> removed, inserted;
  for (const Edit& e : whole.edits) {
    if (e.kind == EditKind::remove) removed.push_back(e.a);
    if (e.kind == EditKind::insert) inserted.push_back(e.b);
  }
  return seeds_in_free_text(seeds, words_inside(a, removed), words_inside(b, inserted), min_words);
}

std::vector<Seed> seeds_in_free_text(const std::vector<Seed>& seeds, const std::vector<bool>& free_a,
                                     const std::vector<bool>& free_b, uint32_t min_words) {
  auto all_free = [](const std::vector<bool>& free, WordRange r) {
    for (uint32_t w = r.begin; w < r.end; ++w)
      if (!free[w]) return false;
    return true;
  };
  std::vector<Seed> out;
  for (const Seed& s : seeds) {
    if (!s.exact) {
      if (all_free(free_a, s.box.a) && all_free(free_b, s.box.b)) out.push_back(s);
      continue;
    }
    // A maximal run often reaches past the moved block into words the diff kept (the "The"
    // before a moved paragraph, matched with another "The"): keep its longest stretch that lies
    // wholly in free text on both sides.
    uint32_t best = 0, best_at = 0;
    for (uint32_t k = 0, run = 0; k < s.box.a.size(); ++k) {
      run = free_a[s.box.a.begin + k] && free_b[s.box.b.begin + k] ? run + 1 : 0;
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

void uncross_moved_edges(Passage& whole, const std::vector<Passage>& moved, std::string_view a,
                         std::string_view b) {
  for (const Passage& p : moved) {
    uncross_edge(whole.edits, p, 0, a, b);
    uncross_edge(whole.edits, p, 1, a, b);
  }
}

}  // namespace overlap::align
