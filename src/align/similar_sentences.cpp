#include <algorithm>
#include <cmath>
#include <span>

#include "align/seed.hpp"

namespace overlap::align {
namespace {

// Each sentence as the set of its distinct words, each weighted by its rarity across the
// sentences of both texts (idf): words most sentences use ("the", "said") weigh almost nothing,
// in any language, without a stop-word list. All sentences' sets lie in one array.
struct SentenceSets {
  std::vector<uint32_t> ids;    // each sentence's words, sorted, distinct
  std::vector<uint32_t> first;  // where each sentence's words start in `ids`, plus ids.size()
  std::vector<double> norm;     // Euclidean norm of the idf weights
  std::vector<uint32_t> content;  // words rare enough to count as content

  uint32_t size() const { return static_cast<uint32_t>(norm.size()); }
  bool empty() const { return norm.empty(); }
  std::span<const uint32_t> of(uint32_t s) const {
    return std::span<const uint32_t>(ids).subspan(first[s], first[s + 1] - first[s]);
  }
};

SentenceSets sentence_sets(const text::Document& d) {
  SentenceSets out;
  out.ids.reserve(d.stem_ids.size());
  out.first.reserve(d.sentence_count() + 1);
  for (uint32_t s = 0; s < d.sentence_count(); ++s) {
    const size_t begin = out.ids.size();
    out.first.push_back(static_cast<uint32_t>(begin));
    out.ids.insert(out.ids.end(), d.stem_ids.begin() + d.sentence_first_word[s],
                   d.stem_ids.begin() + d.sentence_first_word[s + 1]);
    std::sort(out.ids.begin() + begin, out.ids.end());
    out.ids.erase(std::unique(out.ids.begin() + begin, out.ids.end()), out.ids.end());
  }
  out.first.push_back(static_cast<uint32_t>(out.ids.size()));
  out.norm.resize(d.sentence_count());
  out.content.resize(d.sentence_count());
  return out;
}

}  // namespace

uint32_t function_word_limit(double sentences, const SeedTuning& tuning) {
  // The absolute cap bounds the work per sentence on very long texts.
  return std::clamp<uint32_t>(static_cast<uint32_t>(sentences * tuning.function_word_share),
                              tuning.function_word_min, tuning.function_word_max);
}

std::vector<Seed> similar_sentences(const text::Document& a, const text::Document& b,
                                    const SeedTuning& tuning) {
  const double threshold = tuning.sentence_similarity;
  SentenceSets sa = sentence_sets(a), sb = sentence_sets(b);
  const double sentences = double(sa.size() + sb.size());
  if (sa.empty() || sb.empty()) return {};

  uint32_t vocabulary = 0;
  for (const SentenceSets* side : {&sa, &sb})
    for (uint32_t id : side->ids) vocabulary = std::max(vocabulary, id + 1);
  std::vector<uint32_t> df(vocabulary, 0);
  for (const SentenceSets* side : {&sa, &sb})
    for (uint32_t id : side->ids) ++df[id];
  std::vector<double> idf(vocabulary);
  for (uint32_t id = 0; id < vocabulary; ++id)
    idf[id] = df[id] ? std::log(sentences / df[id]) : 0;
  // Function words neither count towards the Dice coefficient nor enter the candidate index,
  // which keeps candidate generation near-linear.
  const uint32_t frequent = function_word_limit(sentences, tuning);
  auto is_content = [&](uint32_t id) { return df[id] <= frequent; };
  for (SentenceSets* side : {&sa, &sb})
    for (uint32_t s = 0; s < side->size(); ++s) {
      double sum = 0;
      for (uint32_t id : side->of(s)) {
        sum += idf[id] * idf[id];
        side->content[s] += is_content(id);
      }
      side->norm[s] = std::sqrt(sum);
    }

  // Inverted index of B's sentences by content word.
  std::vector<uint32_t> start(vocabulary + 1, 0);
  for (uint32_t id : sb.ids)
    if (is_content(id)) ++start[id + 1];
  for (uint32_t id = 0; id < vocabulary; ++id) start[id + 1] += start[id];
  std::vector<uint32_t> postings(start[vocabulary]);
  {
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (uint32_t s = 0; s < sb.size(); ++s)
      for (uint32_t id : sb.of(s))
        if (is_content(id)) postings[fill[id]++] = s;
  }

  std::vector<Seed> seeds;
  std::vector<uint32_t> shared(sb.size(), 0), touched;
  for (uint32_t s = 0; s < sa.size(); ++s) {
    const std::span<const uint32_t> va = sa.of(s);
    if (sa.content[s] < tuning.min_shared_content) continue;
    touched.clear();
    for (uint32_t id : va) {
      if (!is_content(id)) continue;
      for (uint32_t p = start[id]; p < start[id + 1]; ++p) {
        if (shared[postings[p]]++ == 0) touched.push_back(postings[p]);
      }
    }
    for (uint32_t t : touched) {
      const std::span<const uint32_t> vb = sb.of(t);
      uint32_t content_shared = shared[t];
      shared[t] = 0;
      if (content_shared < tuning.min_shared_content) continue;
      double dice = 2.0 * content_shared / double(sa.content[s] + sb.content[t]);
      if (dice < threshold) continue;
      // Cosine over all words, function words included at their low weight.
      double dot = 0;
      for (size_t x = 0, y = 0; x < va.size() && y < vb.size();) {
        if (va[x] < vb[y]) ++x;
        else if (vb[y] < va[x]) ++y;
        else { dot += idf[va[x]] * idf[va[x]]; ++x; ++y; }
      }
      double cosine = sa.norm[s] > 0 && sb.norm[t] > 0 ? dot / (sa.norm[s] * sb.norm[t]) : 0;
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
