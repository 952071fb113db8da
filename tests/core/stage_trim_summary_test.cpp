// Candidate edges (trimming, sentence snapping) and summaries on short texts written for the
// test, through the pipeline's own stages.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "align/pipeline.hpp"
#include "align/summary.hpp"
#include "align/trim.hpp"
#include "stage_support.hpp"

namespace overlap::align {
namespace {

using testing::run;

const CandidateTuning candidate_defaults;

TEST(Trimming, AStrayMatchAtAnEdgeIsCutOff) {
  // B's box starts with "harbour", which A has, then ten words A lacks before the shared run:
  // the stray word pulls the edge out over text that is not shared.
  TextModel text = text_model(
      "harbour pilots guided the ferry through thick fog before dawn on Tuesday",
      "harbour cranes stood idle while dockers argued about overtime pay rates "
      "pilots guided the ferry through thick fog before dawn on Tuesday",
      TextTuning{});
  WordWeights weights(text.a, text.b, Tuning{}.seeding);
  const WordBox all{{0, text.a.word_count()}, {0, text.b.word_count()}};
  std::optional<WordBox> trimmed = trim_unmatched_edges(text.a, text.b, weights, all, 1.0);
  ASSERT_TRUE(trimmed);
  EXPECT_EQ(trimmed->a, all.a);  // every word of A is found in B
  EXPECT_EQ(trimmed->b.begin, 11u);  // B starts at "pilots"
  EXPECT_EQ(trimmed->b.end, all.b.end);
}

TEST(Trimming, NothingSharedIsNothingKept) {
  TextModel text = text_model("entirely different words here", "nothing alike in this one", TextTuning{});
  WordWeights weights(text.a, text.b, Tuning{}.seeding);
  EXPECT_FALSE(trim_unmatched_edges(text.a, text.b, weights, {{0, 4}, {0, 5}}, 1.0));
}

TEST(Trimming, InOrderTrimGivesNearVerbatimCopiesExactEdges) {
  // A copy with three unrelated words glued on in B: in diff order they are inserted words at
  // the edge, and the in-order trim drops them (the order-free trim keeps "the" and "ferry").
  TextModel text = text_model(
      "the ferry left the harbour at dawn with four hundred passengers aboard",
      "the ferry left the harbour at dawn with four hundred passengers aboard the late ferry",
      TextTuning{});
  const WordBox all{{0, text.a.word_count()}, {0, text.b.word_count()}};
  std::vector<TokenOp> ops = diff_tokens(
      text.a, text.b,
      {{0, static_cast<uint32_t>(text.a.tokens.size())}, {0, static_cast<uint32_t>(text.b.tokens.size())}},
      {}, candidate_defaults.max_gap_product);
  WordBox trimmed = trim_in_order(text.a, text.b, ops, all, candidate_defaults);
  EXPECT_EQ(trimmed.a, all.a);
  EXPECT_EQ(trimmed.b.end, text.a.word_count());
  // Below the density threshold the passage counts as reworded and keeps its edges.
  CandidateTuning strict = candidate_defaults;
  strict.in_order_min_density = 1.0;
  EXPECT_EQ(trim_in_order(text.a, text.b, ops, all, strict), all);
}

TEST(Snapping, EdgesAFewWordsIntoASentenceMoveToItsStart) {
  TextModel text = text_model(
      "Storms closed the port. The ferry left at dawn with four hundred passengers. It arrived late.",
      "Storms closed the port. The ferry left at dawn with four hundred passengers. It arrived late.",
      TextTuning{});
  WordWeights weights(text.a, text.b, Tuning{}.seeding);
  // Words 6..12 ("left ... hundred"): two words into the second sentence, one short of its end.
  const std::vector<Seed> seeds{run(6, 12, 6)};
  Candidate c = build_candidate(text.a, text.b, weights, {{6, 12}, {6, 12}}, seeds, candidate_defaults);
  EXPECT_EQ(c.words.a, (WordRange{4, 13}));  // "The ferry ... passengers"
  CandidateTuning no_snap = candidate_defaults;
  no_snap.sentence_snap_words = 0;
  EXPECT_EQ(build_candidate(text.a, text.b, weights, {{6, 12}, {6, 12}}, seeds, no_snap).words.a,
            (WordRange{6, 12}));
}

// A text of `n` distinct filler words, one paragraph.
std::string filler(const std::string& stem, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += stem + std::to_string(i) + (i + 1 < n ? " " : ".\n\n");
  return out;
}

TEST(Summaries, TwoSentencesEchoingDistantParagraphsBecomeOneSummary) {
  const std::string first = "Engineers rebuilt the northern breakwater with granite blocks quarried nearby.";
  const std::string second = "Fishermen welcomed calmer moorings although diesel prices kept rising sharply.";
  const std::string a = first + " " + second + "\n";
  const std::string b = first + "\n\n" + filler("w", 300) + second + "\n";
  TextModel text = text_model(a, b, TextTuning{});
  WordWeights weights(text.a, text.b, Tuning{}.seeding);
  // The two sentence pairs, as seeding finds them (sentence 0 of A with sentence 0 of B, and
  // sentence 1 of A with B's last sentence).
  const uint32_t a_mid = text.a.sentence_first_word[1], b_last = text.b.sentence_first_word[text.b.sentence_count() - 1];
  std::vector<Seed> seeds{{{{0, a_mid}, {0, a_mid}}, 5, false},
                          {{{a_mid, text.a.word_count()}, {b_last, text.b.word_count()}}, 5, false}};
  std::vector<Candidate> found = summary_candidates(text.a, text.b, weights, seeds, {}, Options{}, Tuning{});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].words.a, (WordRange{0, text.a.word_count()}));
  EXPECT_EQ(found[0].words.b.end, text.b.word_count());
  EXPECT_GE(found[0].similarity, 0.65);
  // Ranked by the summary's words the source accounts for, not by kept words.
  EXPECT_EQ(found[0].rank, static_cast<uint32_t>(found[0].similarity * text.a.word_count()));

  // Sentences already inside a close copy take no part.
  Candidate copy;
  copy.words = {{0, text.a.word_count()}, {0, a_mid}};
  copy.similarity = 0.9;
  copy.counts = {text.a.word_count(), text.a.word_count(), text.a.word_count()};
  Options short_passages;
  short_passages.min_words = 5;
  EXPECT_TRUE(summary_candidates(text.a, text.b, weights, seeds, {copy}, short_passages, Tuning{}).empty());
}

TEST(Summaries, AStretchDrawingOnSeveralSourcesNeedsNoCompression) {
  // A's paragraph: two sentences this source tells, around one another source gave. B is
  // hardly longer than A, so comparing two texts this is no summary (an ordinary candidate has
  // judged it). Comparing A with several sources it is a composite that no one source's
  // ordinary candidate judged whole: a summary of this source needs no compression.
  const std::string first = "Engineers rebuilt the northern breakwater with granite blocks quarried nearby.";
  const std::string second = "Fishermen welcomed calmer moorings although diesel prices kept rising sharply.";
  const std::string a = first + " Council auditors questioned several invoices. " + second + "\n";
  const std::string b = first + " Tides were low. " + second + "\n";
  TextModel text = text_model(a, b, TextTuning{});
  WordWeights weights(text.a, text.b, Tuning{}.seeding);
  const uint32_t other = text.a.sentence_first_word[1], second_a = text.a.sentence_first_word[2];
  const uint32_t second_b = text.b.sentence_first_word[2];
  std::vector<Seed> seeds{{{{0, other}, {0, other}}, 5, false},
                          {{{second_a, text.a.word_count()}, {second_b, text.b.word_count()}}, 5, false}};
  Options options;
  options.min_words = 4;
  EXPECT_TRUE(summary_candidates(text.a, text.b, weights, seeds, {}, options, Tuning{}).empty());

  // This source echoes the first and last sentences; some source echoes all three.
  std::vector<uint8_t> own(text.a.word_count(), 1);
  std::fill(own.begin() + other, own.begin() + second_a, 0);
  const std::vector<uint32_t> sources_echoing(text.a.word_count(), 1);
  std::vector<Candidate> found =
      summary_candidates(text.a, text.b, weights, seeds, {}, options, Tuning{}, EchoedElsewhere(own, sources_echoing));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].words.a, (WordRange{0, text.a.word_count()}));
  EXPECT_GE(found[0].similarity, Tuning{}.summaries.min_containment);

  // Fewer words from elsewhere than a passage needs: no composite.
  options.min_words = second_a - other + 1;
  EXPECT_TRUE(summary_candidates(text.a, text.b, weights, seeds, {}, options, Tuning{},
                                 EchoedElsewhere(own, sources_echoing)).empty());
}

TEST(PipelineTuning, TheTableReachesTheStages) {
  const std::string wire =
      "The ferry operator said on Tuesday that all crossings to the island would resume next week "
      "once engineers had inspected the damaged ramp at the northern terminal.";
  const std::string rewrite = "Officials confirmed the news. " + wire;
  Options options;
  options.min_words = 10;
  Result<Alignment> normal = compare(wire, rewrite, options, Tuning{});
  ASSERT_TRUE(normal);
  EXPECT_EQ(normal.value().passages.size(), 1u);
  // Runs must be longer than the whole text and sentence pairs identical: no evidence at all.
  Tuning blind;
  blind.seeding.run_words = 100;
  blind.seeding.sentence_similarity = 1.01;
  options.min_words = 100;
  Result<Alignment> none = compare(wire, rewrite, options, blind);
  ASSERT_TRUE(none);
  EXPECT_TRUE(none.value().passages.empty());
}

TEST(PipelineTuning, KeptStagesAreTheStagesOfTheResult) {
  const std::string a = filler("x", 40) + "The harbour master reported that the storm had passed.";
  const std::string b = "The harbour master reported that the storm had passed.\n\n" + filler("x", 40);
  Options options;
  options.min_words = 10;
  CompareStages stages;
  Result<Alignment> r = compare(a, b, options, Tuning{}, &stages);
  ASSERT_TRUE(r);
  EXPECT_FALSE(stages.seeds.empty());
  EXPECT_FALSE(stages.clusters.empty());
  // The selected passage (the filler), and the sentence too short for min_words found again as
  // moved text against it: nothing to cut, so the result is the two.
  ASSERT_EQ(stages.selected.size(), 1u);
  ASSERT_EQ(stages.passages.size(), 1u);
  EXPECT_EQ(stages.passages[0].a, stages.selected[0].a);
  ASSERT_EQ(stages.moved.size(), 1u);
  const std::vector<Passage>& passages = r.value().passages;
  ASSERT_EQ(passages.size(), 2u);
  EXPECT_EQ(passages[0].a, stages.selected[0].a);
  EXPECT_EQ(passages[1].a, stages.moved[0].a);
  EXPECT_EQ(passages[1].b, stages.moved[0].b);
}

}  // namespace
}  // namespace overlap::align
