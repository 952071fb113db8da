// The shared segmentation vectors: the wasm suite runs the same file, so both builds agree.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "overlap/overlap.hpp"
#include "test_support.hpp"

namespace {

nlohmann::json vectors() {
  return nlohmann::json::parse(overlap::testing::read_file(overlap::testing::test_data("vectors/segmentation.json")));
}

TEST(SegmentationVectors, FileHasTheRequiredScripts) {
  std::vector<std::string> names;
  for (const auto& v : vectors()) names.push_back(v["name"]);
  for (const char* needed : {"chinese", "thai", "arabic", "emoji with skin tones and zwj sequences",
                             "english curly quotes and apostrophe"})
    EXPECT_NE(std::find(names.begin(), names.end(), needed), names.end()) << needed;
}

TEST(SegmentationVectors, NativeSegmentationMatches) {
  for (const auto& v : vectors()) {
    SCOPED_TRACE(v["name"].get<std::string>());
    std::string text = v["text"];
    std::vector<overlap::Token> tokens = overlap::segment(text);
    ASSERT_EQ(tokens.size(), v["tokens"].size());
    for (size_t i = 0; i < tokens.size(); ++i) {
      EXPECT_EQ(tokens[i].span.start, v["tokens"][i][0].get<uint32_t>()) << "token " << i;
      EXPECT_EQ(tokens[i].span.end, v["tokens"][i][1].get<uint32_t>()) << "token " << i;
      EXPECT_EQ(overlap::to_string(tokens[i].kind), v["tokens"][i][2].get<std::string>()) << "token " << i;
    }
  }
}

TEST(SegmentationVectors, NativeFoldingMatches) {
  for (const auto& v : vectors()) {
    SCOPED_TRACE(v["name"].get<std::string>());
    std::string text = v["text"];
    std::vector<std::string> folded;
    for (const overlap::Token& t : overlap::segment(text))
      if (t.kind == overlap::TokenKind::word || t.kind == overlap::TokenKind::number)
        folded.push_back(overlap::fold(text.substr(t.span.start, t.span.size())));
    EXPECT_EQ(folded, v["folded"].get<std::vector<std::string>>());
  }
}

}  // namespace
