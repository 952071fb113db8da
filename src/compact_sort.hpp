// Stable sorts whose compiled code all callers share, for the sorts off the hot path.
//
// std::sort compiles one copy of itself (2-6 KB of wasm) for every comparator it is given, and the
// module carried about twenty. These two sort indices instead, through one copy each, and only
// move the items per type. Being stable, their results do not depend on the standard library's
// sort either (the native and wasm builds use different ones). The sorts of seeds and word hits,
// which run on every word, keep std::sort and radix_sort.
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace overlap {
namespace detail {

// Says whether item `l` of `items` goes before item `r`, by the comparator `less`.
using IndexLess = bool (*)(const void* items, const void* less, uint32_t l, uint32_t r);

// The indices 0..n-1 ordered by `compare`, equal items in their first order.
std::vector<uint32_t> stable_order(uint32_t n, const void* items, const void* less, IndexLess compare);

// Moves the items into the order given by `index_of(i)`, the index of the item that goes i-th.
template <class T, class IndexOf>
void reorder(std::vector<T>& items, IndexOf index_of) {
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) sorted.push_back(std::move(items[index_of(i)]));
  items = std::move(sorted);
}

}  // namespace detail

// Sorts `items` by the 32-bit key `key(item)`, equal keys in their order: the keys, each packed
// with its item's index, are sorted as plain integers (the one std::sort over uint64_t that the
// radix sort also uses), so the comparisons cost no call. For spans, intervals and the like.
template <class T, class Key>
void sort_by_key(std::vector<T>& items, Key key) {
  if (items.size() < 2) return;
  std::vector<uint64_t> keyed(items.size());
  for (size_t i = 0; i < items.size(); ++i) keyed[i] = uint64_t{key(items[i])} << 32 | i;
  std::sort(keyed.begin(), keyed.end());
  detail::reorder(items, [&](size_t i) { return static_cast<uint32_t>(keyed[i]); });
}

// Sorts `items` by `less`, equal items in their order. Each comparison is an indirect call: for
// orders of several keys over tens to hundreds of items (passages, candidates).
template <class T, class Less>
void compact_sort(std::vector<T>& items, Less less) {
  if (items.size() < 2) return;
  const std::vector<uint32_t> order = detail::stable_order(
      static_cast<uint32_t>(items.size()), items.data(), &less,
      [](const void* all, const void* by, uint32_t l, uint32_t r) {
        const T* item = static_cast<const T*>(all);
        return (*static_cast<const Less*>(by))(item[l], item[r]);
      });
  detail::reorder(items, [&](size_t i) { return order[i]; });
}

}  // namespace overlap
