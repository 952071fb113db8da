// The PAN corpus runner on a tiny corpus built on the fly: the layout is read right, detection
// files are written, and the printed scores are the measure of exactly those files.
#include "pan_corpus.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include "cli_support.hpp"
#include "overlap/overlap.hpp"
#include "pan_xml.hpp"

namespace overlap::pan {
namespace {

using overlap::testing::CliRun;
using overlap::testing::paragraph;
using overlap::testing::ScratchDir;

TEST(PanPairs, ParsesLinesAndRejectsMalformedOnes) {
  std::string error;
  auto pairs = parse_pairs("a.txt b.txt\n\n  c.txt\td.txt  \n", error);
  EXPECT_TRUE(error.empty());
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[1], (std::pair<std::string, std::string>{"c.txt", "d.txt"}));
  EXPECT_TRUE(parse_pairs("a b\nc d e\n", error).empty());
  EXPECT_EQ(error, "line 2 is not \"A B\"");
}

TEST(PanPairs, FileNameJoinsTheStems) {
  EXPECT_EQ(pair_file_name({"suspicious-document00001.txt", "source-document00294.txt", 0}),
            "suspicious-document00001-source-document00294.xml");
}

TEST(PanPairs, DetectionsAreThePassagesWithThisAsA) {
  Alignment alignment;
  alignment.passages = {Passage{{10, 30}, {5, 50}, 1, false, {}}};
  EXPECT_EQ(detections_of(alignment), (std::vector<Annotation>{{{10, 20}, {5, 45}}}));
}

// susp/s1 copies the paragraph of src/r1 after an accented opening (so code points and bytes
// differ); src/r2 is unrelated. Subset "01-none" holds (s1, r2), "02-copy" holds (s1, r1) with
// its gold case; (s1, r3) is in no subset.
struct TinyCorpus {
  ScratchDir dir;
  std::string opening = "Café crème, s'il vous plaît — déjà vu.\n\n";

  TinyCorpus() {
    dir.write("c/susp/s1.txt", opening + paragraph + "\n");
    dir.write("c/src/r1.txt", paragraph + "\n");
    dir.write("c/src/r2.txt", "Nothing of the sort appears here; this text is about bees and honey.\n");
    dir.write("c/src/r3.txt", "Nor here.\n");
    dir.write("c/pairs", "s1.txt r1.txt\ns1.txt r2.txt\ns1.txt r3.txt\n");
    dir.write("c/01-none/pairs", "s1.txt r2.txt\n");
    dir.write("c/01-none/s1-r2.xml", "<document reference=\"s1.txt\">\n</document>\n");
    dir.write("c/02-copy/pairs", "s1.txt r1.txt\n");
    // The opening in code points: its accents take 2 bytes each and its dash 3.
    auto offset = std::count_if(opening.begin(), opening.end(), [](char c) { return (c & 0xC0) != 0x80; });
    dir.write("c/02-copy/s1-r1.xml", "<document reference=\"s1.txt\">\n<feature name=\"plagiarism\" this_offset=\"" +
                                         std::to_string(offset) + "\" this_length=\"" +
                                         std::to_string(paragraph.size()) +
                                         "\" source_reference=\"r1.txt\" source_offset=\"0\" source_length=\"" +
                                         std::to_string(paragraph.size()) + "\"/>\n</document>\n");
  }
};

TEST(PanCorpus, LoadsPairsAndSubsets) {
  TinyCorpus t;
  std::string error;
  Corpus corpus = load_corpus(t.dir.path() / "c", error);
  ASSERT_TRUE(error.empty()) << error;
  EXPECT_EQ(corpus.subsets, (std::vector<std::string>{"01-none", "02-copy"}));
  ASSERT_EQ(corpus.pairs.size(), 3u);
  EXPECT_EQ(corpus.pairs[0].subset, 1);
  EXPECT_EQ(corpus.pairs[1].subset, 0);
  EXPECT_EQ(corpus.pairs[2].subset, -1);
}

TEST(PanCorpus, ThreadsDoNotChangeTheScores) {
  TinyCorpus t;
  std::string error;
  Corpus corpus = load_corpus(t.dir.path() / "c", error);
  CorpusRun one = run_corpus(corpus, {}, {}, {}, 1), three = run_corpus(corpus, {}, {}, {}, 3);
  ASSERT_TRUE(one.error.empty()) << one.error;
  EXPECT_EQ(one.unscored_pairs, 1u);
  EXPECT_EQ(one.overall.pairs, 2u);
  EXPECT_EQ(one.subsets[0].case_free_pairs, 1u);
  EXPECT_EQ(one.overall.tally.cases, 1u);
  EXPECT_EQ(one.overall.tally.detections, three.overall.tally.detections);
  EXPECT_DOUBLE_EQ(one.overall.tally.recall_sum, three.overall.tally.recall_sum);
  EXPECT_DOUBLE_EQ(one.overall.tally.precision_sum, three.overall.tally.precision_sum);
}

TEST(PanCorpus, CopiedParagraphIsFoundInCodePoints) {
  TinyCorpus t;
  std::string error;
  Corpus corpus = load_corpus(t.dir.path() / "c", error);
  CorpusRun run = run_corpus(corpus, {}, {}, {}, 1);
  ASSERT_TRUE(run.error.empty()) << run.error;
  // In byte offsets the detection would start 7 characters late and stick out of the case.
  EXPECT_DOUBLE_EQ(score(run.subsets[1].tally).precision, 1);
  EXPECT_GT(score(run.subsets[1].tally).recall, 0.9);
}

TEST(PanCommand, TuningFromAFileAndFlagsReachesTheRunAndTheReport) {
  TinyCorpus t;
  CliRun defaults = overlap::testing::run_cli(t.dir, "pan c");
  ASSERT_EQ(defaults.status, 0) << defaults.err;
  EXPECT_NE(defaults.out.find("tuning: the defaults"), std::string::npos) << defaults.out;
  // The file first, then each --tune; the report names what differs from the defaults (that the
  // values reach the comparisons is tests/core/stage_trim_summary_test.cpp's PipelineTuning).
  t.dir.write("blind.txt", "# a sweep\nseeding.run_words = 500\nseeding.sentence_similarity = 0.5\n");
  CliRun blind = overlap::testing::run_cli(t.dir, "pan c --tuning blind.txt --tune seeding.sentence_similarity=2");
  ASSERT_EQ(blind.status, 0) << blind.err;
  EXPECT_NE(blind.out.find("tuning: seeding.run_words = 500 · seeding.sentence_similarity = 2"), std::string::npos)
      << blind.out;
  t.dir.write("bad.txt", "seeding.run_words = many\n");
  CliRun bad = overlap::testing::run_cli(t.dir, "pan c --tuning bad.txt");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("in 'bad.txt', line 1: seeding.run_words: 'many' is not a whole number"), std::string::npos)
      << bad.err;
}

TEST(PanCommand, PrintsTheMeasureOfTheFilesItWrites) {
  TinyCorpus t;
  CliRun r = overlap::testing::run_cli(t.dir, "pan c --out det");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  for (const char* part : {"subset", "01-none", "02-copy", "overall", "plagdet", "01-none: ", "wall time",
                           "1 pairs belong to no subset"})
    EXPECT_NE(r.out.find(part), std::string::npos) << part << "\n" << r.out;

  // Score the written detection files against the gold ones independently of the run.
  Tally tally;
  for (auto [subset, src] : {std::pair{"01-none", "r2"}, std::pair{"02-copy", "r1"}}) {
    std::string name = std::string("s1-") + src + ".xml";
    auto detected = read_annotations(overlap::testing::read_file(t.dir.path() / "det" / name),
                                     "detected-plagiarism", std::string(src) + ".txt");
    auto gold = read_annotations(overlap::testing::read_file(t.dir.path() / "c" / subset / name), "plagiarism",
                                 std::string(src) + ".txt");
    ASSERT_TRUE(detected && gold) << name;
    tally.add({*gold, *detected});
  }
  EXPECT_TRUE(std::filesystem::exists(t.dir.path() / "det" / "s1-r3.xml"));
  char expected[64];
  std::snprintf(expected, sizeof expected, "%8.4f\n", score(tally).plagdet);
  size_t overall = r.out.find("\noverall");
  ASSERT_NE(overall, std::string::npos);
  std::string line = r.out.substr(overall + 1, r.out.find('\n', overall + 1) - overall);
  EXPECT_TRUE(line.ends_with(expected)) << line << " vs " << expected;
}

}  // namespace
}  // namespace overlap::pan
