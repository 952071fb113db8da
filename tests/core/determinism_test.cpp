// The same input always gives the same output, whatever ran before.
#include <gtest/gtest.h>

#include <string>

#include "invariants.hpp"
#include "overlap/json.hpp"
#include "overlap/overlap.hpp"
#include "test_support.hpp"

namespace overlap {
namespace {

const std::string text_a =
    "The city council approved a plan on Monday to convert three disused tram depots into housing, "
    "ending a decade of argument over the sites.\n\n"
    "Under the plan, about four hundred flats will be built by a municipal company, and a third of "
    "them will be let at rents capped well below the market rate for at least thirty years.\n\n"
    "Opposition members said the scheme was too small to ease the shortage and accused the mayor "
    "of timing the vote to coincide with the start of the election campaign.\n";
const std::string text_b =
    "Opposition councillors said the scheme was far too small to ease the shortage and accused the "
    "mayor of timing the vote to coincide with the start of the election campaign.\n\n"
    "The city council approved a plan on Monday to convert three disused tram depots into new "
    "housing, ending a decade of argument over the sites.\n\n"
    "Under the plan, about 400 flats will be built by a municipal company, and a third of them will "
    "be let at rents capped well below the market rate for at least thirty years.\n";

TEST(Determinism, CompareTwiceIsIdentical) {
  auto first = compare(text_a, text_b);
  auto second = compare(text_a, text_b);
  ASSERT_TRUE(first && second);
  testing::expect_invariants(first.value(), text_a, text_b);
  EXPECT_FALSE(first.value().passages.empty());
  EXPECT_TRUE(first.value() == second.value());
  EXPECT_EQ(to_json(first.value()), to_json(second.value()));
}

TEST(Determinism, DiffTwiceIsIdentical) {
  auto first = diff(text_a, text_b);
  auto second = diff(text_a, text_b);
  ASSERT_TRUE(first && second);
  testing::expect_invariants(first.value(), text_a, text_b, false, true);
  EXPECT_TRUE(first.value() == second.value());
}

TEST(Determinism, InterleavedCallsDoNotInfluenceEachOther) {
  auto c1 = compare(text_a, text_b);
  auto d1 = diff(text_a, text_b);
  auto other = compare(text_b, text_a);  // different input in between
  auto c2 = compare(text_a, text_b);
  auto d2 = diff(text_a, text_b);
  ASSERT_TRUE(c1 && d1 && other && c2 && d2);
  testing::expect_invariants(other.value(), text_b, text_a);
  EXPECT_TRUE(c1.value() == c2.value());
  EXPECT_TRUE(d1.value() == d2.value());
}

TEST(Determinism, SeedPairRepeated) {
  std::string a = testing::read_file(testing::seed(testing::seed_a));
  std::string b = testing::read_file(testing::seed(testing::seed_b));
  if (a.empty() || b.empty()) GTEST_SKIP() << "seed articles not found under " << OVERLAP_SHARED_DIR;
  auto c1 = compare(a, b);
  auto d1 = diff(a, b);
  auto c2 = compare(a, b);
  auto d2 = diff(a, b);
  ASSERT_TRUE(c1 && d1 && c2 && d2);
  testing::expect_invariants(c1.value(), a, b);
  EXPECT_TRUE(c1.value() == c2.value());
  EXPECT_TRUE(d1.value() == d2.value());
}

}  // namespace
}  // namespace overlap
