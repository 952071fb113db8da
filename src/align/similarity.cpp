#include "align/similarity.hpp"

#include <algorithm>
#include <cmath>

namespace overlap::align {

WordWeights::WordWeights(const text::Document& a, const text::Document& b) {
  uint32_t size = 0;
  for (const auto* d : {&a, &b})
    for (uint32_t id : d->stem_ids) size = std::max(size, id + 1);
  std::vector<uint32_t> count(size, 0);
  for (const auto* d : {&a, &b})
    for (uint32_t id : d->stem_ids) ++count[id];
  const double total = double(a.word_count() + b.word_count());
  weight_.assign(size, 0.f);
  for (uint32_t id = 0; id < size; ++id)
    if (count[id]) weight_[id] = static_cast<float>(std::log(1.0 + total / count[id]));
}

WordWeights::Overlap WordWeights::overlap(const text::Document& a, uint32_t wa0, uint32_t wa1,
                                          const text::Document& b, uint32_t wb0,
                                          uint32_t wb1) const {
  std::vector<uint32_t> x(a.stem_ids.begin() + wa0, a.stem_ids.begin() + wa1);
  std::vector<uint32_t> y(b.stem_ids.begin() + wb0, b.stem_ids.begin() + wb1);
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  Overlap o;
  for (uint32_t id : x) o.a += weight_[id];
  for (uint32_t id : y) o.b += weight_[id];
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] < y[j]) ++i;
    else if (y[j] < x[i]) ++j;
    else { o.common += weight_[x[i]]; ++i; ++j; }
  }
  return o;
}

double WordWeights::similarity(const text::Document& a, uint32_t wa0, uint32_t wa1,
                               const text::Document& b, uint32_t wb0, uint32_t wb1) const {
  Overlap o = overlap(a, wa0, wa1, b, wb0, wb1);
  return o.a + o.b > 0 ? std::min(1.0, 2 * o.common / (o.a + o.b)) : 1.0;
}

double WordWeights::containment(const text::Document& a, uint32_t wa0, uint32_t wa1,
                                const text::Document& b, uint32_t wb0, uint32_t wb1) const {
  Overlap o = overlap(a, wa0, wa1, b, wb0, wb1);
  return o.a > 0 ? std::min(1.0, o.common / o.a) : 1.0;
}

}  // namespace overlap::align
