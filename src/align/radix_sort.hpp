// Sorting 64-bit keys by their bits, least significant digit first: the seeding stage sorts
// millions of packed keys per megabyte pair, where a comparison sort costs several times more.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace overlap::align {

/// Sorts `keys` ascending. Small inputs go to std::sort; large ones take one counting pass per
/// 11-bit digit that is not the same in every key.
inline void radix_sort(std::vector<uint64_t>& keys) {
  constexpr size_t comparison_below = 4096;
  constexpr unsigned digit_bits = 11;
  constexpr size_t buckets = size_t(1) << digit_bits;
  if (keys.size() < comparison_below) {
    std::sort(keys.begin(), keys.end());
    return;
  }
  uint64_t all_or = 0, all_and = ~uint64_t(0);
  for (uint64_t k : keys) all_or |= k, all_and &= k;
  const uint64_t varying = all_or ^ all_and;  // bits that differ between some keys
  std::vector<uint64_t> buffer(keys.size());
  for (unsigned shift = 0; shift < 64; shift += digit_bits) {
    if (((varying >> shift) & (buckets - 1)) == 0) continue;
    std::array<size_t, buckets> start{};
    for (uint64_t k : keys) ++start[(k >> shift) & (buckets - 1)];
    size_t sum = 0;
    for (size_t& s : start) sum += std::exchange(s, sum);
    for (uint64_t k : keys) buffer[start[(k >> shift) & (buckets - 1)]++] = k;
    keys.swap(buffer);
  }
}

}  // namespace overlap::align
