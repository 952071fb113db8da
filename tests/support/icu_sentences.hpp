// The reference for text::sentence_breaks: ICU's root sentence break iterator over UTF-8 bytes,
// which the segmenter used before it computed the same boundaries itself.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace overlap::testing {

/// Every boundary ICU's sentence iterator reports inside `text` (0 and text.size() excluded).
inline std::vector<uint32_t> icu_sentence_breaks(std::string_view text) {
  std::vector<uint32_t> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status)) {
    it->setText(ut, status);
    it->first();
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
      if (static_cast<size_t>(b) < text.size()) out.push_back(static_cast<uint32_t>(b));
  }
  utext_close(ut);
  return out;
}

}  // namespace overlap::testing
