#include "text/fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/utf8.h>
#include <unicode/unistr.h>

#include "text/character_properties.hpp"

namespace overlap::text {
namespace {

// Quotes and dashes that NFKC leaves distinct but writers use interchangeably.
char16_t typographic_fold(char16_t c) {
  switch (c) {
    case u'\u2018': case u'\u2019': case u'\u201A': case u'\u201B':
    case u'\u2032': case u'\u02BC': case u'\u0060': case u'\u00B4':
      return u'\'';
    case u'\u201C': case u'\u201D': case u'\u201E': case u'\u201F':
    case u'\u2033': case u'\u00AB': case u'\u00BB':
      return u'"';
    case u'\u2010': case u'\u2011': case u'\u2012': case u'\u2013': case u'\u2014':
    case u'\u2015': case u'\u2212': case u'\uFE58': case u'\uFE63':
      return u'-';
    default:
      return c;
  }
}

const icu::Normalizer2* nfkc_casefold() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

}  // namespace

void append_fold(std::string_view word, std::string& out) {
  // Most words of most texts are ASCII, whose NFKC case fold is plain lower-casing.
  bool ascii = true;
  for (unsigned char c : word) ascii &= c < 0x80;
  if (ascii) {
    for (char c : word) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return;
  }
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));  // ill-formed -> U+FFFD
  icu::UnicodeString folded;
  UErrorCode status = U_ZERO_ERROR;
  if (const icu::Normalizer2* n = nfkc_casefold()) n->normalize(source, folded, status);
  // Without NFKC data the word is kept as it is: check_icu() makes compare() and diff() fail
  // instead. Not ICU's plain case folding: that would link its case data into the wasm module
  // (~9 KB gzipped of a 200 KB budget) for a path no comparison takes.
  if (!nfkc_casefold() || U_FAILURE(status)) folded = source;
  for (int32_t i = 0; i < folded.length(); ++i) {
    char16_t c = folded.charAt(i);
    char16_t t = typographic_fold(c);
    if (t != c) folded.setCharAt(i, t);
  }
  folded.toUTF8String(out);
}

namespace {

// x as folded code points, each run of white space one space: the form typographic_variants
// compares. Ill-formed bytes become U+FFFD, so two different invalid sequences compare equal
// only when both sides are invalid at the same place.
std::u32string typographic_form(std::string_view x) {
  std::u32string out;
  int32_t i = 0, n = static_cast<int32_t>(x.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(x.data(), i, n, c);
    if (c < 0) c = 0xFFFD;
    if (character_properties(c).white_space()) {
      if (out.empty() || out.back() != U' ') out.push_back(U' ');
      continue;
    }
    out.push_back(c <= 0xFFFF ? typographic_fold(static_cast<char16_t>(c)) : c);
  }
  return out;
}

}  // namespace

bool typographic_variants(std::string_view x, std::string_view y) {
  return typographic_form(x) == typographic_form(y);
}

}  // namespace overlap::text
