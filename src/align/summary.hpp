// Summaries: a short stretch of one text that condenses a much longer stretch of the other.
#pragma once

#include <vector>

#include "align/candidate.hpp"
#include "align/seed.hpp"
#include "overlap/types.hpp"

namespace overlap::align {

/// Candidates pairing a few neighbouring sentences of one text with the long stretch of the
/// other that their similar sentences are scattered over. A summary's sentences each echo a
/// different part of the source, too far apart for ordinary clustering to join. Sentences
/// already inside a close copy (`copies`) take no part: paragraphs reused nearly verbatim and
/// moved independently must stay separate passages. A summary's similarity is the share of
/// its words the summarized stretch contains, and its rank the words that share accounts for.
std::vector<Candidate> summary_candidates(const text::Document& a, const text::Document& b,
                                          const WordWeights& weights,
                                          const std::vector<Seed>& seeds,
                                          const std::vector<Candidate>& copies,
                                          const Options& options, const Tuning& tuning);

}  // namespace overlap::align
