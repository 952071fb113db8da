// libFuzzer target for segmentation and folding: word tokens tile the text on character
// boundaries, sentence starts ascend from 0 on boundaries, sentence boundaries are those of ICU's
// sentence iterator, and folding yields valid UTF-8, is idempotent and repeatable. The whole
// input is one text.
#include <string>

#include "fuzz_support.hpp"
#include "icu_sentences.hpp"
#include "text/segmenter.hpp"
#include "text/sentences.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace overlap;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::Boundaries bounds(text);
  std::vector<Token> tokens = segment(text);
  uint32_t at = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    std::string where = "token " + std::to_string(i) + " " + fuzz::show(t.span);
    OVERLAP_FUZZ_CHECK(t.span.start == at, where + " does not start where the previous ended");
    OVERLAP_FUZZ_CHECK(!t.span.empty(), where + " empty");
    fuzz::check_span(t.span, bounds, size, where);
    at = t.span.end;
  }
  OVERLAP_FUZZ_CHECK(at == size, "tokens end at " + std::to_string(at) + " of " + std::to_string(size));
  OVERLAP_FUZZ_CHECK(segment(text) == tokens, "a second segmentation differs");

  std::vector<uint32_t> starts = text::sentence_starts(text, TextTuning{});
  OVERLAP_FUZZ_CHECK(size == 0 || (!starts.empty() && starts.front() == 0), "first sentence start is not 0");
  for (size_t i = 0; i < starts.size(); ++i) {
    OVERLAP_FUZZ_CHECK(starts[i] < size || (size == 0 && starts[i] == 0), "sentence start past the end");
    OVERLAP_FUZZ_CHECK(bounds.ok(starts[i]), "sentence start splits a character");
    if (i) OVERLAP_FUZZ_CHECK(starts[i - 1] < starts[i], "sentence starts not ascending");
  }
  OVERLAP_FUZZ_CHECK(text::sentence_breaks(text) == testing::icu_sentence_breaks(text),
                     "sentence boundaries differ from ICU's sentence iterator");

  for (const Token& t : tokens) {
    if (t.kind == TokenKind::space) continue;
    std::string_view word = text.substr(t.span.start, t.span.size());
    std::string key = fold(word);
    OVERLAP_FUZZ_CHECK(fuzz::valid_utf8(key), "fold gave invalid UTF-8");
    OVERLAP_FUZZ_CHECK(fold(key) == key, "fold is not idempotent on token " + fuzz::show(t.span));
    OVERLAP_FUZZ_CHECK(fold(word) == key, "a second fold differs");
  }
  return 0;
}
