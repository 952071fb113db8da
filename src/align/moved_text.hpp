// Moved text: sentences and paragraphs reordered inside a passage's extent or moved just past
// it. A passage's edits are an in-order diff, so such text shows as removed in one place and
// inserted in another: the picture of an order-bound diff. This stage pairs the text no passage
// keeps in A with the text no passage keeps in B, where it shares wording and lies next to
// passages, and cuts the passages around each pair: every piece stays in order, and each pair
// becomes a passage of its own, which the moves stage then marks as moved.
#pragma once

#include <vector>

#include "align/candidate.hpp"
#include "align/seed.hpp"
#include "align/similarity.hpp"
#include "overlap/types.hpp"
#include "text/document.hpp"
#include "tuning.hpp"

namespace overlap::align {

/// Candidates for moved text: clusters of `seeds` lying wholly in text that no passage keeps
/// ("-" and "+" edits, and text outside every passage) on both sides, within
/// `options.gap_words` of a passage in both texts, at least `tuning.moves.min_words` long on each
/// side (`tuning.moves.min_touching_words` when inside or against passages in both texts), and
/// as similar as any passage must be; or anywhere, from `min_touching_words`, when their exact
/// words are too rare to be chance (`tuning.moves.improbable_bits`). They never overlap each other. Comparing A with several
/// sources, `keeping_a` holds the passages of every source: what any of them keeps in A is not
/// free (`passages`, this source's, still decide what is kept in B and what is near).
std::vector<Candidate> moved_text(const text::Document& a, const text::Document& b,
                                  const WordWeights& weights, const std::vector<Seed>& seeds,
                                  const std::vector<Passage>& passages, const Options& options,
                                  const Tuning& tuning, const std::vector<Passage>* keeping_a = nullptr);

/// `passages` cut where `moved` takes text out of them: each passage's edits are split at the A
/// spans of `moved` (which lie in its "-" edits) and at their B spans (in its "+" edits). A
/// piece keeps the changes at its edges (a change's insertion stays with its removal), drops
/// edges that hold no word, keeps at least `tuning.min_piece_words` equal words, and takes the
/// similarity of its own words. Returns the pieces and `moved`, sorted by
/// start in A.
/// `passages` cut at `cuts_a` (spans of A inside their "-" edits) and `cuts_b` (of B, inside
/// their "+" edits), as `cut_at_moves` below cuts them; the pieces only.
std::vector<Passage> cut_passages(std::vector<Passage> passages, std::vector<Span> cuts_a, std::vector<Span> cuts_b,
                                  const text::Document& a, const text::Document& b,
                                  const WordWeights& weights, const MoveTuning& tuning);

std::vector<Passage> cut_at_moves(std::vector<Passage> passages, std::vector<Passage> moved,
                                  const text::Document& a, const text::Document& b,
                                  const WordWeights& weights, const MoveTuning& tuning);

}  // namespace overlap::align
