// ICU word segmentation and match keys.
#include <gtest/gtest.h>

#include "overlap/overlap.hpp"

namespace {

using overlap::TokenKind;

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  for (const overlap::Token& t : overlap::segment(text))
    if (t.kind == TokenKind::word || t.kind == TokenKind::number)
      out.push_back(text.substr(t.span.start, t.span.size()));
  return out;
}

TEST(Segment, TokensTileTheText) {
  std::string text = "  Kyiv, 15 March — “It’s impossible,” he said.\n\n乌克兰总统 🙂 ";
  uint32_t at = 0;
  for (const overlap::Token& t : overlap::segment(text)) {
    EXPECT_EQ(t.span.start, at);
    EXPECT_LT(t.span.start, t.span.end);
    at = t.span.end;
  }
  EXPECT_EQ(at, text.size());
}

TEST(Segment, ApostrophesStayInsideWords) {
  EXPECT_EQ(words("Zelenskyy’s plan; it's here"), (std::vector<std::string>{"Zelenskyy’s", "plan", "it's", "here"}));
}

TEST(Segment, NumbersKeepTheirSeparators) {
  auto tokens = overlap::segment("3,200 people");
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens[0].kind, TokenKind::number);
  EXPECT_EQ(tokens[0].span.end, 5u);
}

TEST(Segment, ChineseSplitsIntoWordsNatively) {
  EXPECT_GT(words("乌克兰总统泽连斯基呼吁设立禁飞区").size(), 3u);
}

TEST(Segment, InvalidUtf8KeepsOffsetsOnTheOriginalBytes) {
  std::string text = "bad \xff\xfe bytes";
  uint32_t at = 0;
  for (const overlap::Token& t : overlap::segment(text)) {
    EXPECT_EQ(t.span.start, at);
    at = t.span.end;
  }
  EXPECT_EQ(at, text.size());
  EXPECT_EQ(words(text).front(), "bad");
  EXPECT_EQ(words(text).back(), "bytes");
}

TEST(Segment, EmptyTextHasNoTokens) { EXPECT_TRUE(overlap::segment("").empty()); }

TEST(Fold, CaseQuotesDashesAndCompatibilityFormsMeet) {
  EXPECT_EQ(overlap::fold("ZELENSKYY'S"), overlap::fold("Zelenskyy’s"));
  EXPECT_EQ(overlap::fold("“quoted”"), "\"quoted\"");
  EXPECT_EQ(overlap::fold("no–fly"), overlap::fold("no-fly"));
  EXPECT_EQ(overlap::fold("ﬁnance"), "finance");
  EXPECT_EQ(overlap::fold("Straße"), "strasse");
}

TEST(Fold, NormalizationFormsMeet) {
  EXPECT_EQ(overlap::fold("Cafe\u0301"), overlap::fold("Caf\u00e9"));
}

}  // namespace
