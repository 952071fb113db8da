// The tuning table: names, parsing, files, and its description.
#include <gtest/gtest.h>

#include "tuning.hpp"

namespace overlap {
namespace {

TEST(Tuning, EveryDescribedValueCanBeSetByItsName) {
  Tuning tuning;
  for (const std::string& line : describe_tuning(Tuning{})) {
    std::string name = line.substr(0, line.find(" = "));
    EXPECT_EQ(set_tuning(tuning, name, "7"), std::nullopt) << name;
  }
  // Every value changed: no line of the description is the default any more.
  std::vector<std::string> before = describe_tuning(Tuning{}), after = describe_tuning(tuning);
  ASSERT_EQ(before.size(), after.size());
  for (size_t i = 0; i < before.size(); ++i) EXPECT_NE(before[i], after[i]) << before[i];
}

TEST(Tuning, BadNamesAndValuesAreRefusedWithTheReason) {
  Tuning tuning;
  EXPECT_EQ(set_tuning(tuning, "seeding.no_such", "3").value(), "unknown tuning value 'seeding.no_such'");
  EXPECT_NE(set_tuning(tuning, "seeding.run_words", "3.5").value().find("whole number"), std::string::npos);
  EXPECT_NE(set_tuning(tuning, "seeding.run_words", "0").value().find("at least 1"), std::string::npos);
  EXPECT_NE(set_tuning(tuning, "seeding.sentence_similarity", "-1").value().find(">= 0"), std::string::npos);
  EXPECT_NE(set_tuning(tuning, "seeding.sentence_similarity", "nan").value().find("finite"), std::string::npos);
  EXPECT_EQ(tuning.seeding.run_words, SeedTuning{}.run_words);  // nothing half-applied
}

TEST(Tuning, AFileSetsValuesLineByLine) {
  Tuning tuning;
  EXPECT_EQ(read_tuning(tuning, "# a sweep\nseeding.run_words = 4\n\n  banding.long_band_share=0.75  # comment\n"),
            std::nullopt);
  EXPECT_EQ(tuning.seeding.run_words, 4u);
  EXPECT_DOUBLE_EQ(tuning.banding.long_band_share, 0.75);
  EXPECT_EQ(read_tuning(tuning, "seeding.run_words = 4\nnonsense\n").value(), "line 2: expected 'name = value'");
}

}  // namespace
}  // namespace overlap
