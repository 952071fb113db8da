#include "align/summary.hpp"

#include <algorithm>

#include "align/cluster.hpp"

namespace overlap::align {
namespace {

// How far apart, in gaps of `gap_words`, a summary's echoes may lie in the longer text.
constexpr uint32_t reach_factor = 20;
// The longer side must be at least this many times the shorter: otherwise it is an ordinary
// passage and clustering has already judged it.
constexpr double min_compression = 1.5;
// Sentences a summary must have, and how close a copy must be to keep its sentences out.
constexpr uint32_t min_sentences = 2;
constexpr double copy_similarity = 0.65;
// Share of the summary's (weighted) words the summarized stretch must contain.
constexpr double min_containment = 0.65;

// Words covered by close copies, as prefix counts: any word of [w0, w1) covered?
class Coverage {
 public:
  explicit Coverage(uint32_t words) : marks_(words + 1, 0) {}
  void cover(uint32_t w0, uint32_t w1) { ++marks_[w0], --marks_[w1]; }
  void finish() {
    int32_t depth = 0;
    for (int32_t& m : marks_) depth += m, m = depth > 0;
    for (size_t i = 1; i < marks_.size(); ++i) marks_[i] += marks_[i - 1];
  }
  bool touches(uint32_t w0, uint32_t w1) const {
    return marks_[w1 - 1] - (w0 ? marks_[w0 - 1] : 0) > 0;
  }

 private:
  std::vector<int32_t> marks_;
};

uint32_t sentences_in(const text::Document& d, uint32_t w0, uint32_t w1) {
  return d.sentence_of_word[w1 - 1] - d.sentence_of_word[w0] + 1;
}

// Widens words [w0, w1) to whole lines (paragraphs): a summary condenses paragraphs, and its
// echoes mark only the sentences it drew on most.
void extend_to_paragraphs(const text::Document& d, uint32_t& w0, uint32_t& w1) {
  auto line_break_between = [&](uint32_t left, uint32_t right) {  // words left < right, adjacent
    uint32_t from = d.word_span(left).end, to = d.word_span(right).start;
    return d.text.substr(from, to - from).find('\n') != std::string_view::npos;
  };
  while (w0 > 0 && !line_break_between(w0 - 1, w0)) --w0;
  while (w1 < d.word_count() && !line_break_between(w1 - 1, w1)) ++w1;
}

}  // namespace

std::vector<Candidate> summary_candidates(const text::Document& a, const text::Document& b,
                                          const WordWeights& weights,
                                          const std::vector<Seed>& seeds,
                                          const std::vector<Candidate>& copies,
                                          const Options& options) {
  Coverage copied_a(a.word_count()), copied_b(b.word_count());
  for (const Candidate& c : copies) {
    if (c.passage.similarity < copy_similarity || std::min(c.words_a, c.words_b) < options.min_words)
      continue;
    copied_a.cover(c.wa0, c.wa1);
    copied_b.cover(c.wb0, c.wb1);
  }
  copied_a.finish();
  copied_b.finish();
  std::vector<Seed> sentence_pairs, exact;
  for (const Seed& s : seeds) {
    if (s.exact) exact.push_back(s);
    else if (!copied_a.touches(s.a0, s.a1) && !copied_b.touches(s.b0, s.b1))
      sentence_pairs.push_back(s);
  }

  std::vector<Candidate> out;
  const uint32_t tight = options.gap_words, loose = options.gap_words * reach_factor;
  for (bool a_summarizes : {true, false}) {
    for (const Cluster& cluster : cluster_seeds(sentence_pairs, a_summarizes ? tight : loose,
                                                a_summarizes ? loose : tight)) {
      uint32_t short_extent = a_summarizes ? cluster.a1 - cluster.a0 : cluster.b1 - cluster.b0;
      uint32_t long_extent = a_summarizes ? cluster.b1 - cluster.b0 : cluster.a1 - cluster.a0;
      uint32_t short_sentences = a_summarizes ? sentences_in(a, cluster.a0, cluster.a1)
                                              : sentences_in(b, cluster.b0, cluster.b1);
      if (short_sentences < min_sentences || long_extent < min_compression * short_extent) continue;
      uint32_t wa0 = cluster.a0, wa1 = cluster.a1, wb0 = cluster.b0, wb1 = cluster.b1;
      if (a_summarizes) extend_to_paragraphs(b, wb0, wb1);
      else extend_to_paragraphs(a, wa0, wa1);
      Candidate c = build_candidate(a, b, weights, wa0, wa1, wb0, wb1, exact);
      c.passage.similarity = a_summarizes ? weights.containment(a, c.wa0, c.wa1, b, c.wb0, c.wb1)
                                          : weights.containment(b, c.wb0, c.wb1, a, c.wa0, c.wa1);
      if (c.passage.similarity < min_containment) continue;
      // Ranked against ordinary candidates by the summary's words the source accounts for.
      c.kept_words = static_cast<uint32_t>(c.passage.similarity * std::min(c.words_a, c.words_b));
      out.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace overlap::align
