// Options change what is reported, not only whether it is valid.
#include <gtest/gtest.h>

#include "overlap/overlap.hpp"

namespace {

TEST(Options, MinWordsBelowTheSeedLengthStillFindsShortPassages) {
  overlap::Options options;
  options.min_words = 1;
  auto r = overlap::compare("abc def", "abc def", options);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().passages.size(), 1u);
  EXPECT_EQ(r.value().passages[0].a, (overlap::Span{0, 7}));
  options.min_words = 3;
  EXPECT_TRUE(overlap::compare("abc def", "abc def", options).value().passages.empty());
}

TEST(Options, MinWordsKeepsShortSharedPhrasesOut) {
  std::string a = "The minister said on Tuesday that the talks in the capital would go on for weeks.";
  std::string b = "Farmers protested on Tuesday in the capital against the price of diesel and fertiliser.";
  EXPECT_TRUE(overlap::compare(a, b).value().passages.empty());
}

}  // namespace

namespace {

TEST(Errors, CodesHaveTheNamesTheJavaScriptApiUses) {
  EXPECT_EQ(overlap::to_string(overlap::ErrorCode::invalid_options), "invalid_options");
  EXPECT_EQ(overlap::to_string(overlap::ErrorCode::input_too_large), "input_too_large");
  EXPECT_EQ(overlap::to_string(overlap::ErrorCode::internal), "internal");
}

}  // namespace
