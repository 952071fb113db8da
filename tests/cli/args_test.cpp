// Command-line parsing: every option, both spellings, and the one-line errors.
#include "args.hpp"

#include <gtest/gtest.h>

namespace overlap::cli {
namespace {

ParsedArgs parse(std::vector<std::string> args) { return parse_args(args); }

TEST(Args, TwoTextsWithDefaults) {
  ParsedArgs p = parse({"a.txt", "b.txt"});
  ASSERT_TRUE(p.ok()) << p.error;
  const auto& c = std::get<CompareArgs>(p.command);
  EXPECT_EQ(c.a, "a.txt");
  EXPECT_EQ(c.b, "b.txt");
  EXPECT_FALSE(c.json);
  EXPECT_EQ(c.units, Units::utf8);
  EXPECT_EQ(c.mode, Mode::compare);
  EXPECT_EQ(c.color, Color::automatic);
  EXPECT_EQ(c.options, Options{});
}

TEST(Args, SeveralSources) {
  ParsedArgs p = parse({"article.txt", "pa-1654.txt", "--json", "pa-1920.txt", "-"});
  ASSERT_TRUE(p.ok()) << p.error;
  const auto& c = std::get<CompareArgs>(p.command);
  EXPECT_EQ(c.a, "article.txt");
  EXPECT_EQ(c.b, "pa-1654.txt");
  EXPECT_EQ(c.more_sources, (std::vector<std::string>{"pa-1920.txt", "-"}));
  EXPECT_TRUE(std::get<CompareArgs>(parse({"a", "b"}).command).more_sources.empty());
  EXPECT_NE(parse({"--mode", "diff", "a", "b", "c"}).error.find("not several sources"), std::string::npos);
  EXPECT_NE(parse({"a", "-", "c", "-"}).error.find("only one of the texts"), std::string::npos);
}

TEST(Args, EveryCompareOptionInBothSpellings) {
  ParsedArgs p = parse({"--json", "--units", "codepoints", "a", "--mode=diff", "--min-words", "7", "--gap-words=3",
                        "--min-similarity", "0.5", "--allow-repeats", "--show-typography", "--no-color", "b"});
  ASSERT_TRUE(p.ok()) << p.error;
  const auto& c = std::get<CompareArgs>(p.command);
  EXPECT_TRUE(c.json);
  EXPECT_EQ(c.units, Units::codepoints);
  EXPECT_EQ(c.mode, Mode::diff);
  EXPECT_EQ(c.color, Color::never);
  EXPECT_EQ(c.options.min_words, 7u);
  EXPECT_EQ(c.options.gap_words, 3u);
  EXPECT_DOUBLE_EQ(c.options.min_similarity, 0.5);
  EXPECT_TRUE(c.options.allow_repeats);
  EXPECT_TRUE(c.options.show_typography);
  EXPECT_FALSE(Options{}.show_typography);
  EXPECT_FALSE(parse({"--show-typography=yes", "a", "b"}).ok());
  EXPECT_EQ(std::get<CompareArgs>(parse({"--units=utf16", "a", "b"}).command).units, Units::utf16);
  EXPECT_EQ(std::get<CompareArgs>(parse({"--color", "a", "b"}).command).color, Color::always);
}

TEST(Args, DashIsStandardInputAndDoubleDashEndsOptions) {
  ParsedArgs p = parse({"-", "--", "--odd-name.txt"});
  ASSERT_TRUE(p.ok()) << p.error;
  EXPECT_EQ(std::get<CompareArgs>(p.command).a, "-");
  EXPECT_EQ(std::get<CompareArgs>(p.command).b, "--odd-name.txt");
  EXPECT_FALSE(parse({"-", "-"}).ok());
}

TEST(Args, HelpAndVersionWinOverEverythingElse) {
  EXPECT_TRUE(std::holds_alternative<HelpArgs>(parse({"--help"}).command));
  EXPECT_TRUE(std::holds_alternative<HelpArgs>(parse({"a", "-h"}).command));
  EXPECT_TRUE(std::holds_alternative<VersionArgs>(parse({"--version"}).command));
  EXPECT_TRUE(parse({"pan", "--help"}).ok());
  EXPECT_NE(help_text().find("Usage: overlap"), std::string::npos);
  EXPECT_NE(help_text().find("in words [" + std::to_string(Options{}.min_words) + "]"), std::string::npos);
  EXPECT_EQ(help_text().find('{'), std::string::npos);
}

TEST(Args, PanCommand) {
  ParsedArgs p = parse({"pan", "corpus", "--out", "dir", "--jobs=4", "--min-words", "9"});
  ASSERT_TRUE(p.ok()) << p.error;
  const auto& pan = std::get<PanArgs>(p.command);
  EXPECT_EQ(pan.corpus, "corpus");
  EXPECT_EQ(pan.out, "dir");
  EXPECT_EQ(pan.jobs, 4u);
  EXPECT_EQ(pan.options.min_words, 9u);
  EXPECT_EQ(std::get<PanArgs>(parse({"pan", "c"}).command).jobs, 1u);  // one core unless asked
}

TEST(Args, PanTuningForParameterSweeps) {
  ParsedArgs p = parse({"pan", "corpus", "--tuning", "sweep.txt", "--tune", "seeding.run_words=4",
                        "--tune=banding.long_band_share=0.75"});
  ASSERT_TRUE(p.ok()) << p.error;
  const auto& pan = std::get<PanArgs>(p.command);
  EXPECT_EQ(pan.tuning_file, "sweep.txt");
  EXPECT_EQ(pan.tune, (std::vector<std::string>{"seeding.run_words=4", "banding.long_band_share=0.75"}));
  // Mistakes are caught before the corpus is read.
  EXPECT_NE(parse({"pan", "c", "--tune", "seeding.nope=4"}).error.find("unknown tuning value"), std::string::npos);
  EXPECT_NE(parse({"pan", "c", "--tune", "seeding.run_words"}).error.find("NAME=VALUE"), std::string::npos);
  EXPECT_NE(parse({"a", "b", "--tune", "seeding.run_words=4"}).error.find("does not apply"), std::string::npos);
}

// Each error is one line naming the culprit.
void expect_error(std::vector<std::string> args, std::string_view fragment) {
  ParsedArgs p = parse(args);
  EXPECT_FALSE(p.ok());
  EXPECT_NE(p.error.find(fragment), std::string::npos) << p.error;
  EXPECT_EQ(p.error.find('\n'), std::string::npos) << p.error;
}

TEST(Args, Errors) {
  expect_error({"--frobnicate", "a", "b"}, "unknown option '--frobnicate' (see 'overlap --help')");
  expect_error({"a"}, "expected two texts");
  expect_error({}, "expected two texts");
  expect_error({"--min-words", "many", "a", "b"}, "invalid value 'many' for --min-words");
  expect_error({"--min-words", "-3", "a", "b"}, "invalid value '-3'");
  expect_error({"--min-similarity", "0.5x", "a", "b"}, "invalid value '0.5x'");
  expect_error({"--min-similarity", "2", "a", "b"}, "min_similarity");  // from overlap::validate
  expect_error({"--units", "bytes", "a", "b"}, "expected utf8, utf16 or codepoints");
  expect_error({"--mode", "merge", "a", "b"}, "expected compare or diff");
  expect_error({"a", "b", "--min-words"}, "option '--min-words' needs a value");
  expect_error({"--json=yes", "a", "b"}, "takes no value");
  expect_error({"--out", "x", "a", "b"}, "does not apply to comparing two texts");
  expect_error({"pan", "c", "--json"}, "does not apply to 'overlap pan'");
  expect_error({"pan"}, "expected one corpus folder");
  expect_error({"pan", "--jobs", "all", "c"}, "invalid value 'all' for --jobs");
}

}  // namespace
}  // namespace overlap::cli
