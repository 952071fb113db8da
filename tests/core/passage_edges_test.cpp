// Where passages start and end: on sentences, without stray words from neighbouring text.
#include <gtest/gtest.h>

#include "overlap/overlap.hpp"
#include "test_support.hpp"

namespace {

using overlap::testing::read_file;
using overlap::testing::test_data;

TEST(PassageEdges, AHeadlineWordAboveABlankLineStaysOut) {
  // The headlines share "cable", right above the shared first paragraph.
  std::string a = read_file(test_data("../demo/examples/ferry-wire.txt"));
  std::string b = read_file(test_data("../demo/examples/ferry-published.txt"));
  ASSERT_FALSE(a.empty());
  auto r = overlap::compare(a, b);
  ASSERT_TRUE(r.ok());
  ASSERT_FALSE(r.value().passages.empty());
  for (const overlap::Passage& p : r.value().passages) {
    std::string_view in_a = std::string_view(a).substr(p.a.start, p.a.size());
    std::string_view in_b = std::string_view(b).substr(p.b.start, p.b.size());
    EXPECT_FALSE(in_a.rfind("cable\n", 0) == 0) << in_a.substr(0, 40);
    EXPECT_FALSE(in_b.rfind("cable\n", 0) == 0) << in_b.substr(0, 40);
  }
}

}  // namespace
