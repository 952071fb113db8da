// Choosing the reported passages among the candidates, and marking the moved ones.
#pragma once

#include <vector>

#include "align/candidate.hpp"
#include "overlap/types.hpp"

namespace overlap::align {

/// Drops candidates that are too short or too dissimilar, then (unless repeats are allowed)
/// keeps the strongest of any that overlap in either text. Returns passages sorted by A start.
std::vector<Passage> select_passages(std::vector<Candidate> candidates, const Options& options);

/// Marks as moved the passages outside the heaviest chain that is in order in both texts: what
/// a reader of A must jump around in B to find. Expects passages sorted by A start.
void mark_moved(std::vector<Passage>& passages);

}  // namespace overlap::align
