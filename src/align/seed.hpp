// Seeds: small pieces of evidence that a stretch of A and a stretch of B share wording.
#pragma once

#include <cstdint>
#include <vector>

#include "text/document.hpp"

namespace overlap::align {

/// A rectangle in word coordinates: words [a0, a1) of A correspond to words [b0, b1) of B.
struct Seed {
  uint32_t a0 = 0, a1 = 0;
  uint32_t b0 = 0, b1 = 0;
  /// Words of evidence: the length of an exact run, or the shared content words of a sentence pair.
  uint32_t weight = 0;
  bool exact = false;  ///< an exact run of words (a1 - a0 == b1 - b0), usable as a diff anchor
};

/// Maximal runs of at least `n` identical words that appear at most `max_repeats` times in each
/// text. Runs of words every sentence repeats carry no evidence and would make the cost quadratic.
std::vector<Seed> exact_runs(const text::Document& a, const text::Document& b, uint32_t n,
                             uint32_t max_repeats);

/// Sentence pairs whose content words overlap enough (cosine of idf-weighted word sets and Dice
/// coefficient both at least `threshold`): evidence that survives paraphrase and translation,
/// where exact runs are scarce.
std::vector<Seed> similar_sentences(const text::Document& a, const text::Document& b,
                                    double threshold);

}  // namespace overlap::align
