// The token diff against dtl run directly on the same ids: diff_tokens answers the commonest
// gap, one token against one other, without dtl, and must give dtl's script for it.
#include <gtest/gtest.h>

#include <dtl/dtl.hpp>

#include <random>
#include <string>
#include <vector>

#include "align/pipeline.hpp"
#include "align/token_diff.hpp"

namespace overlap::align {
namespace {

// dtl's script over the non-space tokens of both texts, as diff_tokens reports it.
std::vector<TokenOp> dtl_script(const text::Document& a, const text::Document& b) {
  std::vector<uint32_t> ia, ib, ka, kb;
  for (uint32_t t = 0; t < a.tokens.size(); ++t)
    if (a.token_ids[t] != text::Interner::space_id) ia.push_back(t), ka.push_back(a.token_ids[t]);
  for (uint32_t t = 0; t < b.tokens.size(); ++t)
    if (b.token_ids[t] != text::Interner::space_id) ib.push_back(t), kb.push_back(b.token_ids[t]);
  dtl::Diff<uint32_t, std::vector<uint32_t>> d(ka, kb);
  d.compose();
  std::vector<TokenOp> ops;
  size_t x = 0, y = 0;
  for (const auto& [id, info] : d.getSes().getSequence()) {
    if (info.type == dtl::SES_COMMON) ops.push_back({TokenOp::equal, ia[x++], ib[y++]});
    else if (info.type == dtl::SES_DELETE) ops.push_back({TokenOp::remove, ia[x++], 0});
    else ops.push_back({TokenOp::insert, 0, ib[y++]});
  }
  return ops;
}

void expect_as_dtl(const std::string& a, const std::string& b) {
  TextModel text = text_model(a, b, TextTuning{});
  std::vector<TokenOp> ops = diff_tokens(
      text.a, text.b,
      {{0, static_cast<uint32_t>(text.a.tokens.size())}, {0, static_cast<uint32_t>(text.b.tokens.size())}},
      {}, CandidateTuning{}.max_gap_product);
  std::vector<TokenOp> expected = dtl_script(text.a, text.b);
  ASSERT_EQ(ops.size(), expected.size()) << '"' << a << "\" / \"" << b << '"';
  for (size_t k = 0; k < ops.size(); ++k) {
    EXPECT_EQ(ops[k].kind, expected[k].kind) << '"' << a << "\" / \"" << b << "\" op " << k;
    EXPECT_EQ(ops[k].ta, expected[k].ta) << '"' << a << "\" / \"" << b << "\" op " << k;
    EXPECT_EQ(ops[k].tb, expected[k].tb) << '"' << a << "\" / \"" << b << "\" op " << k;
  }
}

TEST(TokenDiff, OneWordReplacedByAnotherIsDtlsScript) {
  expect_as_dtl("ferry", "boat");
  expect_as_dtl("ferry", "Ferry");          // the same key: nothing changed
  expect_as_dtl("  ferry", "ferry  ");      // the same key, other spaces
  expect_as_dtl("ferry.", "boat!");         // one word and one punctuation mark each
}

TEST(TokenDiff, ShortGapsOfEveryShapeAreDtlsScript) {
  // Up to three tokens a side from a vocabulary of three: every shape of gap, 1-by-1 among them.
  const std::vector<std::string> words = {"ferry", "boat", "."};
  std::mt19937 random(15);
  for (int round = 0; round < 2000; ++round) {
    std::string a, b;
    for (std::string* side : {&a, &b})
      for (size_t n = 1 + random() % 3; n > 0; --n) *side += words[random() % words.size()] + " ";
    expect_as_dtl(a, b);
    if (HasFailure()) break;
  }
}

}  // namespace
}  // namespace overlap::align
