#include "align/cluster.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
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

bool by_a(const Seed& l, const Seed& r) { return l.a0 != r.a0 ? l.a0 < r.a0 : l.b0 < r.b0; }

// How many later seeds (in A order) each seed is compared with. Real passages have a handful of
// seeds within a gap; only repetitive text has more, and it gains nothing from the rest.
constexpr size_t max_neighbours = 48;
// Seed pairs compared to tell whether two bands cross; beyond it (repetitive text) their
// bounding boxes decide.
constexpr size_t max_crossing_checks = 1 << 16;

std::vector<Cluster> join_close_seeds(std::vector<Seed> seeds, uint32_t gap_a, uint32_t gap_b) {
  std::sort(seeds.begin(), seeds.end(), by_a);
  DisjointSets sets(seeds.size());
  for (size_t i = 0; i < seeds.size(); ++i) {
    size_t looked = 0;
    for (size_t j = i + 1; j < seeds.size() && looked < max_neighbours; ++j) {
      if (seeds[j].a0 > seeds[i].a1 + gap_a) break;
      ++looked;
      if (distance(seeds[i].b0, seeds[i].b1, seeds[j].b0, seeds[j].b1) <= gap_b) sets.join(i, j);
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

struct Band {
  std::vector<Seed> seeds;
  uint32_t a0 = UINT32_MAX, a1 = 0, b0 = UINT32_MAX, b1 = 0;
  int64_t diagonal = 0;  // of the first seed: bands are built in diagonal order
  void add(const Seed& s) {
    if (seeds.empty()) diagonal = int64_t(s.b0) - int64_t(s.a0);
    seeds.push_back(s);
    a0 = std::min(a0, s.a0), a1 = std::max(a1, s.a1), b0 = std::min(b0, s.b0), b1 = std::max(b1, s.b1);
  }
  void absorb(Band&& o) {
    for (const Seed& s : o.seeds) add(s);
  }
  bool long_enough(uint32_t words) const { return std::min(a1 - a0, b1 - b0) >= words; }
  uint32_t weight() const {
    uint32_t w = 0;
    for (const Seed& s : seeds) w += s.weight;
    return w;
  }
  // In opposite orders in the two texts: a swap, or a paragraph moved away from between the
  // other band's seeds (their boxes then overlap in the text it left, so boxes alone cannot
  // tell). Such a band is apart from the other in one text, and most of its weight lies in
  // seeds that cross a seed of the other (before it in one text, after it in the other).
  bool swapped_with(const Band& o) const {
    if (boxes_swapped_with(o)) return true;
    const bool apart_a = a1 <= o.a0 || o.a1 <= a0, apart_b = b1 <= o.b0 || o.b1 <= b0;
    if (!(apart_a || apart_b) || seeds.size() * o.seeds.size() > max_crossing_checks) return false;
    const uint32_t own_weight = weight(), other_weight = o.weight();
    const Band& small = own_weight <= other_weight ? *this : o;
    const Band& other = own_weight <= other_weight ? o : *this;
    // Where the boxes overlap, the lighter band sits in a gap of the other's seeds (text the
    // other does not share), not among them.
    bool interleaved = std::any_of(other.seeds.begin(), other.seeds.end(), [&](const Seed& t) {
      return apart_b ? t.a0 < small.a1 && t.a1 > small.a0 : t.b0 < small.b1 && t.b1 > small.b0;
    });
    if (interleaved) return false;
    uint32_t crossing = 0;
    for (const Seed& s : small.seeds) {
      bool crosses = std::any_of(other.seeds.begin(), other.seeds.end(), [&](const Seed& t) {
        return (t.a0 >= s.a1 && t.b1 <= s.b0) || (t.a1 <= s.a0 && t.b0 >= s.b1);
      });
      if (crosses) crossing += s.weight;
    }
    return 2 * crossing >= std::min(own_weight, other_weight);
  }
  // Apart in both texts and in opposite orders.
  bool boxes_swapped_with(const Band& o) const {
    bool a_before = a1 <= o.a0, a_after = o.a1 <= a0, b_before = b1 <= o.b0, b_after = o.b1 <= b0;
    return (a_before && b_after) || (a_after && b_before);
  }
};

// Splits seeds into groups that are swapped with each other: two paragraphs swapped between the
// texts lie close together in both, so they cluster, yet each keeps its own diagonal (B position
// minus A position). Seeds are cut where the diagonal jumps by more than `gap`. Pieces long
// enough to be passages (half a gap on both sides) stay apart only when they are in opposite
// orders (swapped, or one moved away from between the other's seeds), since reworded text
// scatters diagonals too; shorter pieces join the nearest long one by diagonal.
std::vector<std::vector<Seed>> swapped_groups(std::vector<Seed> seeds, uint32_t gap) {
  auto diagonal = [](const Seed& s) { return int64_t(s.b0) - int64_t(s.a0); };
  std::sort(seeds.begin(), seeds.end(),
            [&](const Seed& l, const Seed& r) { return diagonal(l) < diagonal(r); });
  std::vector<Band> long_bands, short_bands;
  Band band;
  for (size_t i = 0; i <= seeds.size(); ++i) {
    if (i == seeds.size() || (i > 0 && diagonal(seeds[i]) - diagonal(seeds[i - 1]) > int64_t(gap))) {
      (band.long_enough(gap / 2) ? long_bands : short_bands).push_back(std::move(band));
      band = Band{};
    }
    if (i < seeds.size()) band.add(seeds[i]);
  }
  for (bool merged = true; merged && long_bands.size() > 1;) {
    merged = false;
    for (size_t i = 0; i < long_bands.size() && !merged; ++i)
      for (size_t j = i + 1; j < long_bands.size() && !merged; ++j)
        if (!long_bands[i].swapped_with(long_bands[j])) {
          long_bands[i].absorb(std::move(long_bands[j]));
          long_bands.erase(long_bands.begin() + j);
          merged = true;
        }
  }
  if (long_bands.size() <= 1) return {std::move(seeds)};
  for (Band& piece : short_bands) {
    auto nearest = std::min_element(long_bands.begin(), long_bands.end(), [&](const Band& l, const Band& r) {
      return std::abs(l.diagonal - piece.diagonal) < std::abs(r.diagonal - piece.diagonal);
    });
    nearest->absorb(std::move(piece));
  }
  std::vector<std::vector<Seed>> groups;
  for (Band& b : long_bands) groups.push_back(std::move(b.seeds));
  return groups;
}

}  // namespace

std::vector<Cluster> cluster_seeds(std::vector<Seed> seeds, uint32_t gap_a, uint32_t gap_b) {
  std::vector<Cluster> clusters = join_close_seeds(std::move(seeds), gap_a, gap_b);
  // Banding applies to ordinary passages only: a summary's echoes share no diagonal.
  if (gap_a != gap_b) return clusters;
  std::vector<Cluster> out;
  for (Cluster& cluster : clusters) {
    std::vector<std::vector<Seed>> bands = swapped_groups(cluster.seeds, gap_a);
    if (bands.size() == 1) {
      out.push_back(std::move(cluster));
      continue;
    }
    // A group may hold several passages once the swapped seeds are gone: cluster it again.
    for (std::vector<Seed>& band : bands)
      for (Cluster& c : cluster_seeds(std::move(band), gap_a, gap_b)) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace overlap::align
