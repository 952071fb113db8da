// Hostile and pathological inputs (issue 8 §3), each with its defined outcome. Limits, bad
// options, empty-against-text, 1 MB of repeated words against a shorter copy and mixed invalid
// UTF-8 are in errors_test.cpp; this file adds the rest. No timing assertions: time bounds are
// the benchmarks' business.
#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
#include <random>
#include <string>
#include <utility>

#include "invariants.hpp"
#include "overlap/overlap.hpp"

namespace overlap {
namespace {

using testing::expect_invariants;
using testing::span_text;

const std::string prose_a =
    "Investigators examined the wreckage of the light aircraft for a second day on Saturday, and "
    "said the pilot had reported engine trouble shortly before contact was lost over the hills "
    "north of the airfield, where the weather had been clear all afternoon.";
const std::string prose_b =
    "The city council voted on Tuesday to extend the opening hours of public libraries through "
    "the winter months, citing strong demand from students preparing for examinations and from "
    "older residents seeking warm places to spend the day.";

std::string repeated(const std::string& piece, size_t bytes) {
  std::string s;
  s.reserve(bytes + piece.size());
  while (s.size() < bytes) s += piece;
  return s;
}

Alignment compared(std::string_view a, std::string_view b, const Options& o = {}) {
  Result<Alignment> r = compare(a, b, o);
  EXPECT_TRUE(r) << r.error().message;
  if (!r) return {};
  expect_invariants(r.value(), a, b, o.allow_repeats);
  return r.value();
}

Alignment diffed(std::string_view a, std::string_view b) {
  Result<Alignment> r = diff(a, b);
  EXPECT_TRUE(r) << r.error().message;
  if (!r) return {};
  expect_invariants(r.value(), a, b, false, true);
  return r.value();
}

// The one passage of `r` covers both texts entirely with nothing but "=" edits.
void expect_one_verbatim_passage(const Alignment& r, std::string_view a, std::string_view b) {
  ASSERT_EQ(r.passages.size(), 1u);
  const Passage& p = r.passages[0];
  EXPECT_EQ(p.a, (Span{0, static_cast<uint32_t>(a.size())}));
  EXPECT_EQ(p.b, (Span{0, static_cast<uint32_t>(b.size())}));
  EXPECT_EQ(p.similarity, 1.0);
  EXPECT_FALSE(p.moved);
  for (const Edit& e : p.edits) EXPECT_EQ(e.kind, EditKind::equal);
}

// Offsets where ICU puts user-perceived character (grapheme cluster) boundaries.
std::vector<bool> grapheme_boundaries(std::string_view text) {
  std::vector<bool> at(text.size() + 1, false);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  it->setText(ut, status);
  for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) at[b] = true;
  utext_close(ut);
  return at;
}

// No passage or edit starts or ends inside an emoji sequence or between a letter and its marks.
void expect_on_graphemes(const Alignment& r, std::string_view a, std::string_view b) {
  std::vector<bool> ga = grapheme_boundaries(a), gb = grapheme_boundaries(b);
  for (const Passage& p : r.passages) {
    for (Span s : {p.a}) EXPECT_TRUE(ga[s.start] && ga[s.end]) << "passage A " << s.start << "-" << s.end;
    for (Span s : {p.b}) EXPECT_TRUE(gb[s.start] && gb[s.end]) << "passage B " << s.start << "-" << s.end;
    for (const Edit& e : p.edits) {
      EXPECT_TRUE(ga[e.a.start] && ga[e.a.end]) << "edit A " << e.a.start << "-" << e.a.end;
      EXPECT_TRUE(gb[e.b.start] && gb[e.b.end]) << "edit B " << e.b.start << "-" << e.b.end;
    }
  }
}

// Offsets never fall strictly inside a well-formed UTF-8 sequence; around ill-formed bytes every
// offset is a boundary (ICU reads each maximal ill-formed subpart as one U+FFFD). Unlike
// invariants.hpp's on_boundary(), this also accepts "ED | A0 | 80" (an encoded surrogate).
void expect_on_code_points(const Alignment& r, std::string_view a, std::string_view b) {
  for (auto [text, side] : {std::pair{a, 0}, std::pair{b, 1}}) {
    std::vector<bool> inside(text.size() + 1, false);
    for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
      int32_t start = i;
      UChar32 c;
      U8_NEXT(text.data(), i, n, c);
      if (c >= 0)
        for (int32_t k = start + 1; k < i; ++k) inside[k] = true;
    }
    for (const Passage& p : r.passages)
      for (const Edit& e : p.edits)
        for (uint32_t o : {side ? e.b.start : e.a.start, side ? e.b.end : e.a.end}) {
          ASSERT_LE(o, text.size());
          EXPECT_FALSE(inside[o]) << (side ? "B" : "A") << " offset " << o << " inside a character";
        }
  }
}

// --- Empty, identical, unrelated ---------------------------------------------------------------

TEST(Hostile, EmptyTextsInDiffModeAreOneEmptyPassage) {
  Alignment r = diffed("", "");
  ASSERT_EQ(r.passages.size(), 1u);
  EXPECT_EQ(r.passages[0].a, (Span{0, 0}));
  EXPECT_EQ(r.passages[0].b, (Span{0, 0}));
  EXPECT_TRUE(r.passages[0].edits.empty());
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_EQ(r.a.words, 0u);
  EXPECT_EQ(r.b.words, 0u);
}

TEST(Hostile, IdenticalTextsAreOneVerbatimPassage) {
  std::string text = prose_a + "\n\n" + prose_b;
  Alignment r = compared(text, text);
  ASSERT_NO_FATAL_FAILURE(expect_one_verbatim_passage(r, text, text));
  EXPECT_EQ(r.a.shared, 1.0);
  EXPECT_EQ(r.b.shared, 1.0);
  EXPECT_TRUE(r.warnings.empty());
}

TEST(Hostile, NoSharedTextGivesNoPassage) {
  Alignment r = compared(prose_a, prose_b);
  EXPECT_TRUE(r.passages.empty());
  EXPECT_EQ(r.a.shared, 0.0);
  EXPECT_EQ(r.b.shared, 0.0);
  EXPECT_EQ(r.a.words, 42u);
  EXPECT_EQ(r.b.words, 37u);
  // In diff mode the same pair is one passage: all of A removed, all of B inserted, in some order.
  Alignment d = diffed(prose_a, prose_b);
  ASSERT_FALSE(d.passages.empty());
  EXPECT_LT(d.passages[0].similarity, 0.5);
}

// --- Degenerate megabytes ------------------------------------------------------------------------

// One word repeated carries no evidence of where a passage lies: every run matches everywhere.
// The defined outcome is a result (no passage), not a blow-up in time or memory.
TEST(Hostile, MegabyteOfOneWordAgainstItselfGivesNoPassage) {
  std::string a = repeated("word ", 1u << 20);
  Alignment r = compared(a, a);
  EXPECT_TRUE(r.passages.empty());
  EXPECT_EQ(r.a.words, 209716u);
  EXPECT_EQ(r.b.words, 209716u);
}

// 1 MB with no space is a single word: shorter than any passage, one "=" in diff mode.
TEST(Hostile, MegabyteWithoutSpacesIsOneWord) {
  std::string a = repeated("abcdefghij", 1u << 20), other(1u << 20, 'x');
  Alignment r = compared(a, a);
  EXPECT_TRUE(r.passages.empty());
  EXPECT_EQ(r.a.words, 1u);
  Options one_word;
  one_word.min_words = 1;
  EXPECT_TRUE(compared(a, other, one_word).passages.empty());
  Alignment d = diffed(a, a);
  ASSERT_EQ(d.passages.size(), 1u);
  ASSERT_EQ(d.passages[0].edits.size(), 1u);
  EXPECT_EQ(d.passages[0].edits[0].kind, EditKind::equal);
  Alignment changed = diffed(a, other);
  ASSERT_EQ(changed.passages.size(), 1u);
  EXPECT_EQ(changed.passages[0].similarity, 0.0);
}

// --- Bytes that are not text ---------------------------------------------------------------------

std::string random_bytes(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(rng() & 0xFF);
  return s;
}

TEST(Hostile, RandomBytesGiveAValidResultAndAWarningPerText) {
  std::string a = random_bytes(256 << 10, 1), b = random_bytes(256 << 10, 2);
  Alignment r = compared(a, b);
  ASSERT_EQ(r.warnings.size(), 2u);
  EXPECT_EQ(r.warnings[0].rfind("input A", 0), 0u) << r.warnings[0];
  EXPECT_EQ(r.warnings[1].rfind("input B", 0), 0u) << r.warnings[1];
  diffed(a, b);
  // Random bytes embedded in prose do not hide the prose they sit next to.
  std::string noisy = random_bytes(4096, 3) + "\n\n" + prose_a + "\n\n" + random_bytes(4096, 4);
  Alignment found = compared(noisy, prose_a);
  ASSERT_EQ(found.passages.size(), 1u);
  EXPECT_EQ(span_text(noisy, found.passages[0].a), prose_a);
  EXPECT_EQ(found.passages[0].similarity, 1.0);
}

// NUL is an ordinary character: nothing stops at it, and a text made of NULs has no words.
TEST(Hostile, NulBytesDoNotTruncateTheText) {
  std::string with_nul = std::string("\0\0", 2) + prose_a + std::string("\0", 1) + prose_b;
  Alignment r = compared(with_nul, prose_b);
  EXPECT_EQ(r.a.length, with_nul.size());
  ASSERT_EQ(r.passages.size(), 1u);
  // Found after the NUL. The NUL is a punctuation token, so the passage may start with a "-" of
  // the ".\0" before it (as with any punctuation glued to a passage).
  Span found = r.passages[0].a;
  EXPECT_EQ(found.end, with_nul.size());
  EXPECT_LE(with_nul.size() - found.start, prose_b.size() + 2);
  EXPECT_NE(span_text(with_nul, found).find(prose_b), std::string::npos);
  EXPECT_TRUE(r.warnings.empty());                          // NUL is valid UTF-8
  Alignment nuls = compared(std::string(1 << 16, '\0'), std::string(1 << 16, '\0'));
  EXPECT_TRUE(nuls.passages.empty());
  EXPECT_EQ(nuls.a.words, 0u);
}

// --- Invalid UTF-8 ---------------------------------------------------------------------------------

// Each ill-formed sequence is matched as U+FFFD: a stray Latin-1 byte, another invalid byte and a
// real U+FFFD all meet, and the passage still covers every original byte. Overlong and surrogate
// encodings are not decoded (a "/" hidden as C0 AF stays a U+FFFD).
TEST(Hostile, InvalidUtf8IsMatchedAsReplacementCharacter) {
  const std::string variants[] = {"caf\xE9", "caf\xFF", "caf\xEF\xBF\xBD", "caf\xED\xA0\x80"};
  for (const std::string& x : variants)
    for (const std::string& y : variants) {
      std::string a = x + " " + prose_a, b = y + " " + prose_a;
      SCOPED_TRACE(::testing::PrintToString(a.substr(0, 8)) + " vs " + ::testing::PrintToString(b.substr(0, 8)));
      Result<Alignment> result = compare(a, b);
      ASSERT_TRUE(result);
      const Alignment& r = result.value();
      ASSERT_EQ(r.passages.size(), 1u);
      testing::expect_tiling(r.passages[0], "passage 0");
      expect_on_code_points(r, a, b);
      EXPECT_EQ(r.passages[0].a, (Span{0, static_cast<uint32_t>(a.size())}));
      EXPECT_EQ(r.passages[0].b, (Span{0, static_cast<uint32_t>(b.size())}));
      EXPECT_EQ(r.passages[0].similarity, 1.0);
      EXPECT_EQ(r.warnings.size(), size_t(x != variants[2]) + size_t(y != variants[2]));
      // Only the differing bytes are marked, never part of "caf" or of the prose.
      for (const Edit& e : r.passages[0].edits)
        if (e.kind != EditKind::equal) EXPECT_GE(e.kind == EditKind::remove ? e.a.start : e.b.start, 3u);
    }
  std::string overlong = "and\xC0\xAFor " + prose_a, slash = "and/or " + prose_a;
  EXPECT_NE(fold("\xC0\xAF"), fold("/"));
  Alignment r = compared(overlong, slash);
  ASSERT_EQ(r.passages.size(), 1u);
  EXPECT_EQ(r.passages[0].a.end, overlong.size());
}

TEST(Hostile, TruncatedSequenceAtTheEndKeepsOffsetsOnTheOriginalBytes) {
  for (const std::string tail : {"\xE2\x82", "\xF0\x9F\x98", "\xC3"}) {
    std::string a = prose_a + tail;
    Alignment r = compared(a, prose_a);
    EXPECT_EQ(r.a.length, a.size());
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].find("input A is not valid UTF-8"), std::string::npos) << r.warnings[0];
    ASSERT_EQ(r.passages.size(), 1u);
    EXPECT_LE(r.passages[0].a.end, a.size());
    Alignment u16 = to_units(r, a, prose_a, Units::utf16);
    EXPECT_EQ(u16.a.length, prose_a.size() + 1);  // the stray tail is one U+FFFD
  }
}

// --- Line endings ----------------------------------------------------------------------------------

std::string with_line_ending(std::string text, const std::string& eol) {
  std::string out;
  for (char c : text) out += c == '\n' ? eol : std::string(1, c);
  return out;
}

// CRLF, CR and LF are layout, not wording: the same text with other line endings is one
// verbatim passage, and no offset falls between the CR and the LF of a CRLF.
TEST(Hostile, LineEndingsDoNotChangeTheMatch) {
  std::string lf = prose_a + "\n\n" + prose_b + "\nEnd of the report.\n";
  std::string mixed = with_line_ending(prose_a, "\r\n") + "\r\n\n" + prose_b + "\rEnd of the report.\r\n";
  for (const std::string& eol : {std::string("\r\n"), std::string("\r")}) {
    std::string other = with_line_ending(lf, eol);
    for (const std::string& b : {other, mixed}) {
      Alignment r = compared(lf, b);
      ASSERT_EQ(r.passages.size(), 1u);
      EXPECT_EQ(r.passages[0].similarity, 1.0);
      for (const Edit& e : r.passages[0].edits) EXPECT_EQ(e.kind, EditKind::equal);
      EXPECT_EQ(r.a.shared, 1.0);
      EXPECT_EQ(r.b.shared, 1.0);
      Alignment d = diffed(lf, b);
      for (const Edit& e : d.passages[0].edits) EXPECT_EQ(e.kind, EditKind::equal);
      for (const Alignment* x : {&r, &d})
        for (const Passage& p : x->passages)
          for (const Edit& e : p.edits)
            for (uint32_t o : {e.b.start, e.b.end})
              EXPECT_FALSE(o > 0 && o < b.size() && b[o - 1] == '\r' && b[o] == '\n') << "offset " << o << " splits CRLF";
    }
  }
}

// --- Scripts and sequences ---------------------------------------------------------------------

const std::string arabic =
    "قال المتحدث باسم الحكومة إن الوزراء اجتمعوا يوم الثلاثاء لمناقشة خطة جديدة لدعم المدارس في "
    "المناطق الريفية وتحسين الطرق بين القرى قبل حلول فصل الشتاء";
const std::string hebrew = "הממשלה הודיעה ביום שלישי כי תקציב החינוך יגדל בשנה הבאה";

// Right-to-left and mixed-direction text is matched in logical order; bidi controls (including
// the "Trojan Source" overrides) are not words and only ever appear inside "+"/"-" edits.
TEST(Hostile, RightToLeftAndMixedDirection) {
  std::string a = arabic + " (2024) " + hebrew + ".";
  std::string b = "Intro: " + arabic + " — reported by Reuters in 2024 — " + hebrew + ".";
  Alignment r = compared(a, b);
  ASSERT_EQ(r.passages.size(), 1u);
  EXPECT_GT(r.passages[0].similarity, 0.9);
  EXPECT_NE(span_text(b, r.passages[0].b).find(arabic), std::string::npos);
  expect_on_graphemes(r, a, b);

  std::string controlled = "\u2067" + arabic + "\u2069 (2024) \u202E" + hebrew + "\u202C.";
  Alignment c = compared(a, controlled);
  ASSERT_EQ(c.passages.size(), 1u);
  EXPECT_GT(c.passages[0].similarity, 0.95);
  for (const Edit& e : c.passages[0].edits)
    if (e.kind == EditKind::equal)
      for (const char* control : {"\u2067", "\u2069", "\u202E", "\u202C"})
        EXPECT_EQ(span_text(controlled, e.b).find(control), std::string::npos) << "a bidi control inside '='";
  expect_on_graphemes(c, a, controlled);
}

const std::string sentence =
    "Thanks to the whole team for the wonderful evening, we had a great time together with our "
    "families and friends at the lake house this summer";

// Emoji are symbols: changing a ZWJ sequence or a skin tone is an edit of the whole sequence, never
// of a part of it, and does not lower the wording's similarity.
TEST(Hostile, EmojiZwjSequencesStayWhole) {
  std::string a = sentence + " \U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 and "
                             "\U0001F3F3\uFE0F\u200D\U0001F308 and \U0001F44D\U0001F3FD again.";
  std::string b = sentence + " \U0001F469\u200D\U0001F469\u200D\U0001F467 and \U0001F3F3\uFE0F and "
                             "\U0001F44D\U0001F3FF again.";
  Alignment r = compared(a, b);
  ASSERT_EQ(r.passages.size(), 1u);
  EXPECT_EQ(r.passages[0].similarity, 1.0);
  expect_on_graphemes(r, a, b);
  expect_on_graphemes(diffed(a, b), a, b);
}

// Combining marks stay with their letter; decomposed and precomposed spellings are the same word
// (NFKC), and a pile of marks ("zalgo") is never split from its base.
TEST(Hostile, CombiningMarksStayWithTheirLetter) {
  std::string decomposed = "Cafe\u0301 au lait, c\u0327a va bien, nai\u0308ve re\u0301sume\u0301: " + sentence;
  std::string precomposed = "Café au lait, ça va bien, naïve résumé: " + sentence;
  Alignment r = compared(decomposed, precomposed);
  ASSERT_EQ(r.passages.size(), 1u);
  EXPECT_EQ(r.passages[0].similarity, 1.0);
  expect_on_graphemes(r, decomposed, precomposed);

  std::string zalgo = "Z\u0351\u0352\u0353\u0354a\u0357\u0358l\u035A\u035Bg\u035Co " + sentence;
  Alignment z = compared(zalgo, "Zalgo " + sentence);
  ASSERT_EQ(z.passages.size(), 1u);
  expect_on_graphemes(z, zalgo, "Zalgo " + sentence);
  expect_on_graphemes(diffed(zalgo, "Zalgo " + sentence), zalgo, "Zalgo " + sentence);
}

}  // namespace
}  // namespace overlap
