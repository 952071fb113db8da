#include "text/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/rbbi.h>
#include <unicode/udata.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>

#include "text/character_properties.hpp"

namespace overlap::text {
namespace {

// Opening a break iterator parses its rules: each thread keeps one, because ICU break iterators
// are not thread-safe.
icu::BreakIterator* word_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> word;
  if (!word) {
    UErrorCode status = U_ZERO_ERROR;
    word = open_word_iterator(status);
  }
  return word.get();
}

// A UText over UTF-8 bytes that closes itself. Opened in storage of its own, so that opening
// allocates nothing and cannot fail on a valid string (check_icu() probes it all the same).
struct Utf8Text {
  UText storage = UTEXT_INITIALIZER;
  UText* ut = nullptr;
  explicit Utf8Text(std::string_view s) {
    UErrorCode status = U_ZERO_ERROR;
    ut = utext_openUTF8(&storage, s.data(), static_cast<int64_t>(s.size()), &status);
    if (U_FAILURE(status)) ut = nullptr;
  }
  ~Utf8Text() { utext_close(ut); }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;
};

// The iterator outlives the call; leave it pointing at a string that outlives it too.
void detach(icu::BreakIterator* it) {
  static const icu::UnicodeString nothing;
  it->setText(nothing);
}

bool all_white_space(std::string_view s) {
  for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n;) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0 || !character_properties(c).white_space()) return false;
  }
  return true;
}

TokenKind kind_of(int32_t rule_status, std::string_view piece) {
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) return TokenKind::number;
  if (rule_status >= UBRK_WORD_LETTER) return TokenKind::word;  // letters, kana, ideographs
  return all_white_space(piece) ? TokenKind::space : TokenKind::punctuation;
}

}  // namespace

std::unique_ptr<icu::BreakIterator> open_word_iterator(UErrorCode& status) {
  UDataMemory* rules = udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "brk", "word", &status);
  if (U_FAILURE(status)) return nullptr;
  auto it = std::make_unique<icu::RuleBasedBreakIterator>(rules, status);  // owns `rules` from here
  if (U_FAILURE(status)) return nullptr;
  return it;
}

std::vector<Token> segment_words(std::string_view text) {
  std::vector<Token> tokens;
  if (text.empty()) return tokens;
  icu::BreakIterator* it = word_iterator();
  Utf8Text ut(text);
  // No ICU data: one token rather than lose the text. Never silent: compare(), diff() and the
  // bindings return check_icu()'s error naming the missing item before they get here.
  if (!it || !ut.ut) {
    tokens.push_back({{0, static_cast<uint32_t>(text.size())}, TokenKind::word});
    return tokens;
  }
  UErrorCode status = U_ZERO_ERROR;
  it->setText(ut.ut, status);
  // Prose has a token (word or space between) every three bytes or so: room for one every two
  // spares the copy a growing vector makes, and never holds more than that copy would.
  tokens.reserve(text.size() / 2 + 1);
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    std::string_view piece = text.substr(start, end - start);
    tokens.push_back({{static_cast<uint32_t>(start), static_cast<uint32_t>(end)},
                      kind_of(it->getRuleStatus(), piece)});
  }
  detach(it);
  return tokens;
}

}  // namespace overlap::text
