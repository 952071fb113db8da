// Choosing the reported passages among the candidates, and marking the moved ones.
#pragma once

#include <vector>

#include "align/candidate.hpp"
#include "overlap/types.hpp"

namespace overlap::align {

/// Drops candidates that are too short or too dissimilar, then (unless repeats are allowed)
/// keeps the strongest (by rank) of any that overlap in either text. Returns them sorted by
/// their start in A.
std::vector<Candidate> select_passages(std::vector<Candidate> candidates, const Options& options);

/// Marks as moved the passages outside the heaviest chain that is in order in both texts: what
/// a reader of A must jump around in B to find. Expects passages sorted by A start.
void mark_moved(std::vector<Passage>& passages);

}  // namespace overlap::align
