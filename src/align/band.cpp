#include "align/band.hpp"

#include <algorithm>
#include <cstdlib>

#include "compact_sort.hpp"
#include "overlap/types.hpp"

namespace overlap::align {
namespace {

struct Band {
  std::vector<Seed> seeds;
  WordBox box;
  int64_t diagonal = 0;  // of the first seed: bands are built in diagonal order

  void add(const Seed& s) {
    box = seeds.empty() ? s.box : box.hull(s.box);
    if (seeds.empty()) diagonal = s.box.diagonal();
    seeds.push_back(s);
  }
  void absorb(Band&& o) {
    for (const Seed& s : o.seeds) add(s);
  }
  uint32_t weight() const {
    uint32_t w = 0;
    for (const Seed& s : seeds) w += s.weight;
    return w;
  }
};

// Apart in both texts and in opposite orders.
bool boxes_swapped(const Band& x, const Band& y) {
  const Range a = x.box.a, b = x.box.b, oa = y.box.a, ob = y.box.b;
  bool a_before = a.end <= oa.begin, a_after = oa.end <= a.begin;
  bool b_before = b.end <= ob.begin, b_after = ob.end <= b.begin;
  return (a_before && b_after) || (a_after && b_before);
}

// In opposite orders in the two texts: a swap, or a paragraph moved away from between the other
// band's seeds (their boxes then overlap in the text it left, so boxes alone cannot tell). Such
// a band is apart from the other in one text, and most of its weight lies in seeds that cross a
// seed of the other (before it in one text, after it in the other).
bool swapped(const Band& x, const Band& y, const BandTuning& tuning) {
  if (boxes_swapped(x, y)) return true;
  const bool apart_a = x.box.a.apart_from(y.box.a), apart_b = x.box.b.apart_from(y.box.b);
  if (!(apart_a || apart_b) || x.seeds.size() * y.seeds.size() > tuning.max_crossing_checks) return false;
  const uint32_t x_weight = x.weight(), y_weight = y.weight();
  const Band& small = x_weight <= y_weight ? x : y;
  const Band& other = x_weight <= y_weight ? y : x;
  // Where the boxes overlap, the lighter band sits in a gap of the other's seeds (text the other
  // does not share), not among them.
  bool interleaved = std::any_of(other.seeds.begin(), other.seeds.end(), [&](const Seed& t) {
    return apart_b ? t.box.a.overlaps(small.box.a) : t.box.b.overlaps(small.box.b);
  });
  if (interleaved) return false;
  uint32_t crossing = 0;
  for (const Seed& s : small.seeds) {
    bool crosses = std::any_of(other.seeds.begin(), other.seeds.end(), [&](const Seed& t) {
      return (t.box.a.begin >= s.box.a.end && t.box.b.end <= s.box.b.begin) ||
             (t.box.a.end <= s.box.a.begin && t.box.b.begin >= s.box.b.end);
    });
    if (crosses) crossing += s.weight;
  }
  return 2 * crossing >= std::min(x_weight, y_weight);
}

// Splits seeds into groups that are swapped with each other. Each keeps its own diagonal (B
// position minus A position): seeds are cut where the diagonal jumps by more than `gap`. Pieces
// long enough to be passages (a share of the gap on both sides) stay apart only when they are in
// opposite orders, since reworded text scatters diagonals too; shorter pieces join the nearest
// long one by diagonal.
std::vector<std::vector<Seed>> swapped_groups(std::vector<Seed> seeds, uint32_t gap,
                                              const BandTuning& tuning) {
  // Diagonals lie within ±max_input_bytes words, so shifted by 2^31 they fit a 32-bit key.
  static_assert(max_input_bytes <= (1u << 31));
  sort_by_key(seeds, [](const Seed& s) { return static_cast<uint32_t>(s.box.diagonal() + (int64_t{1} << 31)); });
  const uint32_t long_words = static_cast<uint32_t>(gap * tuning.long_band_share);
  std::vector<Band> long_bands, short_bands;
  Band band;
  for (size_t i = 0; i <= seeds.size(); ++i) {
    if (i == seeds.size() || (i > 0 && seeds[i].box.diagonal() - seeds[i - 1].box.diagonal() > int64_t(gap))) {
      (band.box.narrower_side() >= long_words ? long_bands : short_bands).push_back(std::move(band));
      band = Band{};
    }
    if (i < seeds.size()) band.add(seeds[i]);
  }
  for (bool merged = true; merged && long_bands.size() > 1;) {
    merged = false;
    for (size_t i = 0; i < long_bands.size() && !merged; ++i)
      for (size_t j = i + 1; j < long_bands.size() && !merged; ++j)
        if (!swapped(long_bands[i], long_bands[j], tuning)) {
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

// Whether the seeds' diagonals all lie within `gap` of each other: then no two neighbours by
// diagonal are further apart, `swapped_groups` makes one band, and the cluster stays whole. Most
// clusters are such, and this answers without copying their seeds.
bool one_band(const std::vector<Seed>& seeds, uint32_t gap) {
  if (seeds.empty()) return true;
  int64_t low = seeds.front().box.diagonal(), high = low;
  for (const Seed& s : seeds) low = std::min(low, s.box.diagonal()), high = std::max(high, s.box.diagonal());
  return high - low <= int64_t(gap);
}

}  // namespace

std::vector<Cluster> split_swapped(std::vector<Cluster> clusters, const ClusterParams& params,
                                   const BandTuning& tuning) {
  std::vector<Cluster> out;
  for (Cluster& cluster : clusters) {
    if (one_band(cluster.seeds, params.gap_a)) {
      out.push_back(std::move(cluster));
      continue;
    }
    std::vector<std::vector<Seed>> bands = swapped_groups(cluster.seeds, params.gap_a, tuning);
    if (bands.size() == 1) {
      out.push_back(std::move(cluster));
      continue;
    }
    for (std::vector<Seed>& band : bands)
      for (Cluster& c : split_swapped(cluster_seeds(std::move(band), params), params, tuning))
        out.push_back(std::move(c));
  }
  return out;
}

}  // namespace overlap::align
