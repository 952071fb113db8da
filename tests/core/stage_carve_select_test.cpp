// Carving and selection on clusters and candidates placed by hand: when a cluster is cut around
// a stretch another passage matches elsewhere, and which candidates become passages.
#include <gtest/gtest.h>

#include "align/carve.hpp"
#include "align/selection.hpp"
#include "stage_support.hpp"

namespace overlap::align {
namespace {

using testing::box;
using testing::boxes;
using testing::cluster_of;
using testing::run;

const CarveTuning carve_defaults;

// P (A 0-30) and Q (A 60-90) are one cluster across a 30-word gap in A that holds M; B has P
// and Q side by side.
Cluster neighbours() { return cluster_of({run(0, 30, 0), run(60, 90, 30)}); }

TEST(Carving, AClusterIsCutAroundTextMatchedOutsideItsExtent) {
  // M matches far away in B (200-230): it moved, so P and Q are two passages around it.
  std::vector<Cluster> carved =
      carve_moved({neighbours(), cluster_of({run(30, 60, 200)})}, 12, carve_defaults);
  EXPECT_EQ(boxes(carved),
            (std::vector<WordBox>{box(0, 30, 0, 30), box(30, 60, 200, 230), box(60, 90, 30, 60)}));
}

TEST(Carving, TextMatchedInsideTheClusterIsAnEditNotAMove) {
  // M's match lies inside P+Q's extent in B: a repetition within the passage, not a move away.
  std::vector<Cluster> carved =
      carve_moved({neighbours(), cluster_of({run(30, 45, 20)})}, 12, carve_defaults);
  EXPECT_EQ(boxes(carved), (std::vector<WordBox>{box(0, 90, 0, 60), box(30, 45, 20, 35)}));
}

TEST(Carving, OnlyPassageSizedClustersCarve) {
  // The same far match, but narrower than a passage can be: chance, not evidence of a move.
  std::vector<Cluster> carved =
      carve_moved({neighbours(), cluster_of({run(30, 40, 200)})}, 12, carve_defaults);
  EXPECT_EQ(boxes(carved), (std::vector<WordBox>{box(0, 90, 0, 60), box(30, 40, 200, 210)}));
}

TEST(Carving, AStretchMostlyCoveredByOwnSeedsIsNotCut) {
  // P+Q has its own seeds over most of M's stretch: shared text, whatever else matches it.
  Cluster dense = cluster_of({run(0, 30, 0), run(32, 58, 32), run(60, 90, 60)});
  std::vector<Cluster> carved =
      carve_moved({dense, cluster_of({run(30, 60, 200)})}, 12, carve_defaults);
  EXPECT_EQ(carved.size(), 2u);
  // Allowing seeds to cover nearly all of a stretch that is still called a gap cuts it (and the
  // seed inside the cut goes with it).
  CarveTuning loose;
  loose.max_seed_cover = 0.95;
  EXPECT_EQ(boxes(carve_moved({dense, cluster_of({run(30, 60, 200)})}, 12, loose)),
            (std::vector<WordBox>{box(0, 30, 0, 30), box(30, 60, 200, 230), box(60, 90, 60, 90)}));
}

Candidate candidate(Span a, Span b, uint32_t rank, uint32_t words = 30, double similarity = 0.9) {
  Candidate c;
  c.a = a;
  c.b = b;
  c.rank = rank;
  c.counts = {words, words, rank};
  c.similarity = similarity;
  return c;
}

TEST(Selection, TheStrongestOfOverlappingCandidatesWins) {
  std::vector<Candidate> chosen = select_passages(
      {candidate({0, 100}, {0, 100}, 20), candidate({50, 150}, {200, 300}, 25)}, Options{});
  ASSERT_EQ(chosen.size(), 1u);
  EXPECT_EQ(chosen[0].a, (Span{50, 150}));
}

TEST(Selection, TiesGoToTheEarlierCandidateInA) {
  std::vector<Candidate> chosen = select_passages(
      {candidate({50, 150}, {0, 100}, 20), candidate({0, 100}, {200, 300}, 20)}, Options{});
  ASSERT_EQ(chosen.size(), 1u);
  EXPECT_EQ(chosen[0].a, (Span{0, 100}));
}

TEST(Selection, ShortAndDissimilarCandidatesAreDropped) {
  std::vector<Candidate> chosen = select_passages(
      {candidate({0, 10}, {0, 10}, 5, 5), candidate({20, 30}, {20, 30}, 30, 30, 0.2),
       candidate({40, 50}, {40, 50}, 30)},
      Options{});
  ASSERT_EQ(chosen.size(), 1u);
  EXPECT_EQ(chosen[0].a, (Span{40, 50}));
}

TEST(Selection, RepeatsAllowOverlapsButNotTheSamePairTwice) {
  Options repeats;
  repeats.allow_repeats = true;
  std::vector<Candidate> chosen = select_passages(
      {candidate({0, 100}, {0, 100}, 30), candidate({0, 100}, {500, 600}, 30),
       candidate({10, 90}, {10, 90}, 20)},
      repeats);
  ASSERT_EQ(chosen.size(), 2u);
  EXPECT_EQ(chosen[1].b, (Span{500, 600}));
}

TEST(Selection, PassagesComeSortedByTheirStartInA) {
  std::vector<Candidate> chosen = select_passages(
      {candidate({200, 300}, {0, 100}, 30), candidate({0, 100}, {200, 300}, 40)}, Options{});
  ASSERT_EQ(chosen.size(), 2u);
  EXPECT_LT(chosen[0].a.start, chosen[1].a.start);
}

Passage passage(Span a, Span b) { return {a, b, 1.0, false, {}}; }

TEST(Moves, PassagesOffTheHeaviestInOrderChainAreMoved) {
  // B holds the first, third and second passage of A in that order: the short second one moved.
  std::vector<Passage> passages{passage({0, 100}, {0, 100}), passage({100, 130}, {300, 330}),
                                passage({130, 300}, {100, 270})};
  mark_moved(passages);
  EXPECT_FALSE(passages[0].moved);
  EXPECT_TRUE(passages[1].moved);
  EXPECT_FALSE(passages[2].moved);
}

}  // namespace
}  // namespace overlap::align
