// Stage 10, moved text: sentences the passages' in-order edits show removed here and inserted
// there are paired and the passages cut around them; which blocks qualify (length, nearness);
// how the cut keeps the edits tiling.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "align/moved_text.hpp"
#include "align/pipeline.hpp"
#include "invariants.hpp"

namespace overlap::align {
namespace {

using testing::expect_invariants;
using testing::span_text;

// Sentences written for these tests: each distinct, so that only the planted copies match.
const std::string kHarbour =
    "The harbour master said the storm had torn two fishing boats from their moorings overnight. "
    "Crews spent the morning towing them back from the rocks below the lighthouse.";
const std::string kCouncil =
    "At a meeting on Thursday the council agreed to pay for a new breakwater, which engineers say "
    "will take three winters to build and will close the northern quay while it is built.";
const std::string kFerry =
    "The ferry company has promised a reduced timetable until the quay reopens, with the first "
    "sailing moved to noon so that the tide is high enough for the heavier vessels.";
const std::string kMoved12 = "Volunteers from the lifeboat station helped three families leave flooded cottages near the shore.";
const std::string kMoved8 = "Lifeboat volunteers carried sandbags along Quay Street.";

Alignment checked_compare(const std::string& a, const std::string& b, CompareStages* stages = nullptr,
                          Options options = {}) {
  Result<Alignment> r = compare(a, b, options, Tuning{}, stages);
  EXPECT_TRUE(r) << r.error().message;
  if (!r) return {};
  expect_invariants(r.value(), a, b);
  return r.value();
}

// The passage holding `needle` in A, or null.
const Passage* with_a(const Alignment& r, const std::string& a, const std::string& needle) {
  for (const Passage& p : r.passages)
    if (span_text(a, p.a).find(needle) != std::string::npos) return &p;
  return nullptr;
}

// Words of `needle` shown equal: every byte of it inside an "=" edit on side A.
bool all_equal_in_a(const Alignment& r, const std::string& a, const std::string& needle) {
  const size_t at = a.find(needle);
  std::vector<bool> equal(a.size(), false);
  for (const Passage& p : r.passages)
    for (const Edit& e : p.edits)
      if (e.kind == EditKind::equal)
        for (uint32_t i = e.a.start; i < e.a.end; ++i) equal[i] = true;
  for (size_t i = at; i < at + needle.size(); ++i)
    if (needle[i - at] != ' ' && !equal[i]) return false;
  return true;
}

TEST(MovedText, SentenceReorderedInsideOnePassageIsItsOwnMovedPassage) {
  // The 12-word sentence moves from before the council paragraph to after it: one passage
  // (well within the gap tolerance) whose in-order edits would remove and insert it.
  const std::string a = kHarbour + " " + kMoved12 + "\n\n" + kCouncil + "\n\n" + kFerry + "\n";
  const std::string b = kHarbour + "\n\n" + kCouncil + " " + kMoved12 + "\n\n" + kFerry + "\n";
  CompareStages stages;
  const Alignment r = checked_compare(a, b, &stages);
  ASSERT_EQ(stages.passages.size(), 1u) << "one passage before the stage";
  ASSERT_EQ(stages.moved.size(), 1u);
  const Passage* moved = with_a(r, a, "Volunteers from the lifeboat");
  ASSERT_NE(moved, nullptr);
  EXPECT_TRUE(moved->moved);
  EXPECT_EQ(span_text(a, moved->a), kMoved12);
  EXPECT_EQ(span_text(b, moved->b), kMoved12);
  // Everything is shared, nothing struck through: the texts hold the same words.
  EXPECT_DOUBLE_EQ(r.a.shared, 1.0);
  EXPECT_DOUBLE_EQ(r.b.shared, 1.0);
  EXPECT_EQ(r.a.changed, 0u);
  EXPECT_EQ(r.b.changed, 0u);
  for (const Passage& p : r.passages)
    for (const Edit& e : p.edits) EXPECT_EQ(e.kind, EditKind::equal) << span_text(a, e.a) << span_text(b, e.b);
}

TEST(MovedText, ShortSentenceCountsAgainstPassagesOrWhenTooRareForChance) {
  // 8 words: below min_words (20) and moves.min_words (10), at least moves.min_touching_words (5).
  // 30 words of B's own: within the gap tolerance (50 words), but the sentence no longer
  // touches a passage.
  const std::string apart = "Unrelated words keep this line apart: alpha beta gamma delta epsilon zeta eta theta iota "
                            "kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega one two three four.";
  // Against the shared paragraphs in both texts: shared.
  const std::string a = kHarbour + "\n\n" + kMoved8 + "\n\n" + kCouncil + "\n\n" + kFerry + "\n";
  const std::string b = kHarbour + "\n\n" + kCouncil + "\n\n" + kFerry + "\n\n" + kMoved8 + "\n";
  EXPECT_TRUE(all_equal_in_a(checked_compare(a, b), a, kMoved8));
  // Separated from the passages in B by a paragraph of other words, still shared: its words
  // (each once in either text) would turn up together by chance far less than once in a million
  // pairs of texts this long.
  const std::string b_far = kHarbour + "\n\n" + kCouncil + "\n\n" + kFerry + "\n\n" + apart + "\n\n" + kMoved8 + "\n";
  EXPECT_TRUE(all_equal_in_a(checked_compare(a, b_far), a, kMoved8));
  // A stock phrase there is not: its words are the texts' commonest.
  const std::string stock = "It said that it was the one.";
  const std::string common = "It was the one, it said, that it was. It said it was the one that it said it was. ";
  const std::string a_stock = kHarbour + " " + common + "\n\n" + stock + "\n\n" + kCouncil + "\n\n" + kFerry + "\n";
  const std::string b_stock = kHarbour + " " + common + "\n\n" + kCouncil + "\n\n" + kFerry + "\n\n" + apart + "\n\n" +
                              stock + "\n";
  EXPECT_FALSE(all_equal_in_a(checked_compare(a_stock, b_stock), a_stock, stock));
  // The 12-word sentence there is near enough (within the gap tolerance) and long enough.
  const std::string a12 = kHarbour + "\n\n" + kMoved12 + "\n\n" + kCouncil + "\n\n" + kFerry + "\n";
  const std::string b12 = kHarbour + "\n\n" + kCouncil + "\n\n" + kFerry + "\n\n" + apart + "\n\n" + kMoved12 + "\n";
  EXPECT_TRUE(all_equal_in_a(checked_compare(a12, b12), a12, kMoved12));
}

TEST(MovedText, WithoutPassagesOnlyWordingTooRareForChance) {
  // Without a shared passage, a 12-word sentence whose words occur nowhere else in either text
  // is shared (two articles took it from one source); a stock phrase is chance until min_words.
  const std::string a = kHarbour + "\n\n" + kMoved12 + "\n";
  const std::string b = kFerry + "\n\n" + kMoved12 + "\n";
  CompareStages stages;
  const Alignment r = checked_compare(a, b, &stages);
  EXPECT_TRUE(stages.passages.empty());
  ASSERT_EQ(r.passages.size(), 1u);
  EXPECT_EQ(span_text(a, r.passages[0].a), kMoved12);

  // A reader asking for long passages only gets no such sentence.
  Options long_only;
  long_only.min_words = 100;
  EXPECT_TRUE(checked_compare(a, b, nullptr, long_only).passages.empty());

  const std::string stock = "It said that it was the one.";
  const std::string common = "It was the one, it said, that it was. It said it was the one that it said it was.";
  const std::string a_stock = kHarbour + " " + common + "\n\n" + stock + "\n";  // its words: A's commonest
  const std::string b_stock = kFerry + "\n\n" + stock + "\n";
  EXPECT_FALSE(all_equal_in_a(checked_compare(a_stock, b_stock), a_stock, stock));
}

TEST(CutAtMoves, PiecesKeepTheirEditsAndTileThePassage) {
  // One passage over "X P Y" / "X Y P": its edits keep X and Y, remove P and insert it again.
  const std::string x = "alpha beta gamma delta ", p = "epsilon zeta eta theta ", y = "iota kappa lambda mu";
  const std::string a = x + p + y, b = x + y + " " + p.substr(0, p.size() - 1);
  text::Interner interner;
  const text::Document da = text::analyse(a, interner, TextTuning{}), db = text::analyse(b, interner, TextTuning{});
  const WordWeights weights(da, db, Tuning{}.seeding);
  const uint32_t xs = uint32_t(x.size()), ps = uint32_t(p.size()), ys = uint32_t(y.size());
  Passage whole;
  whole.a = {0, uint32_t(a.size())};
  whole.b = {0, uint32_t(b.size())};
  whole.edits = {{EditKind::equal, {0, xs}, {0, xs}},
                 {EditKind::remove, {xs, xs + ps}, {xs, xs}},
                 {EditKind::equal, {xs + ps, xs + ps + ys}, {xs, xs + ys}},
                 {EditKind::insert, {uint32_t(a.size()), uint32_t(a.size())}, {xs + ys, uint32_t(b.size())}}};
  Passage moved;
  moved.a = {xs, xs + ps - 1};  // without the white space after it
  moved.b = {xs + ys + 1, uint32_t(b.size())};
  moved.edits = {{EditKind::equal, moved.a, moved.b}};
  MoveTuning tuning;
  tuning.min_piece_words = 3;
  const std::vector<Passage> out = cut_at_moves({whole}, {moved}, da, db, weights, tuning);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(span_text(a, out[0].a), "alpha beta gamma delta ");
  EXPECT_EQ(span_text(b, out[0].b), "alpha beta gamma delta ");
  EXPECT_EQ(out[1].a, moved.a);
  EXPECT_EQ(span_text(a, out[2].a), y);
  EXPECT_EQ(span_text(b, out[2].b), y);
  for (const Passage& q : out) {
    // Each piece's edits tile its spans on both sides.
    uint32_t at_a = q.a.start, at_b = q.b.start;
    for (const Edit& e : q.edits) {
      EXPECT_EQ(e.a.start, at_a);
      EXPECT_EQ(e.b.start, at_b);
      at_a = e.a.end;
      at_b = e.b.end;
    }
    EXPECT_EQ(at_a, q.a.end);
    EXPECT_EQ(at_b, q.b.end);
  }
  // The pieces take the similarity of their own words.
  EXPECT_GT(out[0].similarity, 0.99);
  EXPECT_GT(out[2].similarity, 0.99);
  // A piece with fewer equal words than min_piece_words is not a passage.
  tuning.min_piece_words = 5;
  EXPECT_EQ(cut_at_moves({whole}, {moved}, da, db, weights, tuning).size(), 1u);
}

TEST(CutAtMoves, AnInsertionStaysWithTheRemovalItReplaces) {
  // "-X P +Y" at the end of a passage, P moved: the piece keeps "-X +Y", the insertion at the end
  // of what is left of the removal, rather than losing it to an empty piece after the cut.
  const std::string e = "alpha beta gamma delta ", x = "epsilon ", p = "zeta eta theta iota";
  const std::string y = "kappa ", a = e + x + p, b = e + y + "lambda " + p;
  text::Interner interner;
  const text::Document da = text::analyse(a, interner, TextTuning{}), db = text::analyse(b, interner, TextTuning{});
  const WordWeights weights(da, db, Tuning{}.seeding);
  const uint32_t es = uint32_t(e.size()), xs = uint32_t(x.size()), ps = uint32_t(p.size()), ys = uint32_t(y.size());
  Passage whole;
  whole.a = {0, uint32_t(a.size())};
  whole.b = {0, es + ys};
  whole.edits = {{EditKind::equal, {0, es}, {0, es}},
                 {EditKind::remove, {es, es + xs + ps}, {es, es}},
                 {EditKind::insert, {es + xs + ps, es + xs + ps}, {es, es + ys}}};
  Passage moved;
  moved.a = {es + xs, es + xs + ps};
  moved.b = {uint32_t(b.size()) - ps, uint32_t(b.size())};
  moved.edits = {{EditKind::equal, moved.a, moved.b}};
  const std::vector<Passage> out = cut_at_moves({whole}, {moved}, da, db, weights, MoveTuning{});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].edits, (std::vector<Edit>{{EditKind::equal, {0, es}, {0, es}},
                                             {EditKind::remove, {es, es + xs}, {es, es}},
                                             {EditKind::insert, {es + xs, es + xs}, {es, es + ys}}}));
  EXPECT_EQ(out[0].a, (Span{0, es + xs}));
  EXPECT_EQ(out[0].b, (Span{0, es + ys}));
  EXPECT_EQ(out[1].a, moved.a);
}

}  // namespace
}  // namespace overlap::align
