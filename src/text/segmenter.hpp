// ICU word segmentation over UTF-8 text, with offsets in the original bytes.
#pragma once

#include <string_view>
#include <vector>

#include "overlap/overlap.hpp"

namespace overlap::text {

/// Word tokens tiling `text`, classified by ICU's rule status. Invalid UTF-8 is read as U+FFFD
/// but boundaries stay on the original bytes.
std::vector<Token> segment_words(std::string_view text);

}  // namespace overlap::text
