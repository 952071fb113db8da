// The in-order mode's own stages: one whole-text word diff, and the seeds of blocks that it
// shows as removed in one place and inserted in another.
#pragma once

#include <string_view>
#include <vector>

#include "align/seed.hpp"
#include "align/similarity.hpp"
#include "overlap/types.hpp"
#include "tuning.hpp"

namespace overlap::align {

/// The passage covering both whole texts, its edits the in-order word diff anchored on `runs`
/// (nearly unique exact runs, the evidence the patience diff trusts).
Passage whole_text_passage(const text::Document& a, const text::Document& b, const WordWeights& weights,
                           const std::vector<Seed>& runs, const CandidateTuning& tuning);

/// The seeds inside text `whole` removes from A and inserts into B, the evidence of blocks that
/// moved: each seed cut to its longest stretch lying wholly in such text, kept when that is at
/// least `min_words` long.
std::vector<Seed> seeds_in_changes(const text::Document& a, const text::Document& b,
                                   const Passage& whole, const std::vector<Seed>& seeds, uint32_t min_words);

/// The seeds lying in text marked free on both sides (`free_a` per word of A, `free_b` of B):
/// an exact seed cut to its longest stretch of free word pairs, kept when that is at least
/// `min_words` long; any other seed kept only when wholly free.
std::vector<Seed> seeds_in_free_text(const std::vector<Seed>& seeds, const std::vector<bool>& free_a,
                                     const std::vector<bool>& free_b, uint32_t min_words);

/// Where a moved block starts inside text the whole-text diff kept (a moved paragraph and the
/// one after it both begin with "The", so the diff kept the moved one's "The" in place and
/// removed the next one's), gives the kept words back to the paragraph they begin: the removal
/// (or insertion) is then the moved block and nothing else. The edits keep tiling both texts.
void uncross_moved_edges(Passage& whole, const std::vector<Passage>& moved, std::string_view a,
                         std::string_view b);

}  // namespace overlap::align
