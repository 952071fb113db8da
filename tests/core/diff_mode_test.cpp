// overlap::diff: the in-order word diff with moved blocks.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "invariants.hpp"
#include "overlap/overlap.hpp"

namespace overlap {
namespace {

const std::string p1 =
    "Heavy rain caused the river to burst its banks overnight, flooding dozens of homes in the "
    "lower part of the town and forcing the closure of the main bridge, police said early on Sunday.";
const std::string p2 =
    "Volunteers filled sandbags outside the fire station until after midnight, while the local "
    "school was opened as a shelter for families who had to leave their houses with little warning.";
const std::string p3 =
    "Forecasters expect the water level to peak on Monday afternoon and warned residents further "
    "downstream to move valuables upstairs and to avoid driving through flooded roads.";
const std::string p4 =
    "The regional government said it would release emergency funds for repairs once the damage "
    "had been assessed, and insurers urged customers to photograph everything before cleaning up.";

TEST(DiffMode, FirstPassageCoversBothTextsAndTilesThem) {
  std::string a = p1 + "\n\n" + p2 + "\n\n" + p3 + "\n";
  std::string b = p1 + "\n\n" + "Volunteers filled sandbags outside the station until midnight, while the "
                  "village school was opened as a shelter for families who had to leave their homes." +
                  "\n\n" + p3 + "\n";
  auto r = diff(a, b);
  ASSERT_TRUE(r) << r.error().message;
  testing::expect_invariants(r.value(), a, b, false, true);
  ASSERT_GE(r.value().passages.size(), 1u);
  const Passage& whole = r.value().passages[0];
  EXPECT_EQ(whole.a, (Span{0, static_cast<uint32_t>(a.size())}));
  EXPECT_EQ(whole.b, (Span{0, static_cast<uint32_t>(b.size())}));
  EXPECT_FALSE(whole.moved);
  bool changed = false;
  for (const Edit& e : whole.edits) changed |= e.kind != EditKind::equal;
  EXPECT_TRUE(changed);
}

TEST(DiffMode, ParagraphMovedFromTopToBottom) {
  std::string a = p1 + "\n\n" + p2 + "\n\n" + p3 + "\n\n" + p4 + "\n";
  std::string b = p2 + "\n\n" + p3 + "\n\n" + p4 + "\n\n" + p1 + "\n";
  auto r = diff(a, b);
  ASSERT_TRUE(r) << r.error().message;
  testing::expect_invariants(r.value(), a, b, false, true);
  ASSERT_EQ(r.value().passages.size(), 2u);
  const Passage& moved = r.value().passages[1];
  EXPECT_TRUE(moved.moved);
  EXPECT_FALSE(r.value().passages[0].moved);
  // The moved passage is p1 on both sides (allowing for the trailing white space).
  EXPECT_EQ(moved.a.start, 0u);
  EXPECT_GE(moved.a.end, p1.size());
  EXPECT_LE(moved.a.end, p1.size() + 2);
  size_t b1 = b.find(p1);
  EXPECT_LE(moved.b.start, b1);
  EXPECT_GE(moved.b.end, b1 + p1.size());
  EXPECT_EQ(r.value().a.moved, 1u);
}

// A sentence shorter than min_words (20) moved inside the texts is still a moved block: inside
// the whole-text passage it is not chance (MoveTuning::min_words, 10).
TEST(DiffMode, ShortSentenceMovedIsAMovedBlock) {
  const std::string moved = "The mayor thanked the volunteers in person on Sunday morning.";  // 10 words
  std::string a = p1 + " " + moved + "\n\n" + p2 + "\n\n" + p3 + "\n\n" + p4 + "\n";
  std::string b = p1 + "\n\n" + p2 + "\n\n" + p3 + "\n\n" + p4 + " " + moved + "\n";
  auto r = diff(a, b);
  ASSERT_TRUE(r) << r.error().message;
  testing::expect_invariants(r.value(), a, b, false, true);
  ASSERT_EQ(r.value().passages.size(), 2u);
  const Passage& block = r.value().passages[1];
  EXPECT_TRUE(block.moved);
  EXPECT_EQ(testing::span_text(a, block.a), moved);
  EXPECT_EQ(testing::span_text(b, block.b), moved);
  EXPECT_EQ(r.value().a.changed, 0u);
}

TEST(DiffMode, IdenticalTextsAreOneEqualPassage) {
  std::string a = p1 + "\n\n" + p2 + "\n";
  auto r = diff(a, a);
  ASSERT_TRUE(r) << r.error().message;
  testing::expect_invariants(r.value(), a, a, false, true);
  ASSERT_EQ(r.value().passages.size(), 1u);
  for (const Edit& e : r.value().passages[0].edits) EXPECT_EQ(e.kind, EditKind::equal);
  EXPECT_DOUBLE_EQ(r.value().passages[0].similarity, 1.0);
}

// Found by fuzz_diff: a side of white space only was left out of the edits, which then did not
// tile the whole-text passage.
TEST(DiffMode, WhiteSpaceOnlyTextsAreTiled) {
  const std::pair<std::string, std::string> cases[] = {
      {"hello", " "}, {" ", "hello"}, {"  ", " "}, {"eng#First lilisnh", " "}, {"\n\n", "a b\n"}};
  for (const auto& [a, b] : cases) {
    auto r = diff(a, b);
    ASSERT_TRUE(r) << r.error().message;
    testing::expect_invariants(r.value(), a, b, false, true);
    ASSERT_FALSE(r.value().passages.empty());
    EXPECT_EQ(r.value().passages[0].b, (Span{0, static_cast<uint32_t>(b.size())})) << '"' << a << "\" vs \"" << b << '"';
  }
}

TEST(DiffMode, EmptyAgainstText) {
  std::string b = p1 + "\n";
  auto r = diff("", b);
  ASSERT_TRUE(r) << r.error().message;
  testing::expect_invariants(r.value(), "", b, false, true);
  ASSERT_EQ(r.value().passages.size(), 1u);
  const Passage& whole = r.value().passages[0];
  EXPECT_EQ(whole.b, (Span{0, static_cast<uint32_t>(b.size())}));
  ASSERT_EQ(whole.edits.size(), 1u);
  EXPECT_EQ(whole.edits[0].kind, EditKind::insert);

  auto back = diff(b, "");
  ASSERT_TRUE(back);
  testing::expect_invariants(back.value(), b, "", false, true);
  ASSERT_EQ(back.value().passages.size(), 1u);
  ASSERT_EQ(back.value().passages[0].edits.size(), 1u);
  EXPECT_EQ(back.value().passages[0].edits[0].kind, EditKind::remove);

  auto none = diff("", "");
  ASSERT_TRUE(none);
  testing::expect_invariants(none.value(), "", "", false, true);
}

}  // namespace
}  // namespace overlap
