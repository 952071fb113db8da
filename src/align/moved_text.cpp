#include "align/moved_text.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <cmath>
#include <map>

#include "align/band.hpp"
#include "align/cluster.hpp"
#include "align/in_order.hpp"
#include "align/selection.hpp"
#include "compact_sort.hpp"

namespace overlap::align {
namespace {

using text::Document;

// First word of `d` that ends after byte `at`.
uint32_t first_word_ending_after(const Document& d, uint32_t at) {
  uint32_t lo = 0, hi = d.word_count();
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (d.word_span(mid).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The words lying wholly inside `span`.
WordRange words_within(const Document& d, Span span) {
  const uint32_t begin = d.first_word_from(span.start);
  return {begin, std::max(begin, first_word_ending_after(d, span.end))};
}

// The text one side of the passages keeps: its equal edits' spans, sorted and merged, and the
// words touching them.
struct KeptText {
  std::vector<Span> spans;
  std::vector<bool> words;  // per word: touches an equal edit (a character edit's word does)
  // Per word, the stretch of words no passage keeps that holds it (empty for a kept word).
  std::vector<WordRange> stretch;

  bool overlaps(Span s) const {
    auto next = std::lower_bound(spans.begin(), spans.end(), s.end,
                                 [](const Span& k, uint32_t end) { return k.start < end; });
    return next != spans.begin() && std::prev(next)->end > s.start;
  }
};

KeptText kept_text(const Document& d, const std::vector<Passage>& passages, bool side_b) {
  KeptText kept;
  for (const Passage& p : passages)
    for (const Edit& e : p.edits)
      if (e.kind == EditKind::equal) kept.spans.push_back(side_b ? e.b : e.a);
  sort_by_key(kept.spans, [](const Span& s) { return s.start; });
  std::vector<Span> merged;
  for (const Span& s : kept.spans) {
    if (!merged.empty() && s.start <= merged.back().end) merged.back().end = std::max(merged.back().end, s.end);
    else merged.push_back(s);
  }
  kept.spans = std::move(merged);

  kept.words.assign(d.word_count(), false);
  for (const Span& s : kept.spans)
    for (uint32_t w = first_word_ending_after(d, s.start); w < d.word_count() && d.word_span(w).start < s.end; ++w)
      kept.words[w] = true;
  kept.stretch.assign(d.word_count(), {});
  for (uint32_t w = 0; w < d.word_count();) {
    if (kept.words[w]) {
      ++w;
      continue;
    }
    uint32_t end = w;
    while (end < d.word_count() && !kept.words[end]) ++end;
    std::fill(kept.stretch.begin() + w, kept.stretch.begin() + end, WordRange{w, end});
    w = end;
  }
  return kept;
}

// Whether a range of words lies within `reach` words of some passage, on one side.
class Nearness {
 public:
  Nearness(const Document& d, const std::vector<Passage>& passages, bool side_b) {
    std::vector<WordRange> ranges;
    for (const Passage& p : passages) ranges.push_back(words_within(d, side_b ? p.b : p.a));
    sort_by_key(ranges, [](WordRange r) { return r.begin; });
    uint32_t end = 0;
    for (WordRange r : ranges) {
      begins_.push_back(r.begin);
      end = std::max(end, r.end);
      ends_so_far_.push_back(end);
    }
  }
  bool near(WordRange w, uint32_t reach) const {
    // Passages starting at most `reach` past w's end; the furthest any of them ends.
    size_t n = std::upper_bound(begins_.begin(), begins_.end(), w.end + reach) - begins_.begin();
    return n > 0 && ends_so_far_[n - 1] + reach >= w.begin;
  }

 private:
  std::vector<uint32_t> begins_, ends_so_far_;
};

// Clusters whose seeds lie in different stretches of free text (a kept word between them) split
// by stretch: a moved block never spans text a passage keeps.
std::vector<Cluster> split_by_stretch(const std::vector<Cluster>& clusters, const KeptText& in_a,
                                      const KeptText& in_b) {
  std::vector<Cluster> out;
  for (const Cluster& cluster : clusters) {
    std::map<std::pair<uint32_t, uint32_t>, Cluster> parts;
    for (const Seed& s : cluster.seeds)
      parts[{in_a.stretch[s.box.a.begin].begin, in_b.stretch[s.box.b.begin].begin}].add(s);
    for (auto& [key, part] : parts) out.push_back(std::move(part));
  }
  return out;
}

// One passage's edits split at the cuts, in pieces that each keep at least `min_words` equal
// words, trimmed of edges that hold no word (the changes at a cut stay with their piece).
void cut_passage(const Passage& p, const std::vector<Span>& cuts_a, const std::vector<Span>& cuts_b,
                 const Document& a, const Document& b, const WordWeights& weights, uint32_t min_words,
                 std::vector<Passage>& out) {
  std::vector<std::vector<Edit>> pieces(1);
  // When a cut splits a change's removal, the piece where the change began: its insertion, the
  // other half of "-X +Y", stays there (at the end of what is left of X) rather than following
  // the cut to a piece that may hold nothing else.
  size_t change_began = SIZE_MAX;
  for (const Edit& e : p.edits) {
    if (e.kind == EditKind::equal) {
      pieces.back().push_back(e);
      change_began = SIZE_MAX;
      continue;
    }
    const bool removal = e.kind == EditKind::remove;
    const Span own = removal ? e.a : e.b;
    const std::vector<Span>& cuts = removal ? cuts_a : cuts_b;
    auto cut = std::lower_bound(cuts.begin(), cuts.end(), own.start,
                                [](const Span& c, uint32_t start) { return c.end <= start; });
    const bool uncut = cut == cuts.end() || cut->start >= own.end;
    if (!removal && uncut && change_began != SIZE_MAX && !pieces[change_began].empty()) {
      const uint32_t at = pieces[change_began].back().a.end;
      pieces[change_began].push_back({EditKind::insert, {at, at}, e.b});
      // What is left of the removal after the cut now stands after the insertion in B.
      for (size_t k = change_began + 1; k < pieces.size(); ++k)
        for (Edit& rest : pieces[k])
          if (rest.kind == EditKind::remove) rest.b = {e.b.end, e.b.end};
      change_began = SIZE_MAX;
      continue;
    }
    // The parts of the change outside every cut; a new piece begins at each cut.
    auto part = [&](uint32_t from, uint32_t to) {
      Edit cut_edit = e;
      (removal ? cut_edit.a : cut_edit.b) = {from, to};
      pieces.back().push_back(cut_edit);
    };
    const size_t began = pieces.size() - 1;
    uint32_t at = own.start;
    for (; cut != cuts.end() && cut->start < own.end; ++cut) {
      if (cut->start > at) part(at, cut->start);
      pieces.emplace_back();
      at = std::max(at, cut->end);
    }
    if (at < own.end) part(at, own.end);
    change_began = removal && pieces.size() - 1 != began ? began : SIZE_MAX;
  }

  for (std::vector<Edit>& piece : pieces) {
    // The changes a cut leaves at a piece's edges stay with it (they were the passage's), unless
    // they hold no word (the white space after a moved block).
    auto has_words = [&](const Edit& e) {
      return e.kind == EditKind::equal || !words_within(e.kind == EditKind::remove ? a : b, e.kind == EditKind::remove ? e.a : e.b).empty();
    };
    if (std::none_of(piece.begin(), piece.end(), [](const Edit& e) { return e.kind == EditKind::equal; })) continue;
    auto first = std::find_if(piece.begin(), piece.end(), has_words);
    auto last = std::find_if(piece.rbegin(), piece.rend(), has_words);
    std::vector<Edit> edits(first, last.base());
    uint32_t kept = 0;
    for (const Edit& e : edits)
      if (e.kind == EditKind::equal) kept += words_within(a, e.a).size();
    if (kept < min_words) continue;
    Passage q;
    q.a = {edits.front().a.start, edits.back().a.end};
    q.b = {edits.front().b.start, edits.back().b.end};
    q.similarity = weights.similarity(a, words_within(a, q.a), b, words_within(b, q.b));
    q.edits = std::move(edits);
    q.source = p.source;
    out.push_back(std::move(q));
  }
}

// Punctuation clinging to a block's edge may belong to text a passage keeps ("more...Darkest",
// the next passage beginning at the dots): it goes back to that passage, for cutting the block
// out must never take from an equal edit. Nothing when more than such punctuation overlaps.
std::optional<Candidate> without_kept_edges(Candidate c, const Document& a, const Document& b,
                                            const WordWeights& weights, const KeptText& kept_a,
                                            const KeptText& kept_b, const std::vector<Seed>& seeds,
                                            const CandidateTuning& tuning) {
  if (!kept_a.overlaps(c.a) && !kept_b.overlaps(c.b)) return c;
  TokenBox tokens = c.diff.tokens;
  // The punctuation runs at each end, cut before (after) the furthest token a passage keeps.
  auto trim = [](const Document& d, const KeptText& kept, TokenRange& t) {
    auto punctuation = [&](uint32_t i) { return d.tokens[i].kind == TokenKind::punctuation; };
    uint32_t begin = t.begin;
    for (uint32_t i = t.begin; i < t.end && punctuation(i); ++i)
      if (kept.overlaps(d.tokens[i].span)) begin = i + 1;
    uint32_t end = t.end;
    for (uint32_t i = t.end; i > begin && punctuation(i - 1); --i)
      if (kept.overlaps(d.tokens[i - 1].span)) end = i - 1;
    t = {begin, std::max(begin, end)};
  };
  trim(a, kept_a, tokens.a);
  trim(b, kept_b, tokens.b);
  if (tokens.a.empty() || tokens.b.empty()) return std::nullopt;
  Candidate trimmed = candidate_on(a, b, weights, c.words, tokens, seeds, tuning);
  if (kept_a.overlaps(trimmed.a) || kept_b.overlaps(trimmed.b)) return std::nullopt;
  return trimmed;
}

// Seeds that begin (end) a few words from where the text the passages keep ends (begins), in
// both texts, mark the block's edge there: that boundary is the moved text's, as a sentence's
// would be (the only one in scripts that mark no sentence ends, such as Thai). Edge trimming,
// which drops a stray word or two before an edit, would leave them removed and inserted.
Candidate with_aligned_edges(Candidate c, WordBox seeds_box, const WordBox& within, const Document& a,
                             const Document& b, const WordWeights& weights, const std::vector<Seed>& seeds,
                             const CandidateTuning& tuning) {
  const uint32_t reach = tuning.sentence_snap_words;
  WordBox words = c.words;
  if (seeds_box.a.begin - within.a.begin <= reach && seeds_box.b.begin - within.b.begin <= reach)
    words.a.begin = within.a.begin, words.b.begin = within.b.begin;
  if (within.a.end - seeds_box.a.end <= reach && within.b.end - seeds_box.b.end <= reach)
    words.a.end = within.a.end, words.b.end = within.b.end;
  if (words.a == c.words.a && words.b == c.words.b) return c;
  return build_candidate(a, b, weights, words, seeds, tuning, nullptr, &within);
}

bool touches_cut(const std::vector<Span>& cuts, Span s) {
  auto cut = std::lower_bound(cuts.begin(), cuts.end(), s.start,
                              [](const Span& c, uint32_t start) { return c.end <= start; });
  return cut != cuts.end() && cut->start < s.end;
}

// The summed weights of the words of `d` in `range` that `seeds` cover (`side` of each seed),
// each word once however many seeds cover it.
double covered_weight(const Document& d, WordRange range, const std::vector<Seed>& seeds,
                      WordRange WordBox::*side, const WordWeights& weights) {
  std::vector<bool> counted(range.size(), false);
  double sum = 0;
  for (const Seed& s : seeds) {
    if (!s.exact) continue;
    for (uint32_t w = (s.box.*side).begin; w < (s.box.*side).end; ++w) {
      if (counted[w - range.begin]) continue;
      counted[w - range.begin] = true;
      sum += weights.weight(d.stem_ids[w]);
    }
  }
  return sum;
}

// How often the exactly shared words of `cluster` would turn up together by chance in texts of
// these lengths, as log2 of the expected count: each word independently at its frequency in the
// two texts (a word's weight is about its surprisal, ln(total / count)). Like BLAST's E-value.
// The words are counted once on each side and the smaller side taken, so that a repeated phrase
// matching one place several times counts once.
double chance_log2(const Document& a, const Document& b, const WordWeights& weights, const Cluster& cluster) {
  const double surprisal = std::min(covered_weight(a, cluster.box.a, cluster.seeds, &WordBox::a, weights),
                                    covered_weight(b, cluster.box.b, cluster.seeds, &WordBox::b, weights));
  return std::log2(double(a.word_count()) * double(b.word_count())) - surprisal / std::log(2.0);
}

void sort_by_start(std::vector<Span>& spans) {
  sort_by_key(spans, [](const Span& s) { return s.start; });
}

}  // namespace

std::vector<Candidate> moved_text(const Document& a, const Document& b, const WordWeights& weights,
                                  const std::vector<Seed>& seeds, const std::vector<Passage>& passages,
                                  const Options& options, const Tuning& tuning,
                                  const std::vector<Passage>* keeping_a) {
  // Without passages only wording too rare to be chance qualifies (below).
  const std::vector<Passage>& in_a = keeping_a ? *keeping_a : passages;
  const KeptText kept_a = kept_text(a, in_a, false), kept_b = kept_text(b, passages, true);
  std::vector<bool> free_a = kept_a.words, free_b = kept_b.words;
  free_a.flip();
  free_b.flip();

  std::vector<Seed> free_seeds = seeds_in_free_text(seeds, free_a, free_b, tuning.seeding.run_words);
  sort_by_a(free_seeds);
  const ClusterParams gaps{tuning.moves.gap_words, tuning.moves.gap_words, tuning.clustering.max_neighbours};
  std::vector<Cluster> clusters =
      split_by_stretch(split_swapped(cluster_seeds(std::move(free_seeds), gaps), gaps, tuning.banding), kept_a, kept_b);

  // Blocks inside or against passages may be shorter than blocks merely near them.
  const uint32_t min_moved = std::min(options.min_words, tuning.moves.min_words);
  Options moved_options = options;
  moved_options.min_words = std::min(min_moved, tuning.moves.min_touching_words);
  moved_options.allow_repeats = false;
  const uint32_t min_extent = min_cluster_extent(moved_options.min_words, tuning.candidates);
  // Wording too rare to be chance needs no passage nearby, but a reader who asks for long
  // passages only (min_words above its default) wants no phrases: then it needs min_words too.
  const uint32_t min_improbable =
      options.min_words > Options{}.min_words ? options.min_words : tuning.moves.min_touching_words;
  const Nearness near_a(a, passages, false), near_b(b, passages, true);
  std::vector<Candidate> found;
  for (const Cluster& cluster : clusters) {
    // Wording too unlikely to be chance is copied wherever it lies (another version of the
    // story, far from the passages that follow the first); other blocks must lie near passages.
    const bool improbable = cluster.box.narrower_side() >= min_improbable &&
                            chance_log2(a, b, weights, cluster) <= -double(tuning.moves.improbable_bits);
    if (!improbable && (cluster.box.narrower_side() < min_extent || !near_a.near(cluster.box.a, options.gap_words) ||
                        !near_b.near(cluster.box.b, options.gap_words)))
      continue;
    const WordBox within{kept_a.stretch[cluster.box.a.begin], kept_b.stretch[cluster.box.b.begin]};
    std::optional<Candidate> c =
        make_candidate(a, b, weights, cluster.box, cluster.seeds, tuning.candidates, &within);
    if (c) c = with_aligned_edges(std::move(*c), cluster.box, within, a, b, weights, cluster.seeds, tuning.candidates);
    if (c) c = without_kept_edges(std::move(*c), a, b, weights, kept_a, kept_b, cluster.seeds, tuning.candidates);
    if (!c) continue;
    // A short block must lie inside or against passages in both texts.
    const uint32_t words = std::min(c->counts.words_a, c->counts.words_b);
    if (improbable ? words < min_improbable
                   : words < min_moved && !(near_a.near(c->words.a, 0) && near_b.near(c->words.b, 0)))
      continue;
    found.push_back(std::move(*c));
  }
  return select_passages(std::move(found), moved_options);
}

std::vector<Passage> cut_passages(std::vector<Passage> passages, std::vector<Span> cuts_a, std::vector<Span> cuts_b,
                                  const Document& a, const Document& b, const WordWeights& weights,
                                  const MoveTuning& tuning) {
  if (cuts_a.empty() && cuts_b.empty()) return passages;
  sort_by_start(cuts_a);
  sort_by_start(cuts_b);
  std::vector<Passage> out;
  for (Passage& p : passages) {
    if (touches_cut(cuts_a, p.a) || touches_cut(cuts_b, p.b))
      cut_passage(p, cuts_a, cuts_b, a, b, weights, tuning.min_piece_words, out);
    else
      out.push_back(std::move(p));
  }
  return out;
}

std::vector<Passage> cut_at_moves(std::vector<Passage> passages, std::vector<Passage> moved,
                                  const Document& a, const Document& b, const WordWeights& weights,
                                  const MoveTuning& tuning) {
  if (moved.empty()) return passages;
  std::vector<Span> cuts_a, cuts_b;
  for (const Passage& m : moved) cuts_a.push_back(m.a), cuts_b.push_back(m.b);
  std::vector<Passage> out = cut_passages(std::move(passages), std::move(cuts_a), std::move(cuts_b), a, b, weights, tuning);
  std::move(moved.begin(), moved.end(), std::back_inserter(out));
  compact_sort(out, [](const Passage& l, const Passage& r) {
    return l.a.start != r.a.start ? l.a.start < r.a.start : l.b.start < r.b.start;
  });
  return out;
}

}  // namespace overlap::align
