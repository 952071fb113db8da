// The in-order mode: one whole-text word diff, plus the moved blocks found inside it.
#include <algorithm>

#include "align/candidate.hpp"
#include "align/cluster.hpp"
#include "align/edit_script.hpp"
#include "align/token_diff.hpp"
#include "align/seed.hpp"
#include "align/selection.hpp"
#include "overlap/overlap.hpp"
#include "pipeline.hpp"
#include "stats.hpp"

namespace overlap {
namespace {

// Anchors for the whole-text diff come from runs this long that are nearly unique: the same
// evidence the patience diff trusts.
constexpr uint32_t anchor_words = 4;
constexpr uint32_t max_anchor_repeats = 2;
// Moved blocks are found from exact runs of this many words inside removed and inserted text.
constexpr uint32_t move_seed_words = 3;

// The whole-text passage: every token of both texts, tiled by the edits.
Passage whole_text_passage(const text::Document& da, const text::Document& db,
                           const std::vector<align::Seed>& runs) {
  Passage whole;
  whole.a = {0, static_cast<uint32_t>(da.text.size())};
  whole.b = {0, static_cast<uint32_t>(db.text.size())};
  if (da.tokens.empty() || db.tokens.empty()) {
    if (!da.tokens.empty()) whole.edits.push_back({EditKind::remove, whole.a, {0, 0}});
    if (!db.tokens.empty()) whole.edits.push_back({EditKind::insert, {0, 0}, whole.b});
    whole.similarity = da.tokens.empty() && db.tokens.empty() ? 1.0 : 0.0;
    return whole;
  }
  std::vector<align::Anchor> anchors =
      align::chain_anchors(da, db, runs, 0, da.word_count(), 0, db.word_count());
  const uint32_t ta1 = static_cast<uint32_t>(da.tokens.size());
  const uint32_t tb1 = static_cast<uint32_t>(db.tokens.size());
  align::EditScript script =
      align::edit_script(da, 0, ta1, db, 0, tb1, align::diff_tokens(da, 0, ta1, db, 0, tb1, anchors));
  whole.edits = std::move(script.edits);
  whole.similarity = script.similarity();
  return whole;
}

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

Result<Alignment> diff(std::string_view a, std::string_view b, const Options& options) {
  if (auto error = check_input(a, b, options)) return *error;
  text::Interner interner;
  text::Document da = text::analyse(a, interner);
  text::Document db = text::analyse(b, interner);

  Passage whole =
      whole_text_passage(da, db, align::exact_runs(da, db, anchor_words, max_anchor_repeats));

  // Moved blocks: text removed in one place of A and inserted elsewhere in B.
  std::vector<Span> removed, inserted, kept_a, kept_b;
  for (const Edit& e : whole.edits) {
    if (e.kind == EditKind::remove) removed.push_back(e.a);
    if (e.kind == EditKind::insert) inserted.push_back(e.b);
    if (e.kind == EditKind::equal) kept_a.push_back(e.a), kept_b.push_back(e.b);
  }
  std::vector<bool> in_removed = words_inside(da, removed), in_inserted = words_inside(db, inserted);
  std::vector<align::Seed> seeds;
  for (const align::Seed& s : align::exact_runs(da, db, move_seed_words, 8)) {
    // A maximal run often reaches past the moved block into words the diff kept (the "The"
    // before a moved paragraph, matched with another "The"): keep its longest stretch that lies
    // wholly in removed (A) and inserted (B) text.
    uint32_t best = 0, best_at = 0;
    for (uint32_t k = 0, run = 0; k < s.a1 - s.a0; ++k) {
      run = in_removed[s.a0 + k] && in_inserted[s.b0 + k] ? run + 1 : 0;
      if (run > best) best = run, best_at = k + 1 - run;
    }
    if (best >= move_seed_words)
      seeds.push_back({s.a0 + best_at, s.a0 + best_at + best, s.b0 + best_at, s.b0 + best_at + best, best, true});
  }
  std::vector<align::Candidate> candidates;
  align::WordWeights weights(da, db);
  for (const align::Cluster& cluster : align::cluster_seeds(std::move(seeds), options.gap_words, options.gap_words))
    if (align::could_reach(cluster, options.min_words))
      candidates.push_back(align::make_candidate(da, db, weights, cluster));
  std::vector<Passage> moved = align::select_passages(std::move(candidates), options);

  for (const Passage& p : moved) {
    uncross_edge(whole.edits, p, 0, a, b);
    uncross_edge(whole.edits, p, 1, a, b);
  }
  Alignment result;
  result.passages.push_back(std::move(whole));
  for (Passage& p : moved) {
    p.moved = true;
    kept_a.push_back(p.a);
    kept_b.push_back(p.b);
    result.passages.push_back(std::move(p));
  }
  finish(result, da, db, options);
  // Shared text in this mode is what the diff keeps plus what moved, not the whole-text passage.
  uint32_t moved_count = static_cast<uint32_t>(moved.size());
  result.a = text_stats(da, std::move(kept_a), moved_count);
  result.b = text_stats(db, std::move(kept_b), moved_count);
  result.a.passages = result.b.passages = static_cast<uint32_t>(result.passages.size());
  count_changes(result, da, db);  // the stats above were made afresh
  return result;
}

}  // namespace overlap
