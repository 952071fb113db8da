#include "compact_sort.hpp"

#include <algorithm>
#include <numeric>

namespace overlap::detail {

std::vector<uint32_t> stable_order(uint32_t n, const void* items, const void* less, IndexLess compare) {
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  // Equal items keep their first order: a total order, so std::sort's own handling of ties
  // (which differs between libc++ and libstdc++) never shows.
  std::sort(order.begin(), order.end(), [&](uint32_t l, uint32_t r) {
    if (compare(items, less, l, r)) return true;
    if (compare(items, less, r, l)) return false;
    return l < r;
  });
  return order;
}

}  // namespace overlap::detail
