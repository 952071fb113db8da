// Extension: seeds that lie close together in both texts grow into candidate passages.
#pragma once

#include <cstdint>
#include <vector>

#include "align/seed.hpp"

namespace overlap::align {

struct Cluster {
  uint32_t a0 = 0, a1 = 0, b0 = 0, b1 = 0;  ///< bounding rectangle, word coordinates
  uint32_t weight = 0;                      ///< summed seed weights
  std::vector<Seed> seeds;                  ///< sorted by a0
};

/// Groups seeds transitively: two seeds join when the gap between them is at most `gap_a` words
/// in A and at most `gap_b` words in B. Seeds are examined against a bounded number of successors, so
/// dense repetitive inputs stay near-linear.
std::vector<Cluster> cluster_seeds(std::vector<Seed> seeds, uint32_t gap_a, uint32_t gap_b);

}  // namespace overlap::align
