#include "align/similarity.hpp"

#include <algorithm>
#include <cmath>

namespace overlap::align {

WordWeights::WordWeights(const text::Document& a, const text::Document& b)
    : WordWeights(a, std::vector<const text::Document*>{&b}) {}

WordWeights::WordWeights(const text::Document& a, const std::vector<const text::Document*>& others) {
  std::vector<const text::Document*> docs{&a};
  docs.insert(docs.end(), others.begin(), others.end());
  uint32_t size = 0;
  double total = 0;
  for (const auto* d : docs) {
    for (uint32_t id : d->stem_ids) size = std::max(size, id + 1);
    total += d->word_count();
  }
  std::vector<uint32_t> count(size, 0);
  for (const auto* d : docs)
    for (uint32_t id : d->stem_ids) ++count[id];
  weight_.assign(size, 0.f);
  count_.assign(size, 0);
  for (uint32_t id = 0; id < size; ++id)
    if (count[id]) weight_[id] = static_cast<float>(std::log(1.0 + total / count[id]));
}

WordWeights::Overlap WordWeights::overlap(const text::Document& a, WordRange wa,
                                          const text::Document& b, WordRange wb) const {
  // Multiset intersection by counting B's stems, then taking A's from the counts.
  Overlap o;
  for (uint32_t w = wb.begin; w < wb.end; ++w) {
    uint32_t id = b.stem_ids[w];
    ++count_[id];
    o.b += weight_[id];
  }
  for (uint32_t w = wa.begin; w < wa.end; ++w) {
    uint32_t id = a.stem_ids[w];
    o.a += weight_[id];
    if (count_[id] > 0) --count_[id], o.common += weight_[id];
  }
  for (uint32_t w = wb.begin; w < wb.end; ++w) count_[b.stem_ids[w]] = 0;
  return o;
}

double WordWeights::similarity(const text::Document& a, WordRange wa, const text::Document& b,
                               WordRange wb) const {
  Overlap o = overlap(a, wa, b, wb);
  return o.a + o.b > 0 ? std::min(1.0, 2 * o.common / (o.a + o.b)) : 1.0;
}

double WordWeights::containment(const text::Document& a, WordRange wa, const text::Document& b,
                                WordRange wb) const {
  Overlap o = overlap(a, wa, b, wb);
  return o.a > 0 ? std::min(1.0, o.common / o.a) : 1.0;
}

}  // namespace overlap::align
