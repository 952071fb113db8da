// Paragraphs that move: the product's first promise. A short paragraph moved away from between
// two shared neighbours leaves a gap the neighbours' passage could bridge (it is shorter than the
// gap tolerance); it must still be found as a passage of its own, marked moved, and must not be
// shown as deleted inside its neighbours' passage.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "invariants.hpp"
#include "overlap/overlap.hpp"
#include "test_support.hpp"

namespace overlap {
namespace {

using testing::expect_invariants;
using testing::span_text;

const std::string council =
    "The city council met on Monday evening to discuss the future of the old railway station, "
    "which has stood empty for nearly a decade since the last regional trains were moved to the "
    "new terminal on the eastern edge of town. Several residents spoke in favour of turning the "
    "building into a public library with a reading garden.";
// 28 words: shorter than the default gap tolerance (50 words), longer than min_words (20).
const std::string engineers =
    "Engineers hired by the council reported that the roof timbers are sound but the brick facade "
    "needs careful repair before anyone can safely use the main hall again.";
const std::string mayor =
    "The mayor said that a final decision would not be taken before the spring, because the "
    "council first wants to hear from local businesses and from the regional heritage office, "
    "which must approve any change to a listed building. She added that funding from the "
    "national restoration programme could cover up to half of the cost.";
const std::string opponents =
    "Opponents of the plan argued that the money would be better spent on repairing the town's "
    "roads and schools, many of which have waited years for basic maintenance work that keeps "
    "being postponed from one budget to the next.";

std::string paragraphs(const std::vector<std::string>& ps) {
  std::string out;
  for (const std::string& p : ps) out += p + "\n\n";
  return out;
}

// compare() with the invariants of its result checked; an empty alignment if it failed.
Alignment checked_compare(const std::string& a, const std::string& b) {
  auto r = compare(a, b);
  EXPECT_TRUE(r) << r.error().message;
  if (!r) return {};
  expect_invariants(r.value(), a, b);
  return r.value();
}

// The passage whose A text contains `needle`.
const Passage* passage_with(const Alignment& r, const std::string& a, const std::string& needle) {
  for (const Passage& p : r.passages)
    if (span_text(a, p.a).find(needle) != std::string::npos) return &p;
  return nullptr;
}

TEST(Moves, ShortParagraphMovedToTheEndIsItsOwnMovedPassage) {
  const std::string a = paragraphs({council, engineers, mayor, opponents});
  const std::string b = paragraphs({council, mayor, opponents, "Meanwhile, e" + engineers.substr(1)});
  const Alignment r = checked_compare(a, b);
  const Passage* moved = passage_with(r, a, "roof timbers");
  ASSERT_NE(moved, nullptr);
  EXPECT_EQ(span_text(a, moved->a), engineers);
  EXPECT_EQ(span_text(b, moved->b), "Meanwhile, e" + engineers.substr(1));
  EXPECT_TRUE(moved->moved);
  std::vector<std::string> changes;
  for (const Edit& e : moved->edits)
    if (e.kind != EditKind::equal) changes.push_back(e.kind == EditKind::remove ? "-" + span_text(a, e.a) : "+" + span_text(b, e.b));
  EXPECT_EQ(changes, (std::vector<std::string>{"-E", "+Meanwhile, e"}));
  // Its neighbours are not stretched over it: nothing of A is deleted inside another passage.
  for (const Passage& p : r.passages) {
    if (&p == moved) continue;
    EXPECT_EQ(span_text(a, p.a).find("roof timbers"), std::string::npos);
  }
  EXPECT_DOUBLE_EQ(r.a.shared, 1.0);
  EXPECT_DOUBLE_EQ(r.b.shared, 1.0);
}

TEST(Moves, ShortParagraphMovedToTheStartIsItsOwnMovedPassage) {
  const std::string a = paragraphs({council, mayor, engineers, opponents});
  const std::string b = paragraphs({engineers, council, mayor, opponents});
  const Alignment r = checked_compare(a, b);
  const Passage* moved = passage_with(r, a, "roof timbers");
  ASSERT_NE(moved, nullptr);
  EXPECT_EQ(span_text(a, moved->a), engineers);
  EXPECT_EQ(span_text(b, moved->b), engineers);
  EXPECT_DOUBLE_EQ(r.a.shared, 1.0);
  EXPECT_DOUBLE_EQ(r.b.shared, 1.0);
}

TEST(Moves, EditedNeighboursAroundTheGapStillLetTheMovedParagraphGo) {
  std::string mayor_b = mayor;
  mayor_b.replace(mayor_b.find("before the spring"), 17, "until the spring");
  const std::string a = paragraphs({council, engineers, mayor, opponents});
  const std::string b = paragraphs({council, mayor_b, opponents, engineers});
  const Alignment r = checked_compare(a, b);
  const Passage* moved = passage_with(r, a, "roof timbers");
  ASSERT_NE(moved, nullptr);
  EXPECT_EQ(span_text(a, moved->a), engineers);
  EXPECT_TRUE(moved->moved);
}

TEST(Moves, AParagraphRewrittenInPlaceIsNotCutOut) {
  // The same gap, but filled in B with new words rather than moved: an edit inside one passage.
  const std::string rewritten =
      "Structural surveyors working for the town found the old beams solid, though they said "
      "the outer walls must be patched first.";
  const std::string a = paragraphs({council, engineers, mayor});
  const std::string b = paragraphs({council, rewritten, mayor});
  const Alignment r = checked_compare(a, b);
  ASSERT_EQ(r.passages.size(), 1u);
  EXPECT_FALSE(r.passages.front().moved);
}

// The demo's ferry story with its first six paragraphs reordered 0, 1, 4, 2, 3, 5 and four small
// wording edits (tests/golden/inputs/ferry-reordered.txt, also a golden case): the paragraph that
// moved two places up lies inside what the gap tolerance would join into one passage, yet it is
// its own moved passage, and the only changes on either side are the four edits.
TEST(Moves, FerryParagraphMovedTwoPlacesUpIsSharedAndMoved) {
  const std::string a = testing::read_file(testing::test_data("../demo/examples/ferry-wire.txt"));
  const std::string b = testing::read_file(testing::test_data("golden/inputs/ferry-reordered.txt"));
  ASSERT_FALSE(a.empty());
  ASSERT_FALSE(b.empty());
  const Alignment r = checked_compare(a, b);
  const std::string engineers_a =
      "Engineers from the county council inspected the slipway on Monday morning and said the remaining "
      "cable and its anchor blocks appeared sound, but that a replacement could not be fitted until the "
      "wind dropped below thirty knots.";
  const Passage* moved = passage_with(r, a, "Engineers from the county council");
  ASSERT_NE(moved, nullptr);
  EXPECT_EQ(span_text(a, moved->a), engineers_a);
  EXPECT_EQ(span_text(b, moved->b), "Engineers from the county council inspected the slipway on Monday dawn and stated "
                                    "the remaining cable and its anchor blocks appeared sound, but that a replacement "
                                    "could not be fitted until the wind dropped below thirty knots.");
  EXPECT_TRUE(moved->moved);
  size_t moved_passages = 0;
  for (const Passage& p : r.passages) moved_passages += p.moved;
  EXPECT_EQ(moved_passages, 1u) << "only the engineers' paragraph moved";

  // Every change, in A and in B, is one of the four edits (the "and" between two edited words
  // is shown inside their change, as the edit script groups a lone kept word).
  std::vector<std::string> removed, inserted;
  for (const Passage& p : r.passages)
    for (const Edit& e : p.edits) {
      if (e.kind == EditKind::remove) removed.push_back(span_text(a, e.a));
      if (e.kind == EditKind::insert) inserted.push_back(span_text(b, e.b));
    }
  EXPECT_EQ(removed, (std::vector<std::string>{"The ", "morning and said ", "passengers "}));
  EXPECT_EQ(inserted, (std::vector<std::string>{"A ", "dawn and stated ", "travellers "}));
  EXPECT_DOUBLE_EQ(r.a.shared, 1.0);
  EXPECT_DOUBLE_EQ(r.b.shared, 1.0);
}

}  // namespace
}  // namespace overlap
