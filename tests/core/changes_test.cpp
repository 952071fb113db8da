// The change counts of a result (Alignment::changes, TextStats::changed) and the typography
// option (Options::show_typography), through the public compare() and diff().
#include <gtest/gtest.h>

#include <string>

#include "invariants.hpp"
#include "overlap/json.hpp"
#include "overlap/overlap.hpp"

namespace overlap {
namespace {

using testing::expect_invariants;
using testing::span_text;

const std::string report =
    "The council voted on Tuesday to close the old harbour bridge to lorries from the first of "
    "May, after inspectors found corrosion in two of its steel cables. Cars and buses may still "
    "cross at twenty miles an hour while the repairs are planned.\n\n"
    "The mayor's office said the work would take about eighteen months and cost the city a little "
    "under four million pounds - most of it from a regional transport fund.";

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

// The same report after one sentence was edited: "Tuesday" became "Wednesday" and "old " went.
const std::string update = replace_all(replace_all(report, "Tuesday", "Wednesday"), "the old harbour", "the harbour");

// The same report typeset differently: a curly apostrophe, an em dash, a doubled space.
const std::string typeset = replace_all(
    replace_all(replace_all(report, "mayor's", "mayor\u2019s"), "pounds - most", "pounds \u2014 most"),
    "Cars and", "Cars  and");

TEST(Changes, IdenticalTextsHaveNone) {
  for (auto run : {&compare, &diff}) {
    auto r = run(report, report, Options{});
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r.value().changes, 0u);
    EXPECT_EQ(r.value().a.changed, 0u);
    EXPECT_EQ(r.value().b.changed, 0u);
  }
}

TEST(Changes, OneEditedSentenceCountsItsChangesAndWords) {
  for (auto run : {&compare, &diff}) {
    auto r = run(report, update, Options{});
    ASSERT_TRUE(r) << r.error().message;
    expect_invariants(r.value(), report, update, false, run == &diff);
    // "Tuesday" -> "Wednesday" is one change, "old" removed another.
    EXPECT_EQ(r.value().changes, 2u);
    EXPECT_EQ(r.value().a.changed, 2u);  // Tuesday, old
    EXPECT_EQ(r.value().b.changed, 1u);  // Wednesday
  }
}

TEST(Changes, TextOutsideEveryPassageCounts) {
  const std::string added = report + "\n\nA public meeting about the diversions will be held next week at the town hall.";
  auto r = compare(report, added);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r.value().passages.size(), 1u);
  EXPECT_EQ(r.value().changes, 1u);
  EXPECT_EQ(r.value().a.changed, 0u);
  EXPECT_EQ(r.value().b.changed, 15u);
}

TEST(Changes, TypographyIsNotAnEditByDefault) {
  for (auto run : {&compare, &diff}) {
    auto r = run(report, typeset, Options{});
    ASSERT_TRUE(r) << r.error().message;
    expect_invariants(r.value(), report, typeset, false, run == &diff);
    for (const Passage& p : r.value().passages)
      for (const Edit& e : p.edits) EXPECT_EQ(e.kind, EditKind::equal) << span_text(report, e.a) << " / " << span_text(typeset, e.b);
    EXPECT_EQ(r.value().changes, 0u);
    EXPECT_EQ(r.value().a.changed + r.value().b.changed, 0u);
  }
}

TEST(Changes, ShowTypographyMarksTheChangedCharacters) {
  Options options;
  options.show_typography = true;
  auto r = compare(report, typeset, options);
  ASSERT_TRUE(r) << r.error().message;
  expect_invariants(r.value(), report, typeset);
  ASSERT_EQ(r.value().passages.size(), 1u);
  std::vector<std::pair<std::string, std::string>> changes;
  const auto& edits = r.value().passages[0].edits;
  for (size_t i = 0; i + 1 < edits.size(); ++i)
    if (edits[i].kind == EditKind::remove && edits[i + 1].kind == EditKind::insert)
      changes.emplace_back(span_text(report, edits[i].a), span_text(typeset, edits[i + 1].b));
  // The apostrophe alone is marked, the old and the new character.
  EXPECT_NE(std::find(changes.begin(), changes.end(), std::pair<std::string, std::string>{"'", "\u2019"}), changes.end());
  EXPECT_GE(r.value().changes, 1u);
}

TEST(Changes, CaseIsStillAnEdit) {
  auto r = compare(report, replace_all(report, "The mayor's", "THE MAYOR'S"));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_GE(r.value().changes, 1u);
  EXPECT_EQ(r.value().b.changed, 2u);
}

TEST(Changes, InTheJson) {
  auto r = compare(report, update);
  ASSERT_TRUE(r) << r.error().message;
  std::string json = to_json(r.value());
  EXPECT_NE(json.find("\"changes\": 2"), std::string::npos) << json;
  EXPECT_NE(json.find("\"changed\": 2}"), std::string::npos) << json;
}

}  // namespace
}  // namespace overlap

namespace overlap {
namespace {

// A paragraph moved two paragraphs down, every paragraph starting with "The": the diff keeps
// one "The" in place, and the moved block must still be found from what it removed and inserted.
TEST(Changes, DiffFindsAParagraphMovedPastOthers) {
  const std::string p1 = "The council met on Thursday to discuss the closure of the harbour bridge to heavy lorries.";
  const std::string p2 = "The cause of the corrosion is not yet known, and inspectors will return with divers next week to look at the piers.";
  const std::string p3 = "The bridge was built in 1931 and carries about nine thousand vehicles on an ordinary weekday.";
  const std::string p4 = "The mayor said a temporary ferry for pedestrians would run from Monday until the repairs were finished.";
  const std::string a = p1 + "\n\n" + p2 + "\n\n" + p3 + "\n\n" + p4;
  const std::string b = p1 + "\n\n" + p3 + "\n\n" + p4 + "\n\n" + p2;
  auto r = diff(a, b);
  ASSERT_TRUE(r) << r.error().message;
  expect_invariants(r.value(), a, b, false, true);
  ASSERT_EQ(r.value().passages.size(), 2u);
  const Passage& moved = r.value().passages[1];
  EXPECT_TRUE(moved.moved);
  EXPECT_NE(span_text(a, moved.a).find("cause of the corrosion is not yet known"), std::string::npos);
  // The whole-text diff removes and inserts the moved paragraph and nothing else: no "The" of a
  // neighbour matched across the block's edge.
  for (const Edit& e : r.value().passages[0].edits) {
    if (e.kind == EditKind::equal) continue;
    std::string text = e.kind == EditKind::remove ? span_text(a, e.a) : span_text(b, e.b);
    text.erase(text.find_last_not_of(" \n") + 1);
    text.erase(0, text.find_first_not_of(" \n"));
    EXPECT_EQ(text, p2);
  }
  EXPECT_EQ(r.value().changes, 1u);  // the move, and nothing else
  EXPECT_EQ(r.value().a.changed + r.value().b.changed, 0u);
}

}  // namespace
}  // namespace overlap
