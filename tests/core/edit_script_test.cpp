// Word-level edit scripts inside passages, through the public compare().
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

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

// The edits of the only passage of compare(a, b), as "=kept" "-removed" "+inserted" strings.
std::vector<std::string> edits_of_one_passage(const std::string& a, const std::string& b) {
  auto r = compare(a, b);
  EXPECT_TRUE(r) << r.error().message;
  if (!r) return {};
  expect_invariants(r.value(), a, b);
  EXPECT_EQ(r.value().passages.size(), 1u);
  std::vector<std::string> out;
  for (const Edit& e : r.value().passages.front().edits) {
    if (e.kind == EditKind::equal) out.push_back("=" + span_text(a, e.a));
    if (e.kind == EditKind::remove) out.push_back("-" + span_text(a, e.a));
    if (e.kind == EditKind::insert) out.push_back("+" + span_text(b, e.b));
  }
  return out;
}

bool has(const std::vector<std::string>& edits, const std::string& edit) {
  return std::find(edits.begin(), edits.end(), edit) != edits.end();
}

const std::string rescue_before =
    "Rescue teams worked through the night to reach the residents trapped under the collapsed "
    "apartment block on the edge of the old town. ";
const std::string rescue_after =
    " eleven people alive from the rubble, the emergency ministry said in the statement. The "
    "cause of the collapse is not yet known, and the mayor has asked the engineers of the "
    "district to inspect the neighbouring buildings. The families of the missing waited at the "
    "gates of the school that the city opened as a shelter.";

// A lone function word of the texts ("the", in most of their sentences) left equal between two
// replacements is chance: it is absorbed, and the reader sees one rewritten phrase.
TEST(EditScript, LoneFunctionWordBetweenReplacementsIsAbsorbed) {
  const std::string a = rescue_before + "By morning, crews had pulled the survivors and" + rescue_after;
  const std::string b = rescue_before + "By dawn, rescuers dragged the victims and" + rescue_after;
  const std::vector<std::string> edits = edits_of_one_passage(a, b);
  EXPECT_TRUE(has(edits, "-morning, crews had pulled the survivors ")) << ::testing::PrintToString(edits);
  EXPECT_TRUE(has(edits, "+dawn, rescuers dragged the victims ")) << ::testing::PrintToString(edits);
}

// A lone content word left equal between two short replacements is what the versions still
// share there: it stays equal, not shown as the editor's own wording.
TEST(EditScript, LoneContentWordBetweenShortReplacementsStays) {
  const std::string a = rescue_before + "By morning they had pulled" + rescue_after;
  const std::string b = rescue_before + "By dawn crews had dragged" + rescue_after;
  const std::vector<std::string> edits = edits_of_one_passage(a, b);
  EXPECT_TRUE(has(edits, "=had ")) << ::testing::PrintToString(edits);
  EXPECT_TRUE(has(edits, "-morning they ")) << ::testing::PrintToString(edits);
  EXPECT_TRUE(has(edits, "+dragged ")) << ::testing::PrintToString(edits);
}

}  // namespace
}  // namespace overlap
