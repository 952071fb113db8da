#include "align/summary.hpp"

#include <algorithm>

#include "align/cluster.hpp"

namespace overlap::align {
namespace {

// Words covered by close copies, as prefix counts: any word of [w0, w1) covered?
class Coverage {
 public:
  explicit Coverage(uint32_t words) : marks_(words + 1, 0) {}
  void cover(WordRange w) { ++marks_[w.begin], --marks_[w.end]; }
  void finish() {
    int32_t depth = 0;
    for (int32_t& m : marks_) depth += m, m = depth > 0;
    for (size_t i = 1; i < marks_.size(); ++i) marks_[i] += marks_[i - 1];
  }
  bool touches(WordRange w) const {
    return marks_[w.end - 1] - (w.begin ? marks_[w.begin - 1] : 0) > 0;
  }

 private:
  std::vector<int32_t> marks_;
};

uint32_t sentences_in(const text::Document& d, WordRange w) {
  return d.sentence_of_word[w.end - 1] - d.sentence_of_word[w.begin] + 1;
}

// Widens words `w` to whole lines (paragraphs): a summary condenses paragraphs, and its echoes
// mark only the sentences it drew on most.
WordRange extend_to_paragraphs(const text::Document& d, WordRange w) {
  auto line_break_between = [&](uint32_t left, uint32_t right) {  // words left < right, adjacent
    uint32_t from = d.word_span(left).end, to = d.word_span(right).start;
    return d.text.substr(from, to - from).find('\n') != std::string_view::npos;
  };
  while (w.begin > 0 && !line_break_between(w.begin - 1, w.begin)) --w.begin;
  while (w.end < d.word_count() && !line_break_between(w.end - 1, w.end)) ++w.end;
  return w;
}

}  // namespace

std::vector<Candidate> summary_candidates(const text::Document& a, const text::Document& b,
                                          const WordWeights& weights,
                                          const std::vector<Seed>& seeds,
                                          const std::vector<Candidate>& copies,
                                          const Options& options, const Tuning& tuning,
                                          const EchoedElsewhere& elsewhere) {
  const SummaryTuning& t = tuning.summaries;
  Coverage copied_a(a.word_count()), copied_b(b.word_count());
  for (const Candidate& c : copies) {
    if (c.similarity < t.copy_similarity ||
        std::min(c.counts.words_a, c.counts.words_b) < options.min_words)
      continue;
    copied_a.cover(c.words.a);
    copied_b.cover(c.words.b);
  }
  copied_a.finish();
  copied_b.finish();
  std::vector<Seed> sentence_pairs, exact;
  for (const Seed& s : seeds) {
    if (s.exact) exact.push_back(s);
    else if (!copied_a.touches(s.box.a) && !copied_b.touches(s.box.b)) sentence_pairs.push_back(s);
  }

  std::vector<Candidate> out;
  const uint32_t tight = options.gap_words, loose = options.gap_words * t.reach_factor;
  for (bool a_summarizes : {true, false}) {
    const ClusterParams echoes{a_summarizes ? tight : loose, a_summarizes ? loose : tight,
                               tuning.clustering.max_neighbours};
    for (const Cluster& cluster : cluster_seeds(sentence_pairs, echoes)) {
      const WordRange short_side = a_summarizes ? cluster.box.a : cluster.box.b;
      const WordRange long_side = a_summarizes ? cluster.box.b : cluster.box.a;
      const uint32_t short_sentences = sentences_in(a_summarizes ? a : b, short_side);
      // A stretch of A that draws on several sources was judged by no ordinary candidate as a
      // whole: each source's was diluted by the others' words. Then it needs no compression.
      const bool composite = a_summarizes && elsewhere.words_in(short_side) >= options.min_words;
      if (short_sentences < t.min_sentences ||
          (!composite && long_side.size() < t.min_compression * short_side.size()))
        continue;
      WordBox box = cluster.box;
      if (a_summarizes) box.b = extend_to_paragraphs(b, box.b);
      else box.a = extend_to_paragraphs(a, box.a);
      // A composite's evidence is its echoes alone: the source's stretch they span must hold
      // the summary before it is widened to paragraphs (a long paragraph holds most words of a
      // short stretch by chance) and diffed.
      if (composite && weights.containment(a, cluster.box.a, b, cluster.box.b) < t.min_containment) continue;
      Candidate c = build_candidate(a, b, weights, box, exact, tuning.candidates);
      c.similarity = a_summarizes ? weights.containment(a, c.words.a, b, c.words.b)
                                  : weights.containment(b, c.words.b, a, c.words.a);
      if (c.similarity < t.min_containment) continue;
      // Ranked against ordinary candidates by the summary's words the source accounts for.
      c.rank = static_cast<uint32_t>(c.similarity * std::min(c.counts.words_a, c.counts.words_b));
      out.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace overlap::align
