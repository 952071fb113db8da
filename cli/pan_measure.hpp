// The PAN 2013 text-alignment measure: precision, recall, granularity and plagdet, as defined
// in the corpus README (../shared/corpora/pan13-train/README.md) and in PAN's reference
// evaluator. Ranges are compared as intervals, never as per-character sets, so scoring the whole
// corpus costs microseconds.
#pragma once

#include <cstdint>
#include <vector>

namespace overlap::pan {

/// A half-open range [offset, offset + length) of code points in one document.
struct Range {
  uint64_t offset = 0;
  uint64_t length = 0;
  uint64_t end() const { return offset + length; }
  friend bool operator==(const Range&, const Range&) = default;
};

/// A gold case or a detection: one range in the suspicious document ("this") and one in the
/// source document. As a set of characters it covers both ranges, in their own documents.
struct Annotation {
  Range this_range;
  Range source_range;
  friend bool operator==(const Annotation&, const Annotation&) = default;
};

/// The annotations of one (suspicious, source) document pair. Annotations of different pairs
/// never overlap, so the measure only ever compares cases and detections of the same pair.
struct PairAnnotations {
  std::vector<Annotation> cases;
  std::vector<Annotation> detections;
};

/// `r` detects `s` when they overlap in both documents; overlapping in one is not enough.
bool detects(const Annotation& r, const Annotation& s);

/// Running sums of the measure over any number of pairs. Tallies add up, so per-subset tallies
/// merge into the overall one and worker threads can keep their own.
struct Tally {
  uint64_t cases = 0;
  uint64_t detections = 0;
  double recall_sum = 0;               ///< Σ over cases of |∪_r (s ⊓ r)| / |s|
  double precision_sum = 0;            ///< Σ over detections of |∪_s (s ⊓ r)| / |r|
  uint64_t detected_cases = 0;         ///< cases detected by at least one detection
  uint64_t detections_per_case = 0;    ///< Σ over detected cases of how many detect them

  void add(const PairAnnotations& pair);
  Tally& operator+=(const Tally& other);
};

struct Scores {
  double precision = 0;
  double recall = 0;
  double granularity = 1;
  double plagdet = 0;
};

/// Macro-averaged scores. Where the definition divides by zero, PAN's reference evaluator's
/// conventions apply: no cases and no detections score precision = recall = 1; no cases or no
/// detections (but not both) score 0; granularity is 1 when no case is detected.
Scores score(const Tally& tally);

}  // namespace overlap::pan
