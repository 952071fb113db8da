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

}  // namespace

void Cluster::add(const Seed& seed) {
  box = seeds.empty() ? seed.box : box.hull(seed.box);
  weight += seed.weight;
  seeds.push_back(seed);
}

std::vector<Cluster> cluster_seeds(std::vector<Seed> seeds, const ClusterParams& params) {
  sort_by_a(seeds);
  DisjointSets sets(seeds.size());
  for (size_t i = 0; i < seeds.size(); ++i) {
    size_t looked = 0;
    for (size_t j = i + 1; j < seeds.size() && looked < params.max_neighbours; ++j) {
      if (seeds[j].box.a.begin > seeds[i].box.a.end + params.gap_a) break;
      ++looked;
      if (seeds[i].box.b.distance(seeds[j].box.b) <= params.gap_b) sets.join(i, j);
    }
  }
  // Numbered in order of their first seed; each cluster's seeds allocated once.
  std::vector<uint32_t> cluster_of(seeds.size()), sizes;
  std::vector<int64_t> index_of(seeds.size(), -1);
  for (size_t i = 0; i < seeds.size(); ++i) {
    uint32_t root = sets.find(i);
    if (index_of[root] < 0) {
      index_of[root] = static_cast<int64_t>(sizes.size());
      sizes.push_back(0);
    }
    cluster_of[i] = static_cast<uint32_t>(index_of[root]);
    ++sizes[cluster_of[i]];
  }
  std::vector<Cluster> clusters(sizes.size());
  for (size_t c = 0; c < clusters.size(); ++c) clusters[c].seeds.reserve(sizes[c]);
  for (size_t i = 0; i < seeds.size(); ++i) clusters[cluster_of[i]].add(seeds[i]);
  return clusters;
}

}  // namespace overlap::align
