// Seeds: small pieces of evidence that a stretch of A and a stretch of B share wording.
#pragma once

#include <cstdint>
#include <vector>

#include "align/geometry.hpp"
#include "text/document.hpp"
#include "tuning.hpp"

namespace overlap::align {

/// Words `box.a` of A correspond to words `box.b` of B.
struct Seed {
  WordBox box;
  /// Words of evidence: the length of an exact run, or the shared content words of a sentence pair.
  uint32_t weight = 0;
  bool exact = false;  ///< an exact run of words (same length on both sides), usable as a diff anchor
};

/// Sorts by start in A, then in B: the order every stage after seeding expects.
void sort_by_a(std::vector<Seed>& seeds);

/// Maximal runs of at least `words` identical words that appear at most `max_repeats` times in
/// each text. Runs of words every sentence repeats carry no evidence and would make the cost
/// quadratic.
std::vector<Seed> exact_runs(const text::Document& a, const text::Document& b, uint32_t words,
                             uint32_t max_repeats);

/// How many sentences (of `sentences` in both texts) a word may appear in and still count as a
/// content word. A word in more acts as a function word ("the", "of", "said"), in any language,
/// without a stop-word list: it carries no evidence that two stretches share wording.
uint32_t function_word_limit(double sentences, const SeedTuning& tuning);

/// Sentence pairs whose content words overlap enough (cosine of idf-weighted word sets and Dice
/// coefficient both at least `tuning.sentence_similarity`): evidence that survives paraphrase
/// and translation, where exact runs are scarce.
std::vector<Seed> similar_sentences(const text::Document& a, const text::Document& b,
                                    const SeedTuning& tuning);

}  // namespace overlap::align
