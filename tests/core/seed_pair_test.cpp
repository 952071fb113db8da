// The two seed articles: the reused paragraphs, their edits, and the golden JSON.
#include <gtest/gtest.h>

#include <string>

#include "golden.hpp"
#include "invariants.hpp"
#include "overlap/json.hpp"
#include "overlap/overlap.hpp"
#include "test_support.hpp"
#include "tuning.hpp"

namespace overlap {
namespace {

using testing::span_text;

class SeedPair : public ::testing::Test {
 protected:
  void SetUp() override {
    a_ = testing::read_file(testing::seed(testing::seed_a));
    b_ = testing::read_file(testing::seed(testing::seed_b));
    if (a_.empty() || b_.empty()) GTEST_SKIP() << "seed articles not found under " << OVERLAP_SHARED_DIR;
    auto r = compare(a_, b_);
    ASSERT_TRUE(r) << r.error().message;
    result_ = r.value();
    testing::expect_invariants(result_, a_, b_);
  }

  // The byte span of the line (paragraph) of `text` containing `needle`.
  static Span paragraph(const std::string& text, const std::string& needle) {
    size_t at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << "no paragraph containing '" << needle << "'";
    if (at == std::string::npos) return {};
    size_t start = text.rfind('\n', at);
    start = start == std::string::npos ? 0 : start + 1;
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    return {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
  }

  static bool inside(Span inner, Span outer) { return outer.start <= inner.start && inner.end <= outer.end; }

  std::string a_, b_;
  Alignment result_;
};

TEST_F(SeedPair, ReusedParagraphsAreFound) {
  // A's paragraph (found by its opening) and the B paragraph it became.
  const std::pair<const char*, const char*> pairs[] = {
      {"Patients and doctors", "Meanwhile, patients and doctors"},
      {"Pavlo Kyrylenko", "Pavlo Kyrylenko"},
      {"impossible to get out of the hospital", "impossible to get out of the hospital"},
      {"On Tuesday, a top Ukrainian negotiator", "On Tuesday, a top Ukrainian negotiator"},
      {"Presidential adviser", "Presidential adviser"},
      {"Another aide", "Another aide"},
      {"On a mission to show support", "On a mission to show support"},
  };
  for (auto [in_a, in_b] : pairs) {
    Span pa = paragraph(a_, in_a), pb = paragraph(b_, in_b);
    bool found = false;
    for (const Passage& p : result_.passages) found |= inside(pa, p.a) && inside(pb, p.b);
    EXPECT_TRUE(found) << "paragraph '" << in_a << "' (A " << pa.start << "-" << pa.end << ", B "
                       << pb.start << "-" << pb.end << ") is not inside one passage";
  }
}

TEST_F(SeedPair, ExpectedEdits) {
  bool on_removed = false, unity_inserted = false, capital_replaced = false;
  for (const Passage& p : result_.passages) {
    for (size_t k = 0; k < p.edits.size(); ++k) {
      const Edit& e = p.edits[k];
      if (e.kind == EditKind::remove && span_text(a_, e.a) == "on ") on_removed = true;
      if (e.kind == EditKind::insert && span_text(b_, e.b) == "and unity ") unity_inserted = true;
      if (e.kind == EditKind::remove && span_text(a_, e.a) == "P" && k + 1 < p.edits.size() &&
          p.edits[k + 1].kind == EditKind::insert && span_text(b_, p.edits[k + 1].b) == "Meanwhile, p")
        capital_replaced = true;
    }
  }
  EXPECT_TRUE(on_removed) << "no '-' edit of \"on \"";
  EXPECT_TRUE(unity_inserted) << "no '+' edit of \"and unity \"";
  EXPECT_TRUE(capital_replaced) << "no '-' \"P\" followed by '+' \"Meanwhile, p\"";
}

// min_words keeps chance phrases out; a sentence that moved next to shared passages is not
// chance, and is shown from MoveTuning::min_words words on. (Pieces of a passage cut around such
// a sentence may be shorter too; the seed pair has none.)
TEST_F(SeedPair, NoPassageShorterThanMinWordsButMovedText) {
  // Passages have min_words (20); what the moved-text stage adds (text the passages' in-order
  // edits would show removed and inserted, and wording too rare to be chance, such as a
  // correspondent's title) has at least moves.min_touching_words.
  const uint32_t block_min_words = MoveTuning{}.min_touching_words;
  auto words = [](const std::string& text, Span s) {
    uint32_t n = 0;
    for (const Token& t : segment(span_text(text, s))) n += t.kind == TokenKind::word || t.kind == TokenKind::number;
    return n;
  };
  ASSERT_FALSE(result_.passages.empty());
  for (const Passage& p : result_.passages) {
    EXPECT_GE(std::min(words(a_, p.a), words(b_, p.b)), block_min_words) << "passage A " << p.a.start << "-" << p.a.end << " is shorter than a moved block";
  }
}

TEST_F(SeedPair, GoldenJson) {
  testing::expect_golden(testing::test_data("vectors/seed_pair.json"), to_json(result_),
                         "OVERLAP_UPDATE_GOLDEN=1 build/native/tests/core_tests --gtest_filter=SeedPair.GoldenJson");
}

}  // namespace
}  // namespace overlap
