// The shared vectors of comparisons with several sources (tests/vectors/sources_planted.json):
// each case holds its texts, options and the expected result in UTF-16 units (to_json's shape),
// written here natively and checked by the wasm suite (tests/wasm/sources.test.mjs), so that the
// two builds cannot drift apart. Texts from the planted articles (written for the project) in
// languages ICU splits without dictionaries, as the default wasm build does.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "golden.hpp"
#include "overlap/json.hpp"
#include "overlap/overlap.hpp"
#include "sources_fixtures.hpp"
#include "test_support.hpp"

namespace overlap {
namespace {

using testing::edited;
using testing::joined;
using testing::paragraphs;

struct NamedText {
  std::string name, text;
};

struct VectorCase {
  std::string name;
  std::string a;
  std::vector<NamedText> sources;
  bool allow_repeats = false;
};

// A: paragraphs of four stories in four languages, lightly edited and out of order, between
// words of its own (with a character outside the BMP, so UTF-16 offsets differ from code points).
VectorCase four_languages() {
  VectorCase c{"four languages", "", {}};
  const char* fixtures[] = {"en.txt", "de.txt", "he.txt", "ar.txt"};
  const char* names[] = {"Drought (EN)", "Railway (DE)", "Bath house (HE)", "Solar (AR)"};
  for (size_t k = 0; k < 4; ++k) c.sources.push_back({names[k], joined(paragraphs(fixtures[k]))});
  for (size_t round = 0; round < 2; ++round)
    for (size_t k = 4; k-- > 0;) {
      const std::vector<std::string> ps = paragraphs(fixtures[k]);
      c.a += "Our desk adds a line of its own here \xF0\x9F\x93\xB0 before the next part.\n\n";
      c.a += edited(ps[ps.size() - 1 - 3 * round], 25, unsigned(7 * k + round)) + "\n\n";
    }
  return c;
}

// Two versions of one story (the second adds a paragraph) and an unrelated one: what A took from
// the story goes to one version, never split between the two; with repeats, to both.
VectorCase versions(bool allow_repeats) {
  const std::vector<std::string> story = paragraphs("en.txt");
  std::vector<std::string> later = story;
  later.insert(later.begin() + 2, "A spokesman for the water company said on Tuesday evening that the ban would be reviewed "
                                  "every week and lifted as soon as the reservoirs had recovered.");
  std::string a = "Residents were told to save water.\n\n" + edited(story[1], 30, 3) + "\n\n" +
                  edited(story[4], 30, 4) + "\n\n" + edited(later[2], 30, 5) + "\n";
  return {allow_repeats ? "versions, repeats allowed" : "versions",
          a,
          {{"Wire 09:12", joined(story)}, {"Wire 11:40", joined(later)}, {"Railway", joined(paragraphs("de.txt"))}},
          allow_repeats};
}

nlohmann::json run(const VectorCase& c) {
  std::vector<std::string_view> texts;
  std::vector<std::string> names;
  nlohmann::json sources = nlohmann::json::array();
  for (const NamedText& s : c.sources) {
    texts.push_back(s.text);
    names.push_back(s.name);
    sources.push_back({{"name", s.name}, {"text", s.text}});
  }
  Options options;
  options.allow_repeats = c.allow_repeats;
  Result<SourcesAlignment> r = compare_sources(c.a, texts, options);
  EXPECT_TRUE(r) << c.name << ": " << r.error().message;
  if (!r) return nullptr;
  EXPECT_GT(r.value().passages.size(), 0u) << c.name;
  return {{"name", c.name}, {"a", c.a}, {"sources", sources}, {"options", {{"allowRepeats", c.allow_repeats}}},
          {"expected", nlohmann::json::parse(to_json(to_units(r.value(), c.a, texts, Units::utf16), names))}};
}

TEST(SourcesVectors, MatchTheCommittedFile) {
  nlohmann::json cases = nlohmann::json::array();
  for (const VectorCase& c : {four_languages(), versions(false), versions(true)}) cases.push_back(run(c));
  const std::string actual = nlohmann::json{{"cases", cases}}.dump(1) + "\n";
  testing::expect_golden(testing::test_data("vectors/sources_planted.json"), actual,
                         "OVERLAP_UPDATE_GOLDEN=1 build/native/tests/core_tests --gtest_filter='SourcesVectors.*'");
}

}  // namespace
}  // namespace overlap
