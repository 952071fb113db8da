#include "align/carve.hpp"

#include <algorithm>
#include <utility>

#include "align/candidate.hpp"

namespace overlap::align {
namespace {

// How many clusters starting inside one cluster are examined as carvers: real text has a few;
// only repetitive text has more, and it gains nothing from the rest (the cost stays linear).
constexpr size_t max_carvers = 64;

struct Interval {
  uint32_t lo = 0, hi = 0;
};

// The seeds of one cluster along one text, for "is there any seed over [lo, hi)?" queries:
// starts sorted, with the furthest end among each prefix.
class SeedCover {
 public:
  SeedCover(const std::vector<Seed>& seeds, bool in_a) {
    for (const Seed& s : seeds) spans_.push_back(in_a ? Interval{s.a0, s.a1} : Interval{s.b0, s.b1});
    std::sort(spans_.begin(), spans_.end(), [](Interval l, Interval r) { return l.lo < r.lo; });
    uint32_t furthest = 0;
    for (Interval& s : spans_) furthest = s.hi = std::max(furthest, s.hi);
  }
  bool covers_any(Interval range) const {
    auto first_after = std::lower_bound(spans_.begin(), spans_.end(), range.hi,
                                        [](Interval s, uint32_t at) { return s.lo < at; });
    return first_after != spans_.begin() && std::prev(first_after)->hi > range.lo;
  }

 private:
  std::vector<Interval> spans_;  // lo as sorted; hi replaced by the prefix maximum
};

Interval side_of(const Cluster& c, bool in_a) { return in_a ? Interval{c.a0, c.a1} : Interval{c.b0, c.b1}; }

// Stretches of cluster `c` (along one text) that other clusters match with text outside `c`'s
// extent in the other text, and that `c` has no seed in.
std::vector<Interval> cuts_of(const Cluster& c, const std::vector<Cluster>& clusters,
                              const std::vector<uint32_t>& by_start, bool in_a, uint32_t min_words) {
  const Interval own = side_of(c, in_a);
  auto first = std::lower_bound(by_start.begin(), by_start.end(), own.lo, [&](uint32_t i, uint32_t at) {
    return side_of(clusters[i], in_a).lo < at;
  });
  std::vector<Interval> cuts;
  SeedCover cover(c.seeds, in_a);
  size_t examined = 0;
  for (auto it = first; it != by_start.end() && examined < max_carvers; ++it, ++examined) {
    const Cluster& d = clusters[*it];
    const Interval range = side_of(d, in_a);
    if (range.lo >= own.hi) break;
    if (&d == &c || range.hi > own.hi || !could_reach(d, min_words)) continue;
    // Moved away: its match in the other text lies outside this cluster's.
    const Interval there = side_of(d, !in_a), own_there = side_of(c, !in_a);
    if (there.lo < own_there.hi && there.hi > own_there.lo) continue;
    if (!cover.covers_any(range)) cuts.push_back(range);
  }
  return cuts;
}

// Splits the cluster's seeds at the cuts (along one text); pieces without seeds vanish.
std::vector<Cluster> split(const Cluster& c, std::vector<Interval> cuts, bool in_a) {
  std::sort(cuts.begin(), cuts.end(), [](Interval l, Interval r) { return l.lo < r.lo; });
  std::vector<Cluster> pieces(cuts.size() + 1);
  for (const Seed& s : c.seeds) {
    const uint32_t start = in_a ? s.a0 : s.b0;
    // The piece after every cut that starts before this seed: seeds never overlap a cut.
    size_t k = std::upper_bound(cuts.begin(), cuts.end(), start,
                                [](uint32_t at, Interval cut) { return at < cut.lo; }) - cuts.begin();
    Cluster& piece = pieces[k];
    if (piece.seeds.empty()) piece.a0 = s.a0, piece.a1 = s.a1, piece.b0 = s.b0, piece.b1 = s.b1;
    piece.a0 = std::min(piece.a0, s.a0), piece.a1 = std::max(piece.a1, s.a1);
    piece.b0 = std::min(piece.b0, s.b0), piece.b1 = std::max(piece.b1, s.b1);
    piece.weight += s.weight;
    piece.seeds.push_back(s);
  }
  std::erase_if(pieces, [](const Cluster& p) { return p.seeds.empty(); });
  return pieces;
}

std::vector<uint32_t> order_by_start(const std::vector<Cluster>& clusters, bool in_a) {
  std::vector<uint32_t> order(clusters.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t l, uint32_t r) {
    return side_of(clusters[l], in_a).lo < side_of(clusters[r], in_a).lo;
  });
  return order;
}

}  // namespace

std::vector<Cluster> carve_moved(std::vector<Cluster> clusters, uint32_t min_words) {
  const std::vector<uint32_t> by_a = order_by_start(clusters, true);
  const std::vector<uint32_t> by_b = order_by_start(clusters, false);
  std::vector<Cluster> out;
  out.reserve(clusters.size());
  for (const Cluster& c : clusters) {
    // Cuts are found against the clusters as they came: a carver is never itself carved first.
    std::vector<Interval> cuts_a = cuts_of(c, clusters, by_a, true, min_words);
    std::vector<Interval> cuts_b = cuts_of(c, clusters, by_b, false, min_words);
    if (cuts_a.empty() && cuts_b.empty()) {
      out.push_back(c);
      continue;
    }
    for (Cluster& piece : split(c, std::move(cuts_a), true))
      for (Cluster& part : split(piece, cuts_b, false)) out.push_back(std::move(part));
  }
  return out;
}

}  // namespace overlap::align
