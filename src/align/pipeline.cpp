#include "align/pipeline.hpp"

#include <algorithm>
#include <iterator>

#include "align/band.hpp"
#include "align/carve.hpp"
#include "align/in_order.hpp"
#include "align/moved_text.hpp"
#include "align/selection.hpp"
#include "align/summary.hpp"
#include "align/typography.hpp"
#include "boundary.hpp"
#include "stats.hpp"

namespace overlap::align {
namespace {

// Ordinary passages tolerate the same gap on both sides.
ClusterParams passage_gaps(const Options& options, const Tuning& tuning) {
  return {options.gap_words, options.gap_words, tuning.clustering.max_neighbours};
}

// Copies a stage's output for a caller that asked to keep it.
template <class T>
void keep_copy(CompareStages* keep, std::vector<T> CompareStages::*slot, const std::vector<T>& value) {
  if (keep) keep->*slot = value;
}

}  // namespace

TextModel text_model(std::string_view a, std::string_view b, const TextTuning& tuning) {
  TextModel text;
  text.a = text::analyse(a, text.interner, tuning);
  text.b = text::analyse(b, text.interner, tuning);
  return text;
}

std::vector<Seed> seeding(TextPair text, const Options& options, const SeedTuning& tuning) {
  // Passages may be asked shorter than a run: then shorter runs seed.
  std::vector<Seed> seeds = exact_runs(text.a, text.b, std::min(tuning.run_words, options.min_words),
                                       tuning.max_run_repeats);
  std::vector<Seed> sentence_pairs = similar_sentences(text.a, text.b, tuning);
  seeds.insert(seeds.end(), sentence_pairs.begin(), sentence_pairs.end());
  return seeds;
}

std::vector<Cluster> clustering(std::vector<Seed> seeds, const Options& options, const Tuning& tuning) {
  return cluster_seeds(std::move(seeds), passage_gaps(options, tuning));
}

std::vector<Cluster> banding(std::vector<Cluster> clusters, const Options& options, const Tuning& tuning) {
  return split_swapped(std::move(clusters), passage_gaps(options, tuning), tuning.banding);
}

std::vector<Cluster> carving(std::vector<Cluster> clusters, const Options& options, const Tuning& tuning) {
  return carve_moved(std::move(clusters), min_cluster_extent(options.min_words, tuning.candidates),
                     tuning.carving);
}

std::vector<Candidate> candidates(TextPair text, const WordWeights& weights,
                                  const std::vector<Cluster>& clusters, const Options& options,
                                  const Tuning& tuning) {
  // Clusters too narrow to reach min_words even after snapping are not worth diffing.
  const uint32_t min_extent = min_cluster_extent(options.min_words, tuning.candidates);
  std::vector<Candidate> out;
  for (const Cluster& cluster : clusters) {
    if (cluster.box.narrower_side() < min_extent) continue;
    if (std::optional<Candidate> c = make_candidate(text.a, text.b, weights, cluster, tuning.candidates))
      out.push_back(std::move(*c));
  }
  return out;
}

std::vector<Candidate> summaries(TextPair text, const WordWeights& weights,
                                 const std::vector<Seed>& seeds, const std::vector<Candidate>& copies,
                                 const Options& options, const Tuning& tuning) {
  return summary_candidates(text.a, text.b, weights, seeds, copies, options, tuning);
}

std::vector<Candidate> selection(std::vector<Candidate> candidates, const Options& options) {
  return select_passages(std::move(candidates), options);
}

std::vector<Passage> edit_scripts(TextPair text, const WordWeights& weights,
                                  const std::vector<Candidate>& selected, const Options& options) {
  std::vector<Passage> passages;
  passages.reserve(selected.size());
  for (const Candidate& c : selected) {
    Passage p;
    p.a = c.a;
    p.b = c.b;
    p.similarity = c.similarity;
    p.edits = edit_script(text.a, text.b, c.diff.tokens, c.diff.ops, weights);
    passages.push_back(std::move(p));
  }
  if (!options.show_typography) hide_typographic_edits(passages, text.a.text, text.b.text);
  return passages;
}

Result<Alignment> compare(std::string_view a, std::string_view b, const Options& options,
                          const Tuning& tuning, CompareStages* keep) {
  if (auto error = check_input(a, b, options)) return *error;
  TextModel text = text_model(a, b, tuning.text);
  if (keep) keep->text = text;

  std::vector<Seed> seeds = seeding(text, options, tuning.seeding);
  keep_copy(keep, &CompareStages::seeds, seeds);
  std::vector<Cluster> clusters = clustering(seeds, options, tuning);
  keep_copy(keep, &CompareStages::clusters, clusters);
  clusters = banding(std::move(clusters), options, tuning);
  keep_copy(keep, &CompareStages::banded, clusters);
  clusters = carving(std::move(clusters), options, tuning);
  keep_copy(keep, &CompareStages::carved, clusters);

  const WordWeights weights(text.a, text.b, tuning.seeding);
  std::vector<Candidate> found = candidates(text, weights, clusters, options, tuning);
  keep_copy(keep, &CompareStages::candidates, found);
  std::vector<Candidate> condensed = summaries(text, weights, seeds, found, options, tuning);
  keep_copy(keep, &CompareStages::summaries, condensed);
  std::move(condensed.begin(), condensed.end(), std::back_inserter(found));

  std::vector<Candidate> selected = selection(std::move(found), options);
  keep_copy(keep, &CompareStages::selected, selected);
  Alignment result;
  result.passages = edit_scripts(text, weights, selected, options);
  keep_copy(keep, &CompareStages::passages, result.passages);
  std::vector<Candidate> moved = moved_text(text.a, text.b, weights, seeds, result.passages, options, tuning);
  keep_copy(keep, &CompareStages::moved, moved);
  result.passages = cut_at_moves(std::move(result.passages), edit_scripts(text, weights, moved, options), text.a,
                                 text.b, weights, tuning.moves);
  mark_moved(result.passages);
  finish(result, text.a, text.b);
  return result;
}

Result<Alignment> diff(std::string_view a, std::string_view b, const Options& options,
                       const Tuning& tuning) {
  if (auto error = check_input(a, b, options)) return *error;
  const TextModel text = text_model(a, b, tuning.text);
  const DiffModeTuning& mode = tuning.diff_mode;

  // The in-order diff of the whole texts.
  const WordWeights weights(text.a, text.b, tuning.seeding);
  std::vector<Passage> whole_text{whole_text_passage(
      text.a, text.b, weights, exact_runs(text.a, text.b, mode.anchor_words, mode.max_anchor_repeats),
      tuning.candidates)};
  if (!options.show_typography) hide_typographic_edits(whole_text, text.a.text, text.b.text);
  Passage& whole = whole_text.front();

  // Blocks it shows removed in one place and inserted in another: passages found among the
  // changes alone, clustered and banded as in `compare`.
  std::vector<Seed> runs = exact_runs(text.a, text.b, mode.moved_run_words, mode.max_moved_run_repeats);
  std::vector<Seed> seeds = seeds_in_changes(text.a, text.b, whole, runs, mode.moved_run_words);
  // Inside the whole-text passage a moved sentence is not chance: it counts from
  // `moves.min_words`, as text moved next to passages does in `compare`.
  Options moved_options = options;
  moved_options.min_words = std::min(options.min_words, tuning.moves.min_words);
  std::vector<Cluster> clusters = banding(clustering(std::move(seeds), options, tuning), options, tuning);
  std::vector<Passage> moved = edit_scripts(
      text, weights, selection(candidates(text, weights, clusters, moved_options, tuning), moved_options), options);
  // The diff's own view of the block's edges follows the block found.
  uncross_moved_edges(whole, moved, a, b);

  // Shared text in this mode is what the diff keeps plus what moved, not the whole-text passage.
  std::vector<Span> kept_a, kept_b;
  for (const Edit& e : whole.edits)
    if (e.kind == EditKind::equal) kept_a.push_back(e.a), kept_b.push_back(e.b);
  Alignment result;
  result.passages.push_back(std::move(whole));
  for (Passage& p : moved) {
    p.moved = true;
    kept_a.push_back(p.a);
    kept_b.push_back(p.b);
    result.passages.push_back(std::move(p));
  }
  finish(result, text.a, text.b);
  const uint32_t moved_count = static_cast<uint32_t>(moved.size());
  result.a = text_stats(text.a, std::move(kept_a), moved_count);
  result.b = text_stats(text.b, std::move(kept_b), moved_count);
  result.a.passages = result.b.passages = static_cast<uint32_t>(result.passages.size());
  count_changes(result, text.a, text.b);  // the stats above were made afresh
  return result;
}

}  // namespace overlap::align
