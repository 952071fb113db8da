// The in-order mode's own stages: one whole-text word diff, and the seeds of blocks that it
// shows as removed in one place and inserted in another.
#pragma once

#include <vector>

#include "align/seed.hpp"
#include "overlap/types.hpp"
#include "tuning.hpp"

namespace overlap::align {

/// The passage covering both whole texts, its edits the in-order word diff anchored on `runs`
/// (nearly unique exact runs, the evidence the patience diff trusts).
Passage whole_text_passage(const text::Document& a, const text::Document& b,
                           const std::vector<Seed>& runs, const CandidateTuning& tuning);

/// The seeds inside text `whole` removes from A and inserts into B, the evidence of blocks that
/// moved: each seed cut to its longest stretch lying wholly in such text, kept when that is at
/// least `min_words` long.
std::vector<Seed> seeds_in_changes(const text::Document& a, const text::Document& b,
                                   const Passage& whole, const std::vector<Seed>& seeds, uint32_t min_words);

}  // namespace overlap::align
