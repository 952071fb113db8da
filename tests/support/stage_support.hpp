// Hand-made inputs for the unit tests of single pipeline stages: seeds and clusters by their
// word coordinates, so a test can state exactly which rule of a stage it exercises.
#pragma once

#include <algorithm>
#include <vector>

#include "align/cluster.hpp"
#include "align/seed.hpp"

namespace overlap::testing {

/// An exact run: words [a0, a1) of A equal words [b0, b0 + a1 - a0) of B.
inline align::Seed run(uint32_t a0, uint32_t a1, uint32_t b0) {
  return {{{a0, a1}, {b0, b0 + (a1 - a0)}}, a1 - a0, true};
}

/// One cluster holding `seeds`.
inline align::Cluster cluster_of(const std::vector<align::Seed>& seeds) {
  align::Cluster c;
  for (const align::Seed& s : seeds) c.add(s);
  return c;
}

/// The clusters' boxes, sorted by their start in A, for order-free comparison.
inline std::vector<align::WordBox> boxes(const std::vector<align::Cluster>& clusters) {
  std::vector<align::WordBox> out;
  for (const align::Cluster& c : clusters) out.push_back(c.box);
  std::sort(out.begin(), out.end(), [](const align::WordBox& l, const align::WordBox& r) {
    return l.a.begin != r.a.begin ? l.a.begin < r.a.begin : l.b.begin < r.b.begin;
  });
  return out;
}

inline align::WordBox box(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) {
  return {{a0, a1}, {b0, b1}};
}

}  // namespace overlap::testing
