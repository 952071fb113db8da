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

// Where one cluster's seeds lie along one text, as disjoint sorted intervals.
class SeedCover {
 public:
  SeedCover(const std::vector<Seed>& seeds, bool in_a) {
    std::vector<Interval> spans;
    for (const Seed& s : seeds) spans.push_back(in_a ? Interval{s.a0, s.a1} : Interval{s.b0, s.b1});
    std::sort(spans.begin(), spans.end(), [](Interval l, Interval r) { return l.lo < r.lo; });
    for (Interval s : spans) {
      if (!merged_.empty() && s.lo <= merged_.back().hi) merged_.back().hi = std::max(merged_.back().hi, s.hi);
      else merged_.push_back(s);
    }
  }

  /// Whether seeds cover less than half of `range`: a gap, perhaps with a few chance words.
  bool mostly_gap(Interval range) const { return 2 * covered(range) < range.hi - range.lo; }

  /// The part of `range`, mostly a gap, to cut out: `range` without the seeds that overlap its
  /// ends (chance matches of a few words inside it are cut out with it).
  Interval gap_in(Interval range) const {
    Interval gap = range;
    for (auto it = first_overlapping(range); it != merged_.end() && it->lo < range.hi; ++it) {
      if (it->lo <= gap.lo) gap.lo = std::min(it->hi, range.hi);
      if (it->hi >= range.hi) gap.hi = std::max(it->lo, gap.lo);
    }
    return gap;
  }

 private:
  std::vector<Interval>::const_iterator first_overlapping(Interval range) const {
    return std::upper_bound(merged_.begin(), merged_.end(), range.lo,
                            [](uint32_t at, Interval s) { return at < s.hi; });
  }
  uint32_t covered(Interval range) const {
    uint32_t words = 0;
    for (auto it = first_overlapping(range); it != merged_.end() && it->lo < range.hi; ++it)
      words += std::min(it->hi, range.hi) - std::max(it->lo, range.lo);
    return words;
  }

  std::vector<Interval> merged_;
};

Interval side_of(const Cluster& c, bool in_a) { return in_a ? Interval{c.a0, c.a1} : Interval{c.b0, c.b1}; }

bool outside(Interval x, Interval extent) { return x.hi <= extent.lo || x.lo >= extent.hi; }

// The clusters that may carve, along one text, sorted by start there: only those long enough to
// become passages, with their extents copied side by side (most clusters are two-seed scraps,
// and the scan below should not walk through them).
struct Carver {
  Interval here, there;  // extent in the text being cut, and in the other text
  const Cluster* cluster;
};

std::vector<Carver> carvers_along(const std::vector<Cluster>& clusters, bool in_a, uint32_t min_words) {
  std::vector<Carver> carvers;
  for (const Cluster& c : clusters)
    if (could_reach(c, min_words)) carvers.push_back({side_of(c, in_a), side_of(c, !in_a), &c});
  std::sort(carvers.begin(), carvers.end(), [](const Carver& l, const Carver& r) { return l.here.lo < r.here.lo; });
  return carvers;
}

// Stretches of cluster `c` (along one text) that are mostly a gap in `c`'s seeds and that other
// clusters match with text outside `c`'s extent in the other text.
std::vector<Interval> cuts_of(const Cluster& c, const std::vector<Carver>& carvers, bool in_a) {
  const Interval own = side_of(c, in_a);
  auto first = std::lower_bound(carvers.begin(), carvers.end(), own.lo,
                                [](const Carver& d, uint32_t at) { return d.here.lo < at; });
  struct Match {
    Interval here, there;
  };
  std::vector<Match> ranges;
  size_t examined = 0;
  for (auto it = first; it != carvers.end() && examined < max_carvers; ++it, ++examined) {
    if (it->here.lo >= own.hi) break;
    if (it->cluster == &c || it->here.hi > own.hi) continue;
    ranges.push_back({it->here, it->there});
  }
  if (ranges.empty()) return {};
  const SeedCover here(c.seeds, in_a);
  std::vector<Interval> cuts;
  for (auto [range, elsewhere] : ranges) {
    // Moved away: its match in the other text lies outside this cluster's extent there.
    if (!here.mostly_gap(range) || !outside(elsewhere, side_of(c, !in_a))) continue;
    if (Interval gap = here.gap_in(range); gap.hi > gap.lo) cuts.push_back(gap);
  }
  return cuts;
}

// Splits the cluster's seeds at the cuts (along one text): the seeds before the first cut, those
// between it and the next, …; seeds inside a cut are dropped, and pieces without seeds vanish.
std::vector<Cluster> split(const Cluster& c, std::vector<Interval> cuts, bool in_a) {
  std::sort(cuts.begin(), cuts.end(), [](Interval l, Interval r) { return l.lo < r.lo; });
  std::vector<Cluster> pieces(cuts.size() + 1);
  for (const Seed& s : c.seeds) {
    const Interval at = in_a ? Interval{s.a0, s.a1} : Interval{s.b0, s.b1};
    if (std::any_of(cuts.begin(), cuts.end(), [&](Interval cut) { return at.lo < cut.hi && at.hi > cut.lo; })) continue;
    size_t k = std::upper_bound(cuts.begin(), cuts.end(), at.lo,
                                [](uint32_t start, Interval cut) { return start < cut.lo; }) - cuts.begin();
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

}  // namespace

std::vector<Cluster> carve_moved(std::vector<Cluster> clusters, uint32_t min_words) {
  // Cuts are found against the clusters as they came: a carver is never itself carved first.
  const std::vector<Carver> along_a = carvers_along(clusters, true, min_words);
  const std::vector<Carver> along_b = carvers_along(clusters, false, min_words);
  std::vector<std::pair<size_t, std::vector<Cluster>>> carved;  // cluster index, its pieces
  for (size_t i = 0; i < clusters.size(); ++i) {
    const Cluster& c = clusters[i];
    if (!could_reach(c, min_words)) continue;  // never a passage: nothing to free from it
    std::vector<Interval> cuts_a = cuts_of(c, along_a, true);
    std::vector<Interval> cuts_b = cuts_of(c, along_b, false);
    if (cuts_a.empty() && cuts_b.empty()) continue;
    std::vector<Cluster> pieces;
    for (Cluster& piece : split(c, std::move(cuts_a), true))
      for (Cluster& part : split(piece, cuts_b, false)) pieces.push_back(std::move(part));
    carved.emplace_back(i, std::move(pieces));
  }
  if (carved.empty()) return clusters;
  std::vector<Cluster> out;
  out.reserve(clusters.size() + carved.size());
  size_t next = 0;
  for (size_t i = 0; i < clusters.size(); ++i) {
    if (next < carved.size() && carved[next].first == i) {
      for (Cluster& piece : carved[next++].second) out.push_back(std::move(piece));
    } else {
      out.push_back(std::move(clusters[i]));
    }
  }
  return out;
}

}  // namespace overlap::align
