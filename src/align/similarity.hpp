// How much wording two stretches share, independent of order.
#pragma once

#include <cstdint>
#include <vector>

#include "align/geometry.hpp"
#include "text/document.hpp"
#include "tuning.hpp"

namespace overlap::align {

/// Weights of word stems by rarity across both texts, so that shared rare words count for more
/// than shared function words: two unrelated paragraphs share plenty of "the", "of" and "and".
class WordWeights {
 public:
  /// `seeding` holds the rule for function words (`function_word_limit`).
  WordWeights(const text::Document& a, const text::Document& b, const SeedTuning& seeding);
  /// Weights by rarity across A and all of `others` (comparing A with several sources).
  WordWeights(const text::Document& a, const std::vector<const text::Document*>& others,
              const SeedTuning& seeding);

  double weight(uint32_t stem) const { return weight_[stem]; }
  /// The share of all words of the texts that have `stem`: the chance that a word picked at
  /// random is one of them.
  double frequency(uint32_t stem) const { return frequency_[stem]; }
  /// Whether `stem` is a function word of these texts ("the", "of", "said"): in more of their
  /// sentences than `function_word_limit` allows a content word.
  bool is_function_word(uint32_t stem) const { return function_word_[stem]; }

  /// Weighted Dice coefficient of the stem multisets of words `wa` of A and `wb` of B, in
  /// [0, 1]: 1 when both hold the same words in any order.
  double similarity(const text::Document& a, WordRange wa, const text::Document& b, WordRange wb) const;

  /// Calls `use(contains)`, where `contains(stem)` tells whether words `range` of `d` hold
  /// `stem`: constant-time lookups without sorting, on a table reused across calls.
  template <class Use>
  void with_stems_of(const text::Document& d, WordRange range, Use use) const {
    for (uint32_t w = range.begin; w < range.end; ++w) ++count_[d.stem_ids[w]];
    use([this](uint32_t stem) { return count_[stem] > 0; });
    for (uint32_t w = range.begin; w < range.end; ++w) count_[d.stem_ids[w]] = 0;
  }

  /// Weighted share of the words `wa` of A found among the words `wb` of B, in [0, 1]: how
  /// much of a summary the summarized text accounts for.
  double containment(const text::Document& a, WordRange wa, const text::Document& b, WordRange wb) const;

 private:
  // Weighted sizes of the stem multisets of both stretches and of their intersection.
  struct Overlap { double a = 0, b = 0, common = 0; };
  Overlap overlap(const text::Document& a, WordRange wa, const text::Document& b, WordRange wb) const;

  std::vector<float> weight_;     // by stem id
  std::vector<float> frequency_;  // by stem id
  std::vector<bool> function_word_;  // by stem id
  // Occurrences of each stem in the stretch being looked at; all zero between calls. Scratch
  // space of one comparison, which runs on one thread.
  mutable std::vector<uint32_t> count_;
};

}  // namespace overlap::align
