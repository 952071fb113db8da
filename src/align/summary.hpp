// Summaries: a short stretch of one text that condenses a much longer stretch of the other.
#pragma once

#include <cstdint>
#include <vector>

#include "align/candidate.hpp"
#include "align/seed.hpp"
#include "overlap/types.hpp"

namespace overlap::align {

/// Comparing A with several sources: which of A's words other sources echo (in their seeds)
/// where this source does not. Empty when comparing two texts.
class EchoedElsewhere {
 public:
  EchoedElsewhere() = default;
  /// `own` flags A's words this source echoes; `sources_echoing` counts, for each word of A,
  /// the sources that echo it. Both must outlive this object.
  EchoedElsewhere(const std::vector<uint8_t>& own, const std::vector<uint32_t>& sources_echoing)
      : own_(&own), sources_echoing_(&sources_echoing) {}

  uint32_t words_in(WordRange w) const {
    uint32_t n = 0;
    if (own_)
      for (uint32_t i = w.begin; i < w.end; ++i) n += !(*own_)[i] && (*sources_echoing_)[i] > 0;
    return n;
  }

 private:
  const std::vector<uint8_t>* own_ = nullptr;
  const std::vector<uint32_t>* sources_echoing_ = nullptr;
};

/// Candidates pairing a few neighbouring sentences of one text with the long stretch of the
/// other that their similar sentences are scattered over. A summary's sentences each echo a
/// different part of the source, too far apart for ordinary clustering to join. Sentences
/// already inside a close copy (`copies`) take no part: paragraphs reused nearly verbatim and
/// moved independently must stay separate passages. A summary's similarity is the share of
/// its words the summarized stretch contains, and its rank the words that share accounts for.
/// A stretch of A holding at least `min_words` words that only other sources echo
/// (`elsewhere`) is a composite of several sources: it needs no compression (see there), but
/// the stretch of B its echoes span must contain it on its own.
std::vector<Candidate> summary_candidates(const text::Document& a, const text::Document& b,
                                          const WordWeights& weights,
                                          const std::vector<Seed>& seeds,
                                          const std::vector<Candidate>& copies,
                                          const Options& options, const Tuning& tuning,
                                          const EchoedElsewhere& elsewhere = {});

}  // namespace overlap::align
