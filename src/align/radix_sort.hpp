// Sorting 64-bit keys by their bits, least significant digit first: the seeding stage sorts
// millions of packed keys per megabyte pair, where a comparison sort costs several times more.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace overlap::align {

/// Sorts `keys` ascending by their bits from `low_bit` up, keeping the order of keys that are
/// equal there (stable): keys that arrive ascending in their low bits come out fully sorted,
/// without the passes those bits would cost. Small inputs go to a comparison sort; large ones
/// count every digit in one pass, then move the keys once per 11-bit digit that is not the same
/// in every key.
inline void radix_sort(std::vector<uint64_t>& keys, unsigned low_bit = 0) {
  constexpr size_t comparison_below = 4096;
  constexpr unsigned digit_bits = 11;
  constexpr size_t buckets = size_t(1) << digit_bits;
  constexpr size_t max_digits = (64 + digit_bits - 1) / digit_bits;
  if (keys.size() < comparison_below) {
    if (low_bit == 0) std::sort(keys.begin(), keys.end());
    else std::stable_sort(keys.begin(), keys.end(), [low_bit](uint64_t l, uint64_t r) { return l >> low_bit < r >> low_bit; });
    return;
  }
  uint64_t all_or = 0, all_and = ~uint64_t(0);
  for (uint64_t k : keys) all_or |= k, all_and &= k;
  const uint64_t varying = (all_or ^ all_and) >> low_bit << low_bit;  // bits that differ between keys
  std::array<unsigned, max_digits> shifts{};
  size_t digits = 0;
  for (unsigned shift = low_bit; shift < 64; shift += digit_bits)
    if ((varying >> shift) & (buckets - 1)) shifts[digits++] = shift;
  if (digits == 0) return;

  // One counting pass per digit: a loop over the digits inside the loop over the keys reloads
  // each digit's shift and table for every key (0.4% more of compare's instructions).
  std::vector<std::array<uint32_t, buckets>> start(digits);
  for (size_t d = 0; d < digits; ++d) {
    std::array<uint32_t, buckets>& count = start[d];
    const unsigned shift = shifts[d];
    for (uint64_t k : keys) ++count[(k >> shift) & (buckets - 1)];
  }
  std::vector<uint64_t> buffer(keys.size());
  for (size_t d = 0; d < digits; ++d) {
    uint32_t sum = 0;
    for (uint32_t& s : start[d]) sum += std::exchange(s, sum);
    const unsigned shift = shifts[d];
    for (uint64_t k : keys) buffer[start[d][(k >> shift) & (buckets - 1)]++] = k;
    keys.swap(buffer);
  }
}

}  // namespace overlap::align
