#include "align/carve.hpp"

#include <algorithm>
#include <utility>

#include "compact_sort.hpp"

namespace overlap::align {
namespace {

using Interval = WordRange;

// Where one cluster's seeds lie along one text, as disjoint sorted intervals.
class SeedCover {
 public:
  SeedCover(const std::vector<Seed>& seeds, bool in_a) {
    std::vector<Interval> spans;
    for (const Seed& s : seeds) spans.push_back(in_a ? s.box.a : s.box.b);
    sort_by_key(spans, [](Interval s) { return s.begin; });
    for (Interval s : spans) {
      if (!merged_.empty() && s.begin <= merged_.back().end) merged_.back().end = std::max(merged_.back().end, s.end);
      else merged_.push_back(s);
    }
  }

  /// Whether seeds cover less than `max_cover` of `range`: a gap, perhaps with a few chance words.
  bool mostly_gap(Interval range, double max_cover) const { return covered(range) < max_cover * range.size(); }

  /// The part of `range`, mostly a gap, to cut out: `range` without the seeds that overlap its
  /// ends (chance matches of a few words inside it are cut out with it).
  Interval gap_in(Interval range) const {
    Interval gap = range;
    for (auto it = first_overlapping(range); it != merged_.end() && it->begin < range.end; ++it) {
      if (it->begin <= gap.begin) gap.begin = std::min(it->end, range.end);
      if (it->end >= range.end) gap.end = std::max(it->begin, gap.begin);
    }
    return gap;
  }

 private:
  std::vector<Interval>::const_iterator first_overlapping(Interval range) const {
    return std::upper_bound(merged_.begin(), merged_.end(), range.begin,
                            [](uint32_t at, Interval s) { return at < s.end; });
  }
  uint32_t covered(Interval range) const {
    uint32_t words = 0;
    for (auto it = first_overlapping(range); it != merged_.end() && it->begin < range.end; ++it)
      words += std::min(it->end, range.end) - std::max(it->begin, range.begin);
    return words;
  }

  std::vector<Interval> merged_;
};

Interval side_of(const Cluster& c, bool in_a) { return in_a ? c.box.a : c.box.b; }

// The clusters that may carve, along one text, sorted by start there: only those long enough to
// become passages, with their extents copied side by side (most clusters are two-seed scraps,
// and the scan below should not walk through them).
struct Carver {
  Interval here, there;  // extent in the text being cut, and in the other text
  const Cluster* cluster;
};

std::vector<Carver> carvers_along(const std::vector<Cluster>& clusters, bool in_a, uint32_t min_extent) {
  std::vector<Carver> carvers;
  for (const Cluster& c : clusters)
    if (c.box.narrower_side() >= min_extent) carvers.push_back({side_of(c, in_a), side_of(c, !in_a), &c});
  sort_by_key(carvers, [](const Carver& c) { return c.here.begin; });
  return carvers;
}

// Stretches of cluster `c` (along one text) that are mostly a gap in `c`'s seeds and that other
// clusters match with text outside `c`'s extent in the other text.
std::vector<Interval> cuts_of(const Cluster& c, const std::vector<Carver>& carvers, bool in_a,
                              const CarveTuning& tuning) {
  const Interval own = side_of(c, in_a);
  auto first = std::lower_bound(carvers.begin(), carvers.end(), own.begin,
                                [](const Carver& d, uint32_t at) { return d.here.begin < at; });
  struct Match {
    Interval here, there;
  };
  std::vector<Match> ranges;
  size_t examined = 0;
  for (auto it = first; it != carvers.end() && examined < tuning.max_carvers; ++it, ++examined) {
    if (it->here.begin >= own.end) break;
    if (it->cluster == &c || it->here.end > own.end) continue;
    ranges.push_back({it->here, it->there});
  }
  if (ranges.empty()) return {};
  const SeedCover here(c.seeds, in_a);
  std::vector<Interval> cuts;
  for (auto [range, elsewhere] : ranges) {
    // Moved away: its match in the other text lies outside this cluster's extent there.
    if (!here.mostly_gap(range, tuning.max_seed_cover) || !elsewhere.apart_from(side_of(c, !in_a))) continue;
    if (Interval gap = here.gap_in(range); !gap.empty()) cuts.push_back(gap);
  }
  return cuts;
}

// Splits the cluster's seeds at the cuts (along one text): the seeds before the first cut, those
// between it and the next, …; seeds inside a cut are dropped, and pieces without seeds vanish.
std::vector<Cluster> split(const Cluster& c, std::vector<Interval> cuts, bool in_a) {
  sort_by_key(cuts, [](Interval c) { return c.begin; });
  std::vector<Cluster> pieces(cuts.size() + 1);
  for (const Seed& s : c.seeds) {
    const Interval at = in_a ? s.box.a : s.box.b;
    if (std::any_of(cuts.begin(), cuts.end(), [&](Interval cut) { return at.overlaps(cut); })) continue;
    size_t k = std::upper_bound(cuts.begin(), cuts.end(), at.begin,
                                [](uint32_t start, Interval cut) { return start < cut.begin; }) - cuts.begin();
    pieces[k].add(s);
  }
  std::erase_if(pieces, [](const Cluster& p) { return p.seeds.empty(); });
  return pieces;
}

}  // namespace

std::vector<Cluster> carve_moved(std::vector<Cluster> clusters, uint32_t min_extent,
                                 const CarveTuning& tuning) {
  // Cuts are found against the clusters as they came: a carver is never itself carved first.
  const std::vector<Carver> along_a = carvers_along(clusters, true, min_extent);
  const std::vector<Carver> along_b = carvers_along(clusters, false, min_extent);
  std::vector<std::pair<size_t, std::vector<Cluster>>> carved;  // cluster index, its pieces
  for (size_t i = 0; i < clusters.size(); ++i) {
    const Cluster& c = clusters[i];
    if (c.box.narrower_side() < min_extent) continue;  // never a passage: nothing to free from it
    std::vector<Interval> cuts_a = cuts_of(c, along_a, true, tuning);
    std::vector<Interval> cuts_b = cuts_of(c, along_b, false, tuning);
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
