#include "pan_measure.hpp"

#include <algorithm>
#include <cmath>

namespace overlap::pan {
namespace {

bool overlaps(Range x, Range y) { return x.offset < y.end() && y.offset < x.end(); }

Range intersection(Range x, Range y) {
  uint64_t start = std::max(x.offset, y.offset);
  uint64_t end = std::min(x.end(), y.end());
  return {start, end > start ? end - start : 0};
}

// |∪ ranges|: sort by start and sweep, so overlapping detections of one case count once.
uint64_t union_length(std::vector<Range>& ranges) {
  std::sort(ranges.begin(), ranges.end(), [](Range x, Range y) { return x.offset < y.offset; });
  uint64_t total = 0;
  uint64_t covered_to = 0;
  for (Range r : ranges) {
    uint64_t start = std::max(r.offset, covered_to);
    if (r.end() > start) {
      total += r.end() - start;
      covered_to = r.end();
    }
  }
  return total;
}

// |∪_{o detects x} (x ∩ o)| / |x|, counting characters in both documents: the recall of a case
// against all detections, or (with the roles swapped) the precision of a detection. Also
// reports how many of `others` detect `x`.
double covered_fraction(const Annotation& x, const std::vector<Annotation>& others, uint64_t& hits) {
  std::vector<Range> in_this, in_source;
  hits = 0;
  for (const Annotation& o : others) {
    if (!detects(o, x)) continue;
    ++hits;
    in_this.push_back(intersection(x.this_range, o.this_range));
    in_source.push_back(intersection(x.source_range, o.source_range));
  }
  uint64_t size = x.this_range.length + x.source_range.length;
  // An empty annotation overlaps nothing; scoring it 0 avoids a 0/0.
  if (size == 0) return 0;
  return double(union_length(in_this) + union_length(in_source)) / double(size);
}

}  // namespace

bool detects(const Annotation& r, const Annotation& s) {
  return overlaps(r.this_range, s.this_range) && overlaps(r.source_range, s.source_range);
}

void Tally::add(const PairAnnotations& pair) {
  uint64_t hits = 0;
  for (const Annotation& s : pair.cases) {
    recall_sum += covered_fraction(s, pair.detections, hits);
    if (hits > 0) {
      ++detected_cases;
      detections_per_case += hits;
    }
  }
  for (const Annotation& r : pair.detections) precision_sum += covered_fraction(r, pair.cases, hits);
  cases += pair.cases.size();
  detections += pair.detections.size();
}

Tally& Tally::operator+=(const Tally& other) {
  cases += other.cases;
  detections += other.detections;
  recall_sum += other.recall_sum;
  precision_sum += other.precision_sum;
  detected_cases += other.detected_cases;
  detections_per_case += other.detections_per_case;
  return *this;
}

Scores score(const Tally& tally) {
  Scores s;
  if (tally.cases == 0 && tally.detections == 0) {
    s.precision = s.recall = 1;
  } else if (tally.cases > 0 && tally.detections > 0) {
    s.recall = tally.recall_sum / double(tally.cases);
    s.precision = tally.precision_sum / double(tally.detections);
  }
  if (tally.detected_cases > 0) s.granularity = double(tally.detections_per_case) / double(tally.detected_cases);
  if (s.precision + s.recall > 0) {
    double f1 = 2 * s.precision * s.recall / (s.precision + s.recall);
    s.plagdet = f1 / std::log2(1 + s.granularity);
  }
  return s;
}

}  // namespace overlap::pan
