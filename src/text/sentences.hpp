// Sentence boundaries over UTF-8 text, with offsets in the original bytes.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tuning.hpp"

namespace overlap::text {

/// Sentence starts (byte offsets, ascending, the first is 0) in `text`. A single line break
/// inside a paragraph does not end a sentence in hard-wrapped prose (common in plain text files;
/// how it is recognised is tuned by `tuning`).
std::vector<uint32_t> sentence_starts(std::string_view text, const TextTuning& tuning);

/// The boundaries of ICU's root-locale sentence break iterator (the rules of Unicode UAX #29,
/// as ICU's reference rules write them), computed in one pass without the iterator: the same
/// offsets, every boundary inside the text (0 and text.size() excluded), ascending. Invalid
/// UTF-8 reads as U+FFFD, as in ICU's UTF-8 text access.
std::vector<uint32_t> sentence_breaks(std::string_view text);

}  // namespace overlap::text
