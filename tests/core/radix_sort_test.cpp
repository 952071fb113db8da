// The seeding stage's radix sort against std::sort, on the key shapes it sorts: packed hashes
// and positions (all bits vary, or sorted by the hash bits only), diagonals and positions (high
// digits the same in every key).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "align/radix_sort.hpp"

namespace {

std::vector<uint64_t> random_keys(size_t n, uint64_t mask, uint64_t seed) {
  std::mt19937_64 random(seed);
  std::vector<uint64_t> keys(n);
  for (uint64_t& k : keys) k = random() & mask;
  return keys;
}

void expect_sorted_like_std(std::vector<uint64_t> keys) {
  std::vector<uint64_t> expected = keys;
  std::sort(expected.begin(), expected.end());
  overlap::align::radix_sort(keys);
  EXPECT_EQ(keys, expected);
}

TEST(RadixSort, SortsLikeStdSortAtEverySize) {
  for (size_t n : {0u, 1u, 2u, 100u, 4095u, 4096u, 100000u})
    expect_sorted_like_std(random_keys(n, ~uint64_t(0), n));
}

TEST(RadixSort, KeysWithDigitsThatNeverVary) {
  // Diagonal keys: a narrow band of diagonals above 26-bit positions; most digits are constant.
  std::vector<uint64_t> keys = random_keys(50000, (uint64_t(0xff) << 32) | 0x3ffffff, 7);
  for (uint64_t& k : keys) k |= uint64_t(1) << 58;
  expect_sorted_like_std(keys);
}

TEST(RadixSort, HighBitsAloneSortKeysMadeInPositionOrder) {
  // N-gram keys: a hash above a 26-bit position, made in position order and sorted by the hash
  // bits only: stable, so they come out as a full sort would leave them, repeated hashes included.
  for (size_t n : {1000u, 100000u}) {
    const uint64_t hash_bits = ~uint64_t(0) << 26;
    std::vector<uint64_t> keys = random_keys(n, hash_bits, n);
    for (size_t i = 0; i < n; ++i) keys[i] = (keys[i % 7 == 0 ? i / 2 : i] & hash_bits) | i;
    std::vector<uint64_t> expected = keys;
    std::sort(expected.begin(), expected.end());
    overlap::align::radix_sort(keys, 26);
    EXPECT_EQ(keys, expected) << n;
  }
}

TEST(RadixSort, ManyEqualKeysKeepTheirCount) {
  std::vector<uint64_t> keys(20000, 42);
  keys.resize(30000, 7);
  expect_sorted_like_std(keys);
}

}  // namespace
