#include "align/similarity.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "align/seed.hpp"

namespace overlap::align {

WordWeights::WordWeights(const text::Document& a, const text::Document& b, const SeedTuning& seeding)
    : WordWeights(a, std::vector<const text::Document*>{&b}, seeding) {}

WordWeights::WordWeights(const text::Document& a, const std::vector<const text::Document*>& others,
                         const SeedTuning& seeding) {
  std::vector<const text::Document*> docs{&a};
  docs.insert(docs.end(), others.begin(), others.end());
  uint32_t size = 0;
  double total = 0;
  for (const auto* d : docs) {
    for (uint32_t id : d->stem_ids) size = std::max(size, id + 1);
    total += d->word_count();
  }
  std::vector<uint32_t> count(size, 0);
  // Sentences holding each stem, and the last sentence (numbered across the texts) counted.
  std::vector<uint32_t> sentences_with(size, 0), last_sentence(size, UINT32_MAX);
  uint32_t sentences = 0;
  for (const auto* d : docs) {
    for (uint32_t w = 0; w < d->word_count(); ++w) {
      const uint32_t id = d->stem_ids[w], sentence = sentences + d->sentence_of_word[w];
      ++count[id];
      if (last_sentence[id] != sentence) last_sentence[id] = sentence, ++sentences_with[id];
    }
    sentences += d->sentence_count();
  }
  weight_.assign(size, 0.f);
  frequency_.assign(size, 0.f);
  count_.assign(size, 0);
  for (uint32_t id = 0; id < size; ++id) {
    if (!count[id]) continue;
    weight_[id] = static_cast<float>(std::log(1.0 + total / count[id]));
    frequency_[id] = static_cast<float>(count[id] / total);
  }
  const uint32_t limit = function_word_limit(sentences, seeding);
  function_word_.resize(size);
  for (uint32_t id = 0; id < size; ++id) function_word_[id] = sentences_with[id] > limit;
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
