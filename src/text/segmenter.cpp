#include "text/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <string>

namespace overlap::text {
namespace {

// Opening a break iterator parses its rules; a clone of a prototype is much cheaper, and each
// thread keeps its own because ICU break iterators are not thread-safe.
enum class BreakKind { word, sentence };

icu::BreakIterator* iterator(BreakKind kind) {
  thread_local std::unique_ptr<icu::BreakIterator> word, sentence;
  std::unique_ptr<icu::BreakIterator>& slot = kind == BreakKind::word ? word : sentence;
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(kind == BreakKind::word
                   ? icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status)
                   : icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
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
    if (c < 0 || !u_isUWhiteSpace(c)) return false;
  }
  return true;
}

TokenKind kind_of(int32_t rule_status, std::string_view piece) {
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) return TokenKind::number;
  if (rule_status >= UBRK_WORD_LETTER) return TokenKind::word;  // letters, kana, ideographs
  return all_white_space(piece) ? TokenKind::space : TokenKind::punctuation;
}

}  // namespace

std::vector<Token> segment_words(std::string_view text) {
  std::vector<Token> tokens;
  if (text.empty()) return tokens;
  icu::BreakIterator* it = iterator(BreakKind::word);
  Utf8Text ut(text);
  // No ICU data: one token rather than lose the text. Never silent: compare(), diff() and the
  // bindings return check_icu()'s error naming the missing item before they get here.
  if (!it || !ut.ut) {
    tokens.push_back({{0, static_cast<uint32_t>(text.size())}, TokenKind::word});
    return tokens;
  }
  UErrorCode status = U_ZERO_ERROR;
  it->setText(ut.ut, status);
  tokens.reserve(text.size() / 3);
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    std::string_view piece = text.substr(start, end - start);
    tokens.push_back({{static_cast<uint32_t>(start), static_cast<uint32_t>(end)},
                      kind_of(it->getRuleStatus(), piece)});
  }
  detach(it);
  return tokens;
}

// Hard-wrapped prose (every line of a paragraph about as long as the others, none long) has
// line breaks that end no sentence; elsewhere a line break ends a heading, a caption, a list item.
static bool looks_hard_wrapped(std::string_view text, const TextTuning& tuning) {
  size_t lines = 0, full_lines = 0, start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n') continue;
    size_t length = i - start;
    start = i + 1;
    if (length == 0) continue;
    if (length > tuning.wrap_max_line) return false;
    ++lines;
    full_lines += length >= tuning.wrap_full_line;
  }
  return lines >= tuning.wrap_min_lines && full_lines >= tuning.wrap_full_share * lines;
}

std::vector<uint32_t> sentence_starts(std::string_view text, const TextTuning& tuning) {
  std::vector<uint32_t> starts{0};
  if (text.empty()) return starts;
  // Same length, same offsets: in hard-wrapped text single line breaks become spaces so that
  // wrapped lines do not end sentences; blank lines (paragraph breaks) still do.
  std::string unwrapped(text);
  if (looks_hard_wrapped(text, tuning)) {
    for (size_t i = 0; i < unwrapped.size(); ++i) {
      if (unwrapped[i] != '\n' && unwrapped[i] != '\r') continue;
      size_t j = i, newlines = 0;
      for (; j < unwrapped.size() && (unwrapped[j] == '\n' || unwrapped[j] == '\r'); ++j) {
        newlines += unwrapped[j] == '\n';
      }
      if (newlines <= 1) std::fill(unwrapped.begin() + i, unwrapped.begin() + j, ' ');
      i = j - 1;
    }
  }
  icu::BreakIterator* it = iterator(BreakKind::sentence);
  Utf8Text ut(unwrapped);
  if (!it || !ut.ut) return starts;  // one sentence; check_icu() reports why (see segment_words)
  UErrorCode status = U_ZERO_ERROR;
  it->setText(ut.ut, status);
  it->first();
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    if (static_cast<size_t>(b) < text.size()) starts.push_back(static_cast<uint32_t>(b));
  }
  detach(it);
  return starts;
}

}  // namespace overlap::text
