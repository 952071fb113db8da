// The PAN measure on cases small enough to compute by hand (README of pan13-train).
#include "pan_measure.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace overlap::pan {
namespace {

// this = [t, t + tl) in the suspicious document, source = [s, s + sl) in the source.
Annotation ann(uint64_t t, uint64_t tl, uint64_t s, uint64_t sl) { return {{t, tl}, {s, sl}}; }

Scores score_of(std::vector<Annotation> cases, std::vector<Annotation> detections) {
  Tally tally;
  tally.add({std::move(cases), std::move(detections)});
  return score(tally);
}

TEST(PanMeasure, PerfectDetectionScoresOne) {
  Scores s = score_of({ann(10, 100, 20, 80)}, {ann(10, 100, 20, 80)});
  EXPECT_DOUBLE_EQ(s.precision, 1);
  EXPECT_DOUBLE_EQ(s.recall, 1);
  EXPECT_DOUBLE_EQ(s.granularity, 1);
  EXPECT_DOUBLE_EQ(s.plagdet, 1);
}

TEST(PanMeasure, HalfOverlapInBothDocuments) {
  // 50 of 100 characters shared on each side: 100 of the case's 200, 100 of the detection's 200.
  Scores s = score_of({ann(0, 100, 0, 100)}, {ann(50, 100, 50, 100)});
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.granularity, 1);
  EXPECT_DOUBLE_EQ(s.plagdet, 0.5);
}

TEST(PanMeasure, CharactersCountInBothDocuments) {
  // The whole suspicious side (100) but a third of the source side (100 of 300): 200 / 400.
  Scores s = score_of({ann(0, 100, 0, 300)}, {ann(0, 100, 0, 100)});
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.precision, 1);
  EXPECT_NEAR(s.plagdet, 2.0 / 3.0, 1e-12);
}

TEST(PanMeasure, TwoDetectionsOfOneCaseGiveGranularityTwo) {
  Scores s = score_of({ann(0, 100, 0, 100)}, {ann(0, 50, 0, 50), ann(50, 50, 50, 50)});
  EXPECT_DOUBLE_EQ(s.recall, 1);
  EXPECT_DOUBLE_EQ(s.precision, 1);
  EXPECT_DOUBLE_EQ(s.granularity, 2);
  EXPECT_NEAR(s.plagdet, 1 / std::log2(3.0), 1e-12);
}

TEST(PanMeasure, OverlappingDetectionsCountSharedCharactersOnce) {
  Scores s = score_of({ann(0, 100, 0, 100)}, {ann(0, 60, 0, 60), ann(40, 60, 40, 60)});
  EXPECT_DOUBLE_EQ(s.recall, 1);  // not 1.2
  EXPECT_DOUBLE_EQ(s.precision, 1);
  EXPECT_DOUBLE_EQ(s.granularity, 2);
}

TEST(PanMeasure, OverlapInOnlyOneDocumentIsNoDetection) {
  Annotation gold = ann(0, 100, 0, 100), elsewhere = ann(0, 100, 500, 100);
  EXPECT_FALSE(detects(elsewhere, gold));
  Scores s = score_of({gold}, {elsewhere});
  EXPECT_DOUBLE_EQ(s.recall, 0);
  EXPECT_DOUBLE_EQ(s.precision, 0);
  EXPECT_DOUBLE_EQ(s.granularity, 1);  // no case detected
  EXPECT_DOUBLE_EQ(s.plagdet, 0);
}

TEST(PanMeasure, TouchingRangesDoNotOverlap) {
  // Ranges are half-open: [100, 200) starts where [0, 100) ends.
  EXPECT_FALSE(detects(ann(100, 100, 0, 100), ann(0, 100, 0, 100)));
  EXPECT_TRUE(detects(ann(99, 100, 99, 100), ann(0, 100, 0, 100)));
}

TEST(PanMeasure, FalseDetectionWithoutGoldCasesScoresZero) {
  Scores s = score_of({}, {ann(0, 100, 0, 100)});
  EXPECT_DOUBLE_EQ(s.precision, 0);
  EXPECT_DOUBLE_EQ(s.recall, 0);
  EXPECT_DOUBLE_EQ(s.plagdet, 0);
}

TEST(PanMeasure, NothingToFindAndNothingFoundScoresOne) {
  Scores s = score_of({}, {});
  EXPECT_DOUBLE_EQ(s.precision, 1);
  EXPECT_DOUBLE_EQ(s.recall, 1);
  EXPECT_DOUBLE_EQ(s.plagdet, 1);
}

TEST(PanMeasure, MissedCasesScoreZero) {
  Scores s = score_of({ann(0, 100, 0, 100)}, {});
  EXPECT_DOUBLE_EQ(s.recall, 0);
  EXPECT_DOUBLE_EQ(s.plagdet, 0);
}

TEST(PanMeasure, MacroAveragesWeighEveryCaseAlike) {
  // A long case found entirely, a short one missed: recall 0.5 whatever their lengths.
  Scores s = score_of({ann(0, 1000, 0, 1000), ann(5000, 10, 5000, 10)}, {ann(0, 1000, 0, 1000)});
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.precision, 1);
}

TEST(PanMeasure, DetectionCoveringTwoCasesIsPreciseWhereItOverlapsThem) {
  // One detection over two cases and the gap between them: 200 + 200 of its 300 + 300.
  Scores s = score_of({ann(0, 100, 0, 100), ann(200, 100, 200, 100)}, {ann(0, 300, 0, 300)});
  EXPECT_DOUBLE_EQ(s.recall, 1);
  EXPECT_NEAR(s.precision, 400.0 / 600.0, 1e-12);
  EXPECT_DOUBLE_EQ(s.granularity, 1);
}

TEST(PanMeasure, PairsAreScoredSeparatelyAndTalliesAdd) {
  // The same ranges in two different pairs never meet: each pair is perfect on its own.
  Tally first, second, both;
  first.add({{ann(0, 100, 0, 100)}, {ann(0, 100, 0, 100)}});
  second.add({{ann(0, 100, 0, 100)}, {}});
  both.add({{ann(0, 100, 0, 100)}, {ann(0, 100, 0, 100)}});
  both.add({{ann(0, 100, 0, 100)}, {}});
  Tally merged = first;
  merged += second;
  Scores m = score(merged), b = score(both);
  EXPECT_DOUBLE_EQ(m.recall, 0.5);
  EXPECT_DOUBLE_EQ(m.recall, b.recall);
  EXPECT_DOUBLE_EQ(m.precision, b.precision);
  EXPECT_DOUBLE_EQ(m.granularity, b.granularity);
  EXPECT_EQ(merged.cases, 2u);
  EXPECT_EQ(merged.detections, 1u);
}

TEST(PanMeasure, EmptyAnnotationsNeitherDetectNorDivideByZero) {
  Scores s = score_of({ann(0, 0, 0, 0)}, {ann(0, 0, 0, 0)});
  EXPECT_DOUBLE_EQ(s.recall, 0);
  EXPECT_DOUBLE_EQ(s.precision, 0);
  EXPECT_FALSE(std::isnan(s.plagdet));
}

}  // namespace
}  // namespace overlap::pan
