// The shared-code sorts against std::stable_sort: the same order, equal items kept in their
// first order, items moved rather than copied, and the edge sizes.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <vector>

#include "compact_sort.hpp"

namespace {

struct Item {
  uint32_t key;
  uint32_t tie;  // a second key for compact_sort, and the first order for sort_by_key
  uint32_t position;
  friend bool operator==(const Item&, const Item&) = default;
};

// Many equal keys (a range of 50 for up to thousands of items), so stability shows.
std::vector<Item> random_items(size_t n, uint32_t seed) {
  std::mt19937 random(seed);
  std::vector<Item> items(n);
  for (uint32_t i = 0; i < n; ++i) items[i] = {static_cast<uint32_t>(random() % 50), static_cast<uint32_t>(random() % 3), i};
  return items;
}

TEST(SortByKey, OrdersLikeStableSortAtEverySize) {
  for (size_t n : {0u, 1u, 2u, 3u, 31u, 1000u, 20000u}) {
    std::vector<Item> items = random_items(n, static_cast<uint32_t>(n));
    std::vector<Item> expected = items;
    std::stable_sort(expected.begin(), expected.end(), [](const Item& l, const Item& r) { return l.key < r.key; });
    overlap::sort_by_key(items, [](const Item& item) { return item.key; });
    EXPECT_EQ(items, expected) << n;
  }
}

TEST(SortByKey, TakesTheWholeRangeOfKeys) {
  std::vector<uint32_t> items{0xffffffffu, 0u, 0x80000000u, 0xffffffffu, 1u, 0x7fffffffu};
  overlap::sort_by_key(items, [](uint32_t item) { return item; });
  EXPECT_EQ(items, (std::vector<uint32_t>{0u, 1u, 0x7fffffffu, 0x80000000u, 0xffffffffu, 0xffffffffu}));
}

TEST(CompactSort, OrdersLikeStableSortAtEverySize) {
  // Two keys, the second descending: a comparator of several keys, as for passages and candidates.
  const auto less = [](const Item& l, const Item& r) { return l.key != r.key ? l.key < r.key : l.tie > r.tie; };
  for (size_t n : {0u, 1u, 2u, 3u, 31u, 1000u, 20000u}) {
    std::vector<Item> items = random_items(n, static_cast<uint32_t>(n) + 1);
    std::vector<Item> expected = items;
    std::stable_sort(expected.begin(), expected.end(), less);
    overlap::compact_sort(items, less);
    EXPECT_EQ(items, expected) << n;
  }
}

TEST(CompactSort, MovesItemsThatCannotBeCopied) {
  std::vector<std::unique_ptr<int>> items;
  for (int v : {5, 3, 9, 3, 1}) items.push_back(std::make_unique<int>(v));
  const int* first_three = items[1].get();
  overlap::compact_sort(items, [](const std::unique_ptr<int>& l, const std::unique_ptr<int>& r) { return *l < *r; });
  std::vector<int> values;
  for (const auto& item : items) values.push_back(*item);
  EXPECT_EQ(values, (std::vector<int>{1, 3, 3, 5, 9}));
  EXPECT_EQ(items[1].get(), first_three);  // the same object, moved, and the first of the equal two
}

}  // namespace
