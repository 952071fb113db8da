// Word-level edit scripts inside passages, through the public compare().
#include <gtest/gtest.h>

#include <string>

#include "invariants.hpp"
#include "overlap/overlap.hpp"

namespace overlap {
namespace {

using testing::expect_invariants;
using testing::span_text;

const std::string talks_a =
    "Negotiators from both delegations met for six hours in a converted school near the border, "
    "according to officials familiar with the meeting. A spokesman said the talks will continue on "
    "Wednesday, after each side has consulted its capital about the draft proposal on prisoner "
    "exchanges and the reopening of the grain corridor.";
const std::string talks_b =
    "Negotiators from both delegations met for six hours in a converted school near the border, "
    "according to officials familiar with the meeting. A spokesman said the talks will continue "
    "Wednesday, after each side has consulted its capital about the draft proposal on prisoner "
    "exchanges and the reopening of the grain corridor.";

const std::string ward_a =
    "Patients and staff at the regional clinic spent a third night in the basement as shelling "
    "continued across the eastern districts, the city council said in a statement on Thursday. "
    "Generators are running low on fuel and nurses have begun rationing insulin.";
const std::string ward_b =
    "Meanwhile, patients and staff at the regional clinic spent a third night in the basement as "
    "shelling continued across the eastern districts, the city council said in a statement on "
    "Thursday. Generators are running low on fuel and nurses have begun rationing insulin.";

const Passage& only_passage(const Alignment& r) {
  EXPECT_EQ(r.passages.size(), 1u);
  return r.passages.front();
}

TEST(EditScript, RemovedWordIsOneRemoveEdit) {
  auto r = compare(talks_a, talks_b);
  ASSERT_TRUE(r) << r.error().message;
  expect_invariants(r.value(), talks_a, talks_b);
  ASSERT_EQ(r.value().passages.size(), 1u);
  const Passage& p = only_passage(r.value());
  int removes = 0, inserts = 0;
  for (const Edit& e : p.edits) {
    if (e.kind == EditKind::remove) {
      ++removes;
      EXPECT_EQ(span_text(talks_a, e.a), "on ");
    }
    if (e.kind == EditKind::insert) ++inserts;
  }
  EXPECT_EQ(removes, 1);
  EXPECT_EQ(inserts, 0);
  EXPECT_EQ(p.a, (Span{0, static_cast<uint32_t>(talks_a.size())}));
  EXPECT_EQ(p.b, (Span{0, static_cast<uint32_t>(talks_b.size())}));
}

TEST(EditScript, PrefixedSentenceChangesOnlyTheCapital) {
  auto r = compare(ward_a, ward_b);
  ASSERT_TRUE(r) << r.error().message;
  expect_invariants(r.value(), ward_a, ward_b);
  ASSERT_EQ(r.value().passages.size(), 1u);
  const Passage& p = r.value().passages.front();
  std::vector<const Edit*> changes;
  for (const Edit& e : p.edits)
    if (e.kind != EditKind::equal) changes.push_back(&e);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0]->kind, EditKind::remove);
  EXPECT_EQ(span_text(ward_a, changes[0]->a), "P");
  EXPECT_EQ(changes[1]->kind, EditKind::insert);
  EXPECT_EQ(span_text(ward_b, changes[1]->b), "Meanwhile, p");
}

TEST(EditScript, TilesEveryPassageOfAScrambledPair) {
  // Two paragraphs swapped, with a few words changed in each.
  std::string p1 =
      "The central bank raised its main interest rate by half a percentage point on Tuesday, the "
      "largest increase in more than two decades, as policymakers struggled to contain prices that "
      "have climbed faster than wages for eleven consecutive months.";
  std::string p2 =
      "Farmers in the southern provinces warned that a second dry summer would cut the wheat harvest "
      "by as much as a third, pushing up the cost of bread and animal feed across a region already "
      "strained by the closure of two major ports.";
  std::string p1b =
      "The central bank lifted its main interest rate by half a percentage point on Tuesday, the "
      "largest rise in more than two decades, as policymakers struggled to contain prices that "
      "have climbed faster than wages for eleven months in a row.";
  std::string p2b =
      "Farmers in the southern provinces warned that another dry summer would cut the wheat harvest "
      "by as much as a third, pushing up the cost of bread and feed across a region already "
      "strained by the closure of two major ports.";
  std::string a = p1 + "\n\n" + p2 + "\n";
  std::string b = p2b + "\n\n" + p1b + "\n";
  auto r = compare(a, b);
  ASSERT_TRUE(r) << r.error().message;
  expect_invariants(r.value(), a, b);
  EXPECT_EQ(r.value().passages.size(), 2u);
}

// No single word of equal text is left between two changes: such words are absorbed.
TEST(EditScript, NoStrandedOneWordEquality) {
  std::string a =
      "Rescue teams worked through the night to reach residents trapped under the collapsed "
      "apartment block, and by morning they had pulled eleven people alive from the rubble, "
      "the emergency ministry said in a brief statement to reporters.";
  std::string b =
      "Rescue teams worked through the night to reach residents trapped under the collapsed "
      "apartment block, and by dawn crews had dragged eleven people alive from the rubble, "
      "the emergency ministry said in a brief statement to reporters.";
  auto r = compare(a, b);
  ASSERT_TRUE(r) << r.error().message;
  expect_invariants(r.value(), a, b);
  ASSERT_EQ(r.value().passages.size(), 1u);
  const Passage& p = r.value().passages.front();
  for (size_t k = 1; k + 1 < p.edits.size(); ++k) {
    const Edit& e = p.edits[k];
    if (e.kind != EditKind::equal) continue;
    if (p.edits[k - 1].kind == EditKind::equal || p.edits[k + 1].kind == EditKind::equal) continue;
    std::vector<Token> tokens = segment(span_text(a, e.a));
    int words = 0;
    for (const Token& t : tokens) words += t.kind == TokenKind::word || t.kind == TokenKind::number;
    EXPECT_GE(words, 2) << "one-word equality stranded between changes: '" << span_text(a, e.a) << "'";
  }
  // And the changed words are really reported.
  std::string removed, inserted;
  for (const Edit& e : p.edits) {
    if (e.kind == EditKind::remove) removed += span_text(a, e.a) + "|";
    if (e.kind == EditKind::insert) inserted += span_text(b, e.b) + "|";
  }
  EXPECT_NE(removed.find("morning"), std::string::npos) << removed;
  EXPECT_NE(removed.find("pulled"), std::string::npos) << removed;
  EXPECT_NE(inserted.find("dragged"), std::string::npos) << inserted;
}

}  // namespace
}  // namespace overlap
