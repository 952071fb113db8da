#include "align/selection.hpp"

#include <algorithm>
#include <map>

#include "compact_sort.hpp"

namespace overlap::align {
namespace {

// Spans already taken in one text, keyed by start; taken spans never overlap each other.
class Occupancy {
 public:
  bool overlaps(Span s) const {
    auto next = taken_.lower_bound(s.start);
    if (next != taken_.end() && next->first < s.end) return true;
    return next != taken_.begin() && std::prev(next)->second > s.start;
  }
  void take(Span s) { taken_.emplace(s.start, s.end); }

 private:
  std::map<uint32_t, uint32_t> taken_;
};

}  // namespace

std::vector<Candidate> select_passages(std::vector<Candidate> candidates, const Options& options) {
  std::erase_if(candidates, [&](const Candidate& c) {
    return std::min(c.counts.words_a, c.counts.words_b) < options.min_words ||
           c.similarity < options.min_similarity;
  });
  // Strongest first, then the earliest (in A, then in the sources' order), so ties resolve the
  // same way each run: of two identical versions of a story, the first given wins.
  compact_sort(candidates, [](const Candidate& l, const Candidate& r) {
    if (l.rank != r.rank) return l.rank > r.rank;
    if (l.a.start != r.a.start) return l.a.start < r.a.start;
    if (l.source != r.source) return l.source < r.source;
    return l.b.start < r.b.start;
  });
  std::vector<Candidate> selected;
  Occupancy in_a;
  std::map<uint32_t, Occupancy> in_b;  // by source
  for (Candidate& c : candidates) {
    if (!options.allow_repeats) {
      if (in_a.overlaps(c.a) || in_b[c.source].overlaps(c.b)) continue;
      in_a.take(c.a);
      in_b[c.source].take(c.b);
    } else {
      // Even with repeats, the same pair of stretches is reported once.
      bool duplicate = std::any_of(selected.begin(), selected.end(), [&](const Candidate& p) {
        return p.source == c.source && p.a.start < c.a.end && c.a.start < p.a.end && p.b.start < c.b.end &&
               c.b.start < p.b.end;
      });
      if (duplicate) continue;
    }
    selected.push_back(std::move(c));
  }
  compact_sort(selected, [](const Candidate& l, const Candidate& r) {
    if (l.a.start != r.a.start) return l.a.start < r.a.start;
    return l.source != r.source ? l.source < r.source : l.b.start < r.b.start;
  });
  return selected;
}

void mark_moved(std::vector<Passage>& passages) {
  // Heaviest chain increasing in both texts, weighted by length: a longest-increasing-subsequence
  // over B order with a Fenwick tree of prefix maxima, O(n log n) however many passages.
  const size_t n = passages.size();
  for (Passage& p : passages) p.moved = true;
  if (n == 0) return;
  std::vector<uint32_t> ends(n);
  for (size_t i = 0; i < n; ++i) ends[i] = passages[i].b.end;
  std::sort(ends.begin(), ends.end());
  // tree[k] holds the best (weight, passage) among chains ending at B end ranks in its range.
  std::vector<std::pair<uint64_t, int64_t>> tree(n + 1, {0, -1});
  std::vector<uint64_t> best(n);
  std::vector<int64_t> previous(n, -1);
  for (size_t i = 0; i < n; ++i) {
    // Chains may continue from passages ending at or before this one's B start.
    size_t rank = std::upper_bound(ends.begin(), ends.end(), passages[i].b.start) - ends.begin();
    std::pair<uint64_t, int64_t> before{0, -1};
    for (size_t k = rank; k > 0; k -= k & -k) before = std::max(before, tree[k]);
    best[i] = before.first + passages[i].a.size() + passages[i].b.size();
    previous[i] = before.second;
    size_t own = std::lower_bound(ends.begin(), ends.end(), passages[i].b.end) - ends.begin() + 1;
    for (size_t k = own; k <= n; k += k & -k) tree[k] = std::max(tree[k], {best[i], int64_t(i)});
  }
  int64_t at = std::max_element(best.begin(), best.end()) - best.begin();
  for (; at >= 0; at = previous[at]) passages[at].moved = false;
}

}  // namespace overlap::align
