#include "align/cluster.hpp"

#include <algorithm>
#include <numeric>

namespace overlap::align {
namespace {

struct DisjointSets {
  std::vector<uint32_t> parent;
  explicit DisjointSets(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(uint32_t x, uint32_t y) {
    x = find(x), y = find(y);
    if (x != y) parent[std::max(x, y)] = std::min(x, y);
  }
};

uint32_t distance(uint32_t lo0, uint32_t hi0, uint32_t lo1, uint32_t hi1) {
  if (hi0 <= lo1) return lo1 - hi0;
  if (hi1 <= lo0) return lo0 - hi1;
  return 0;
}

// How many later seeds (in A order) each seed is compared with. Real passages have a handful of
// seeds within a gap; only repetitive text has more, and it gains nothing from the rest.
constexpr size_t max_neighbours = 48;

}  // namespace

std::vector<Cluster> cluster_seeds(std::vector<Seed> seeds, uint32_t gap) {
  std::sort(seeds.begin(), seeds.end(),
            [](const Seed& l, const Seed& r) { return l.a0 != r.a0 ? l.a0 < r.a0 : l.b0 < r.b0; });
  DisjointSets sets(seeds.size());
  for (size_t i = 0; i < seeds.size(); ++i) {
    size_t looked = 0;
    for (size_t j = i + 1; j < seeds.size() && looked < max_neighbours; ++j) {
      if (seeds[j].a0 > seeds[i].a1 + gap) break;
      ++looked;
      if (distance(seeds[i].b0, seeds[i].b1, seeds[j].b0, seeds[j].b1) <= gap) sets.join(i, j);
    }
  }
  std::vector<Cluster> clusters;
  std::vector<int64_t> index_of(seeds.size(), -1);
  for (size_t i = 0; i < seeds.size(); ++i) {
    uint32_t root = sets.find(i);
    if (index_of[root] < 0) {
      index_of[root] = static_cast<int64_t>(clusters.size());
      clusters.push_back({seeds[i].a0, seeds[i].a1, seeds[i].b0, seeds[i].b1, 0, {}});
    }
    Cluster& c = clusters[index_of[root]];
    c.a0 = std::min(c.a0, seeds[i].a0);
    c.a1 = std::max(c.a1, seeds[i].a1);
    c.b0 = std::min(c.b0, seeds[i].b0);
    c.b1 = std::max(c.b1, seeds[i].b1);
    c.weight += seeds[i].weight;
    c.seeds.push_back(seeds[i]);
  }
  return clusters;
}

}  // namespace overlap::align
