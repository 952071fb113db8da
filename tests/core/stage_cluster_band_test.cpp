// Clustering and banding on seeds placed by hand: which seeds join, and when a cluster is split
// because its bands lie in opposite orders in the two texts.
#include <gtest/gtest.h>

#include "align/band.hpp"
#include "align/cluster.hpp"
#include "stage_support.hpp"

namespace overlap::align {
namespace {

using testing::box;
using testing::boxes;
using testing::cluster_of;
using testing::run;

const ClusterParams gap50{50, 50};
const BandTuning band_defaults;

TEST(Clustering, SeedsWithinTheGapInBothTextsJoin) {
  // 40 words apart in A and in B: one passage with a rewritten middle.
  std::vector<Cluster> clusters = cluster_seeds({run(0, 20, 0), run(60, 80, 60)}, gap50);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].box, box(0, 80, 0, 80));
  EXPECT_EQ(clusters[0].weight, 40u);
}

TEST(Clustering, SeedsTooFarApartInOneTextStayApart) {
  // Close in A, 60 words apart in B.
  EXPECT_EQ(cluster_seeds({run(0, 20, 0), run(30, 50, 80)}, gap50).size(), 2u);
}

TEST(Clustering, JoiningIsTransitive) {
  std::vector<Cluster> clusters =
      cluster_seeds({run(0, 10, 0), run(50, 60, 50), run(100, 110, 100)}, gap50);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].seeds.size(), 3u);
}

TEST(Clustering, DifferentGapsPerSideForSummaries) {
  // 300 words apart in B: joined only when B's gap is loose.
  std::vector<Seed> seeds{run(0, 10, 0), run(20, 30, 320)};
  EXPECT_EQ(cluster_seeds(seeds, {50, 50}).size(), 2u);
  EXPECT_EQ(cluster_seeds(seeds, {50, 1000}).size(), 1u);
}

TEST(Clustering, EachSeedLooksAtABoundedNumberOfNeighbours) {
  // The first and last seeds are close in both texts; the middle one (in A order) is far away in
  // B. Looking at one neighbour only, the first never sees the last.
  std::vector<Seed> seeds{run(0, 10, 0), run(5, 15, 500), run(20, 30, 20)};
  EXPECT_EQ(cluster_seeds(seeds, {50, 50}).size(), 2u);
  EXPECT_EQ(cluster_seeds(seeds, {50, 50, 1}).size(), 3u);
}

TEST(Banding, TwoSwappedParagraphsAreSplit) {
  // A: P at 0-30, Q at 40-70; B: Q at 0-30, P at 40-70. Close in both texts, so they cluster.
  std::vector<Cluster> clustered = cluster_seeds({run(0, 30, 40), run(40, 70, 0)}, gap50);
  ASSERT_EQ(clustered.size(), 1u);
  EXPECT_EQ(boxes(split_swapped(clustered, gap50, band_defaults)),
            (std::vector<WordBox>{box(0, 30, 40, 70), box(40, 70, 0, 30)}));
}

TEST(Banding, AParagraphMovedAwayFromBetweenItsNeighboursIsSplitOff) {
  // A: P 0-30, M 30-60, Q 60-90. B: P 0-30, Q 30-60, then M at 100-130 (40 words after Q, inside
  // the gap tolerance). M's box overlaps P+Q's in A, so boxes alone cannot tell; M crosses Q.
  std::vector<Cluster> clustered = cluster_seeds({run(0, 30, 0), run(30, 60, 100), run(60, 90, 30)}, gap50);
  ASSERT_EQ(clustered.size(), 1u);
  EXPECT_EQ(boxes(split_swapped(clustered, gap50, band_defaults)),
            (std::vector<WordBox>{box(0, 90, 0, 60), box(30, 60, 100, 130)}));
}

TEST(Banding, InOrderBandsStayOneCluster) {
  // The diagonal jumps by 55 (an insertion in B), but both bands are in the same order in both
  // texts and overlap in A: rewording, not a move.
  std::vector<Cluster> clustered = cluster_seeds({run(0, 30, 0), run(20, 50, 75)}, gap50);
  ASSERT_EQ(clustered.size(), 1u);
  EXPECT_EQ(split_swapped(clustered, gap50, band_defaults).size(), 1u);
}

TEST(Banding, ShortBandsJoinTheNearestLongBand) {
  // Two swapped paragraphs (diagonals +60 and -60) and a 5-word scrap between them (diagonal +5):
  // three bands, the scrap too short to stand alone, so it joins the nearer diagonal (+60).
  std::vector<Cluster> clustered =
      cluster_seeds({run(0, 30, 60), run(60, 90, 0), run(35, 40, 40)}, gap50);
  ASSERT_EQ(clustered.size(), 1u);
  EXPECT_EQ(boxes(split_swapped(clustered, gap50, band_defaults)),
            (std::vector<WordBox>{box(0, 40, 40, 90), box(60, 90, 0, 30)}));
}

TEST(Banding, TheLongBandShareDecidesWhatStandsAlone) {
  // With long bands required to span the whole gap (50 words), two 30-word swapped paragraphs
  // are both short: nothing stands alone and the cluster stays whole.
  BandTuning strict;
  strict.long_band_share = 1.0;
  std::vector<Cluster> clustered = cluster_seeds({run(0, 30, 40), run(40, 70, 0)}, gap50);
  EXPECT_EQ(split_swapped(clustered, gap50, strict).size(), 1u);
}

}  // namespace
}  // namespace overlap::align
