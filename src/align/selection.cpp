#include "align/selection.hpp"

#include <algorithm>
#include <map>

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

std::vector<Passage> select_passages(std::vector<Candidate> candidates, const Options& options) {
  std::erase_if(candidates, [&](const Candidate& c) {
    return std::min(c.words_a, c.words_b) < options.min_words ||
           c.passage.similarity < options.min_similarity;
  });
  // Strongest first: most words kept, then the earliest, so ties resolve the same way each run.
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& l, const Candidate& r) {
    if (l.kept_words != r.kept_words) return l.kept_words > r.kept_words;
    if (l.passage.a.start != r.passage.a.start) return l.passage.a.start < r.passage.a.start;
    return l.passage.b.start < r.passage.b.start;
  });
  std::vector<Passage> passages;
  Occupancy in_a, in_b;
  for (Candidate& c : candidates) {
    if (!options.allow_repeats) {
      if (in_a.overlaps(c.passage.a) || in_b.overlaps(c.passage.b)) continue;
      in_a.take(c.passage.a);
      in_b.take(c.passage.b);
    } else {
      // Even with repeats, the same pair of stretches is reported once.
      bool duplicate = std::any_of(passages.begin(), passages.end(), [&](const Passage& p) {
        return p.a.start < c.passage.a.end && c.passage.a.start < p.a.end &&
               p.b.start < c.passage.b.end && c.passage.b.start < p.b.end;
      });
      if (duplicate) continue;
    }
    passages.push_back(std::move(c.passage));
  }
  std::sort(passages.begin(), passages.end(), [](const Passage& l, const Passage& r) {
    return l.a.start != r.a.start ? l.a.start < r.a.start : l.b.start < r.b.start;
  });
  return passages;
}

void mark_moved(std::vector<Passage>& passages) {
  // Heaviest increasing subsequence by B start, weighted by length: O(n^2) over passages, which
  // number in the tens for real documents and are bounded by the text length otherwise.
  const size_t n = passages.size();
  std::vector<uint64_t> best(n);
  std::vector<int64_t> previous(n, -1);
  for (size_t i = 0; i < n; ++i) {
    best[i] = passages[i].a.size() + passages[i].b.size();
    for (size_t j = 0; j < i; ++j) {
      if (passages[j].b.end <= passages[i].b.start &&
          best[j] + passages[i].a.size() + passages[i].b.size() > best[i]) {
        best[i] = best[j] + passages[i].a.size() + passages[i].b.size();
        previous[i] = static_cast<int64_t>(j);
      }
    }
  }
  for (Passage& p : passages) p.moved = true;
  if (n == 0) return;
  int64_t at = std::max_element(best.begin(), best.end()) - best.begin();
  for (; at >= 0; at = previous[at]) passages[at].moved = false;
}

}  // namespace overlap::align
