#include <algorithm>
#include <cmath>

#include "align/seed.hpp"

namespace overlap::align {
namespace {

// A sentence as the set of its distinct words, each weighted by its rarity across the sentences
// of both texts (idf): words most sentences use ("the", "said") weigh almost nothing, in any
// language, without a stop-word list.
struct SentenceVector {
  std::vector<uint32_t> ids;  // sorted, distinct
  double norm = 0;            // Euclidean norm of the idf weights
  uint32_t content = 0;       // words rare enough to count as content
};

std::vector<SentenceVector> sentence_sets(const text::Document& d) {
  std::vector<SentenceVector> out(d.sentence_count());
  for (uint32_t s = 0; s < d.sentence_count(); ++s) {
    auto& ids = out[s].ids;
    ids.assign(d.stem_ids.begin() + d.sentence_first_word[s],
               d.stem_ids.begin() + d.sentence_first_word[s + 1]);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
  return out;
}

}  // namespace

std::vector<Seed> similar_sentences(const text::Document& a, const text::Document& b,
                                    const SeedTuning& tuning) {
  const double threshold = tuning.sentence_similarity;
  std::vector<SentenceVector> sa = sentence_sets(a), sb = sentence_sets(b);
  const double sentences = double(sa.size() + sb.size());
  if (sa.empty() || sb.empty()) return {};

  uint32_t vocabulary = 0;
  for (auto* side : {&sa, &sb})
    for (auto& v : *side)
      if (!v.ids.empty()) vocabulary = std::max(vocabulary, v.ids.back() + 1);
  std::vector<uint32_t> df(vocabulary, 0);
  for (auto* side : {&sa, &sb})
    for (auto& v : *side)
      for (uint32_t id : v.ids) ++df[id];
  std::vector<double> idf(vocabulary);
  for (uint32_t id = 0; id < vocabulary; ++id)
    idf[id] = df[id] ? std::log(sentences / df[id]) : 0;
  // Words in more than a share of all sentences (and at least a few) act as function words:
  // they neither count towards the Dice coefficient nor enter the candidate index, which keeps
  // candidate generation near-linear. The absolute cap bounds the work per sentence on very long
  // texts.
  const uint32_t frequent =
      std::clamp<uint32_t>(static_cast<uint32_t>(sentences * tuning.function_word_share),
                           tuning.function_word_min, tuning.function_word_max);
  auto is_content = [&](uint32_t id) { return df[id] <= frequent; };
  for (auto* side : {&sa, &sb})
    for (auto& v : *side) {
      double sum = 0;
      for (uint32_t id : v.ids) {
        sum += idf[id] * idf[id];
        v.content += is_content(id);
      }
      v.norm = std::sqrt(sum);
    }

  // Inverted index of B's sentences by content word.
  std::vector<uint32_t> start(vocabulary + 1, 0);
  for (auto& v : sb)
    for (uint32_t id : v.ids)
      if (is_content(id)) ++start[id + 1];
  for (uint32_t id = 0; id < vocabulary; ++id) start[id + 1] += start[id];
  std::vector<uint32_t> postings(start[vocabulary]);
  {
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (uint32_t s = 0; s < sb.size(); ++s)
      for (uint32_t id : sb[s].ids)
        if (is_content(id)) postings[fill[id]++] = s;
  }

  std::vector<Seed> seeds;
  std::vector<uint32_t> shared(sb.size(), 0), touched;
  for (uint32_t s = 0; s < sa.size(); ++s) {
    const SentenceVector& va = sa[s];
    if (va.content < tuning.min_shared_content) continue;
    touched.clear();
    for (uint32_t id : va.ids) {
      if (!is_content(id)) continue;
      for (uint32_t p = start[id]; p < start[id + 1]; ++p) {
        if (shared[postings[p]]++ == 0) touched.push_back(postings[p]);
      }
    }
    for (uint32_t t : touched) {
      const SentenceVector& vb = sb[t];
      uint32_t content_shared = shared[t];
      shared[t] = 0;
      if (content_shared < tuning.min_shared_content) continue;
      double dice = 2.0 * content_shared / double(va.content + vb.content);
      if (dice < threshold) continue;
      // Cosine over all words, function words included at their low weight.
      double dot = 0;
      for (size_t x = 0, y = 0; x < va.ids.size() && y < vb.ids.size();) {
        if (va.ids[x] < vb.ids[y]) ++x;
        else if (vb.ids[y] < va.ids[x]) ++y;
        else { dot += idf[va.ids[x]] * idf[va.ids[x]]; ++x; ++y; }
      }
      double cosine = va.norm > 0 && vb.norm > 0 ? dot / (va.norm * vb.norm) : 0;
      if (cosine < threshold) continue;
      seeds.push_back({{{a.sentence_first_word[s], a.sentence_first_word[s + 1]},
                        {b.sentence_first_word[t], b.sentence_first_word[t + 1]}},
                       content_shared,
                       false});
    }
  }
  sort_by_a(seeds);
  return seeds;
}

}  // namespace overlap::align
