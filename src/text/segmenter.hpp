// ICU word segmentation over UTF-8 text, with offsets in the original bytes.
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <string_view>
#include <vector>

#include "overlap/overlap.hpp"

namespace overlap::text {

/// Word tokens tiling `text`, classified by ICU's rule status. Invalid UTF-8 is read as U+FFFD
/// but boundaries stay on the original bytes.
std::vector<Token> segment_words(std::string_view text);

/// A new word break iterator with the rules of ICU's root locale (brkitr/word.brk), or null with
/// the reason in `status`. Opened from the rules' data file directly, as
/// icu::BreakIterator::createWordInstance(Locale::getRoot()) opens the same file at the end of a
/// lookup through ICU's locale and resource bundle code: the wasm module would link that code
/// (~20 KB of its gzipped download) for nothing else.
std::unique_ptr<icu::BreakIterator> open_word_iterator(UErrorCode& status);

}  // namespace overlap::text
