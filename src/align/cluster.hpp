// Clustering: seeds that lie close together in both texts grow into clusters, the candidate
// passages' raw material.
#pragma once

#include <cstdint>
#include <vector>

#include "align/seed.hpp"

namespace overlap::align {

struct Cluster {
  WordBox box;              ///< bounding box of the seeds
  uint32_t weight = 0;      ///< summed seed weights
  std::vector<Seed> seeds;  ///< sorted by start in A

  /// Adds a seed, growing the box.
  void add(const Seed& seed);
};

/// How close two seeds must be to join, in words on each side. Ordinary passages use the same
/// gap on both sides; summaries a tight one on the short side and a loose one on the long side.
struct ClusterParams {
  uint32_t gap_a = 0, gap_b = 0;
  uint32_t max_neighbours = ClusterTuning{}.max_neighbours;  ///< see ClusterTuning
};

/// Groups seeds transitively: two seeds join when the gap between them is at most `gap_a` words
/// in A and at most `gap_b` words in B. Each seed is examined against a bounded number of
/// successors, so dense repetitive inputs stay near-linear.
std::vector<Cluster> cluster_seeds(std::vector<Seed> seeds, const ClusterParams& params);

}  // namespace overlap::align
