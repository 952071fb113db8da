// The `compare` pipeline: analyse -> seed -> cluster -> carve -> candidates (and summaries) ->
// select -> mark moves.
#include <algorithm>
#include <iterator>

#include "align/candidate.hpp"
#include "align/carve.hpp"
#include "align/cluster.hpp"
#include "align/seed.hpp"
#include "align/selection.hpp"
#include "align/summary.hpp"
#include "overlap/overlap.hpp"
#include "pipeline.hpp"
#include "stats.hpp"

namespace overlap {
namespace {

// Exact runs need this many words to seed (fewer when passages may be shorter): three-word runs
// are specific enough in prose and short enough to survive light editing between them.
constexpr uint32_t seed_words = 3;
// An n-gram this frequent in either text is boilerplate or repetition, not evidence.
constexpr uint32_t max_seed_repeats = 8;
// Both the cosine and the Dice coefficient of two sentences' content words must reach this for
// the pair to seed a passage (the value of the best PAN systems).
constexpr double sentence_similarity = 0.33;

}  // namespace

Result<Alignment> compare(std::string_view a, std::string_view b, const Options& options) {
  if (auto error = check_input(a, b, options)) return *error;
  text::Interner interner;
  text::Document da = text::analyse(a, interner);
  text::Document db = text::analyse(b, interner);

  std::vector<align::Seed> seeds = align::exact_runs(da, db, std::min(seed_words, options.min_words), max_seed_repeats);
  std::vector<align::Seed> sentence_seeds = align::similar_sentences(da, db, sentence_similarity);
  seeds.insert(seeds.end(), sentence_seeds.begin(), sentence_seeds.end());

  std::vector<align::Candidate> candidates;
  align::WordWeights weights(da, db);
  std::vector<align::Cluster> clusters = align::carve_moved(
      align::cluster_seeds(seeds, options.gap_words, options.gap_words), options.min_words);
  for (const align::Cluster& cluster : clusters)
    if (align::could_reach(cluster, options.min_words))
      candidates.push_back(align::make_candidate(da, db, weights, cluster));
  std::vector<align::Candidate> summaries =
      align::summary_candidates(da, db, weights, seeds, candidates, options);
  std::move(summaries.begin(), summaries.end(), std::back_inserter(candidates));

  Alignment result;
  result.passages = align::select_passages(std::move(candidates), options);
  align::mark_moved(result.passages);
  finish(result, da, db, options);
  return result;
}

}  // namespace overlap
