#include <algorithm>
#include <bit>

#include "align/radix_sort.hpp"
#include "align/seed.hpp"

namespace overlap::align {
namespace {

uint64_t mix(uint64_t h, uint32_t id) {
  h ^= id + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdull;
}

// Word positions are below max_input_bytes (2^26), so a position fits in the low 26 bits of a
// key and the rest can hold a hash (or a diagonal).
constexpr unsigned position_bits = 26;
constexpr uint64_t position_mask = (uint64_t(1) << position_bits) - 1;
static_assert(max_input_bytes <= (1u << position_bits));

// Every n-gram of `ids` as a key: the top 38 bits of its hash above its start position, sorted,
// so that equal n-grams are neighbours. Truncated hashes may collide: matches are checked word by
// word afterwards. The keys are made in position order, so sorting by the hash bits alone
// (stably) sorts them fully.
std::vector<uint64_t> grams(const std::vector<uint32_t>& ids, uint32_t n) {
  std::vector<uint64_t> out;
  if (ids.size() < n) return out;
  out.reserve(ids.size() - n + 1);
  for (uint32_t i = 0; i + n <= ids.size(); ++i) {
    uint64_t h = n;
    for (uint32_t k = 0; k < n; ++k) h = mix(h, ids[i + k]);
    out.push_back((h & ~position_mask) | i);
  }
  radix_sort(out, position_bits);
  return out;
}

uint64_t hash_of(uint64_t key) { return key >> position_bits; }
uint32_t position_of(uint64_t key) { return static_cast<uint32_t>(key & position_mask); }

bool same_gram(const std::vector<uint32_t>& a, uint32_t i, const std::vector<uint32_t>& b,
               uint32_t j, uint32_t n) {
  return std::equal(a.begin() + i, a.begin() + i + n, b.begin() + j);
}

}  // namespace

void sort_by_a(std::vector<Seed>& seeds) {
  std::sort(seeds.begin(), seeds.end(), [](const Seed& l, const Seed& r) {
    return l.box.a.begin != r.box.a.begin ? l.box.a.begin < r.box.a.begin : l.box.b.begin < r.box.b.begin;
  });
}

std::vector<Seed> exact_runs(const text::Document& a, const text::Document& b, uint32_t n,
                             uint32_t max_repeats) {
  const std::vector<uint32_t>& ia = a.word_ids;
  const std::vector<uint32_t>& ib = b.word_ids;
  std::vector<uint64_t> ga = grams(ia, n), gb = grams(ib, n);

  // Matching n-gram starts, found by merging the two sorted lists.
  struct Hit { uint32_t i, j; };
  std::vector<Hit> hits;
  size_t x = 0, y = 0;
  while (x < ga.size() && y < gb.size()) {
    const uint64_t hx = hash_of(ga[x]), hy = hash_of(gb[y]);
    if (hx < hy) { ++x; continue; }
    if (hy < hx) { ++y; continue; }
    size_t x_end = x, y_end = y;
    while (x_end < ga.size() && hash_of(ga[x_end]) == hx) ++x_end;
    while (y_end < gb.size() && hash_of(gb[y_end]) == hy) ++y_end;
    if (x_end - x <= max_repeats && y_end - y <= max_repeats) {
      for (size_t p = x; p < x_end; ++p)
        for (size_t q = y; q < y_end; ++q)
          if (same_gram(ia, position_of(ga[p]), ib, position_of(gb[q]), n))
            hits.push_back({position_of(ga[p]), position_of(gb[q])});
    }
    x = x_end;
    y = y_end;
  }

  // Hits on one diagonal at consecutive positions form one run: sorted by diagonal, then
  // position, as packed keys. The diagonals counted from the lowest and the positions in only
  // the bits the largest needs: the radix sort moves the keys once per 11-bit digit that varies,
  // three at 100 KB where diagonals above 26-bit positions took six.
  constexpr uint32_t diagonal_zero = 1u << position_bits;  // j - i + diagonal_zero > 0
  uint32_t lowest = UINT32_MAX, last = 0;
  for (const Hit& h : hits) lowest = std::min(lowest, h.j + diagonal_zero - h.i), last = std::max(last, h.i);
  const unsigned i_bits = static_cast<unsigned>(std::bit_width(last));
  const uint64_t i_mask = (uint64_t(1) << i_bits) - 1;
  std::vector<uint64_t> keys(hits.size());
  for (size_t k = 0; k < hits.size(); ++k)
    keys[k] = uint64_t(hits[k].j + diagonal_zero - hits[k].i - lowest) << i_bits | hits[k].i;
  radix_sort(keys);
  for (size_t k = 0; k < hits.size(); ++k) {
    const auto i = static_cast<uint32_t>(keys[k] & i_mask);
    hits[k] = {i, static_cast<uint32_t>(keys[k] >> i_bits) + lowest + i - diagonal_zero};
  }
  std::vector<Seed> runs;
  for (size_t k = 0; k < hits.size();) {
    size_t end = k + 1;
    while (end < hits.size() && hits[end].i == hits[end - 1].i + 1 &&
           hits[end].j == hits[end - 1].j + 1)
      ++end;
    uint32_t length = static_cast<uint32_t>(end - k) + n - 1;
    runs.push_back({{{hits[k].i, hits[k].i + length}, {hits[k].j, hits[k].j + length}}, length, true});
    k = end;
  }
  sort_by_a(runs);
  return runs;
}

}  // namespace overlap::align
