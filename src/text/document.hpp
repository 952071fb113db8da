// The analysed form of one text: tokens, their interned match keys, words and sentences.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "overlap/overlap.hpp"
#include "text/interner.hpp"
#include "tuning.hpp"

namespace overlap::text {

struct Document {
  std::string_view text;
  std::vector<Token> tokens;          ///< tile the text
  std::vector<uint32_t> token_ids;    ///< match key per token; Interner::space_id for spaces
  std::vector<uint32_t> words;        ///< token index of each word or number token
  std::vector<uint32_t> word_ids;     ///< match key of each word (= token_ids[words[i]])
  std::vector<uint32_t> stem_ids;     ///< key of each word cut to its first letters (TextTuning)
  std::vector<uint32_t> sentence_of_word;     ///< sentence index of each word
  std::vector<uint32_t> sentence_first_word;  ///< first word of each sentence, plus words.size()
  bool had_invalid_utf8 = false;

  uint32_t word_count() const { return static_cast<uint32_t>(words.size()); }
  uint32_t sentence_count() const { return static_cast<uint32_t>(sentence_first_word.size()) - 1; }
  /// Byte span of word i.
  Span word_span(uint32_t i) const { return tokens[words[i]].span; }
  /// Byte span from the start of word `first` to the end of word `last - 1`.
  Span words_span(uint32_t first, uint32_t last) const {
    return {word_span(first).start, word_span(last - 1).end};
  }
  /// Index of the first word starting at or after byte `at` (word_count() when none).
  uint32_t first_word_from(uint32_t at) const {
    uint32_t lo = 0, hi = word_count();
    while (lo < hi) {
      const uint32_t mid = lo + (hi - lo) / 2;
      if (word_span(mid).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
};

/// Segments, folds and interns `text`; stems are the first `tuning.stem_letters` letters of a
/// word's key. Both texts of a comparison share one interner.
Document analyse(std::string_view text, Interner& interner, const TextTuning& tuning);

}  // namespace overlap::text
