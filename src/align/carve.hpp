// Carving: a cluster that bridges, within its gap tolerance, a stretch of one text that another
// cluster matches elsewhere is cut around that stretch.
#pragma once

#include <cstdint>
#include <vector>

#include "align/cluster.hpp"
#include "tuning.hpp"

namespace overlap::align {

/// A paragraph moved away from between two shared neighbours leaves a gap shorter than the gap
/// tolerance, so the neighbours cluster across it and the moved paragraph would be shown as
/// deleted inside their passage, while its own match is dropped as overlapping. Where a cluster
/// has no seed over a stretch that another passage-sized cluster matches, the stretch
/// is evidence of a move, not an edit: the cluster is split into the pieces on either side.
/// Only clusters whose narrower side spans at least `min_extent` words (those that can become
/// passages) carve or are carved.
std::vector<Cluster> carve_moved(std::vector<Cluster> clusters, uint32_t min_extent,
                                 const CarveTuning& tuning);

}  // namespace overlap::align
