// ICU word and sentence segmentation over UTF-8 text, with offsets in the original bytes.
#pragma once

#include <string_view>
#include <vector>

#include "overlap/overlap.hpp"
#include "tuning.hpp"

namespace overlap::text {

/// Word tokens tiling `text`, classified by ICU's rule status. Invalid UTF-8 is read as U+FFFD
/// but boundaries stay on the original bytes.
std::vector<Token> segment_words(std::string_view text);

/// Sentence starts (byte offsets, ascending, the first is 0) in `text`. A single line break
/// inside a paragraph does not end a sentence in hard-wrapped prose (common in plain text files;
/// how it is recognised is tuned by `tuning`).
std::vector<uint32_t> sentence_starts(std::string_view text, const TextTuning& tuning);

}  // namespace overlap::text
