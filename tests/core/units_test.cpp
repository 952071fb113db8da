// overlap::to_units: byte offsets to UTF-16 code units and code points.
#include <gtest/gtest.h>

#include <string>

#include "invariants.hpp"
#include "overlap/overlap.hpp"

namespace overlap {
namespace {

// One passage with a span per piece of `text`, from byte offsets.
Alignment alignment_over(uint32_t a_len, uint32_t b_len, Span a, Span b) {
  Alignment r;
  r.a.length = a_len;
  r.b.length = b_len;
  Passage p;
  p.a = a;
  p.b = b;
  p.edits.push_back({EditKind::equal, a, b});
  r.passages.push_back(p);
  return r;
}

// "x😀y": the emoji is 4 bytes, 2 UTF-16 units, 1 code point.
TEST(Units, AstralEmoji) {
  std::string t = "x\xF0\x9F\x98\x80y";  // x U+1F600 y
  ASSERT_EQ(t.size(), 6u);
  Alignment r = alignment_over(6, 6, {1, 5}, {5, 6});
  Alignment u16 = to_units(r, t, t, Units::utf16);
  EXPECT_EQ(u16.units, Units::utf16);
  EXPECT_EQ(u16.a.length, 4u);
  EXPECT_EQ(u16.passages[0].a, (Span{1, 3}));
  EXPECT_EQ(u16.passages[0].b, (Span{3, 4}));
  EXPECT_EQ(u16.passages[0].edits[0].a, (Span{1, 3}));
  Alignment cp = to_units(r, t, t, Units::codepoints);
  EXPECT_EQ(cp.units, Units::codepoints);
  EXPECT_EQ(cp.a.length, 3u);
  EXPECT_EQ(cp.passages[0].a, (Span{1, 2}));
  EXPECT_EQ(cp.passages[0].b, (Span{2, 3}));
}

// CJK ideographs: 3 bytes, 1 UTF-16 unit, 1 code point each.
TEST(Units, Cjk) {
  std::string t = "\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\x87\xE5\xAD\x97";  // 中文文字
  ASSERT_EQ(t.size(), 12u);
  Alignment r = alignment_over(12, 12, {3, 9}, {0, 12});
  for (Units units : {Units::utf16, Units::codepoints}) {
    Alignment c = to_units(r, t, t, units);
    EXPECT_EQ(c.a.length, 4u) << to_string(units);
    EXPECT_EQ(c.b.length, 4u) << to_string(units);
    EXPECT_EQ(c.passages[0].a, (Span{1, 3})) << to_string(units);
    EXPECT_EQ(c.passages[0].b, (Span{0, 4})) << to_string(units);
  }
}

// A combining mark is its own code point (and UTF-16 unit): "é" as e + U+0301.
TEST(Units, CombiningMarks) {
  std::string t = "cafe\xCC\x81 bar";  // café bar, decomposed
  ASSERT_EQ(t.size(), 10u);
  Alignment r = alignment_over(10, 10, {0, 6}, {7, 10});
  for (Units units : {Units::utf16, Units::codepoints}) {
    Alignment c = to_units(r, t, t, units);
    EXPECT_EQ(c.a.length, 9u);
    EXPECT_EQ(c.passages[0].a, (Span{0, 5}));
    EXPECT_EQ(c.passages[0].b, (Span{6, 9}));
  }
}

// Each stray invalid byte counts as one unit (one U+FFFD).
TEST(Units, InvalidBytesCountOneEach) {
  std::string t = "ab\xFF\xFE" "cd";
  Alignment r = alignment_over(6, 6, {2, 4}, {4, 6});
  for (Units units : {Units::utf16, Units::codepoints}) {
    Alignment c = to_units(r, t, t, units);
    EXPECT_EQ(c.a.length, 6u);
    EXPECT_EQ(c.passages[0].a, (Span{2, 4}));
    EXPECT_EQ(c.passages[0].b, (Span{4, 6}));
  }
}

TEST(Units, Utf8IsIdentity) {
  std::string t = "x\xF0\x9F\x98\x80y";
  Alignment r = alignment_over(6, 6, {1, 5}, {5, 6});
  EXPECT_TRUE(to_units(r, t, t, Units::utf8) == r);
}

// A real comparison with emoji and CJK: converted offsets index the same characters.
TEST(Units, CompareResultConverts) {
  std::string shared =
      "\xF0\x9F\x93\xA2 The festival opened on Friday with a parade through the old town, where "
      "thousands of visitors \xF0\x9F\x8E\x89 lined the streets to watch dancers, brass bands and "
      "puppeteers from twelve countries, and the organisers said tickets for every evening concert "
      "had already sold out.";
  std::string a = "\xE5\x89\x8D\xE8\xA8\x80 intro words here.\n\n" + shared + "\n";
  std::string b = "Another opening line \xF0\x9F\x98\x80 about something else entirely.\n\n" + shared + "\n";
  auto r = compare(a, b);
  ASSERT_TRUE(r) << r.error().message;
  testing::expect_invariants(r.value(), a, b);
  ASSERT_FALSE(r.value().passages.empty());
  Alignment u16 = to_units(r.value(), a, b, Units::utf16);
  Alignment cp = to_units(r.value(), a, b, Units::codepoints);
  const Passage& p8 = r.value().passages[0];
  // Prefix lengths computed independently.
  auto count = [](std::string_view s, bool utf16) {
    uint32_t n = 0;
    for (size_t i = 0; i < s.size();) {
      auto c = static_cast<unsigned char>(s[i]);
      size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      n += utf16 && len == 4 ? 2 : 1;
      i += len;
    }
    return n;
  };
  EXPECT_EQ(u16.passages[0].a.start, count(std::string_view(a).substr(0, p8.a.start), true));
  EXPECT_EQ(u16.passages[0].b.end, count(std::string_view(b).substr(0, p8.b.end), true));
  EXPECT_EQ(cp.passages[0].b.start, count(std::string_view(b).substr(0, p8.b.start), false));
  EXPECT_EQ(cp.passages[0].a.end, count(std::string_view(a).substr(0, p8.a.end), false));
  EXPECT_EQ(u16.a.length, count(a, true));
  EXPECT_EQ(cp.b.length, count(b, false));
  EXPECT_EQ(u16.passages.size(), r.value().passages.size());
  EXPECT_EQ(u16.passages[0].edits.size(), p8.edits.size());
  EXPECT_EQ(u16.passages[0].similarity, p8.similarity);
}

}  // namespace
}  // namespace overlap
