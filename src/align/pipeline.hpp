// The alignment pipeline, stage by stage: the one place where the sequence of `compare` and of
// `diff` is written. The public entry points, the benchmarks and the tests all come through here.
#pragma once

#include <string_view>
#include <vector>

#include "align/candidate.hpp"
#include "align/cluster.hpp"
#include "align/seed.hpp"
#include "align/similarity.hpp"
#include "overlap/types.hpp"
#include "text/document.hpp"
#include "tuning.hpp"

namespace overlap::align {

/// Stage 1, the text model: both texts segmented, folded and interned against one interner.
struct TextModel {
  text::Interner interner;
  text::Document a, b;
};
TextModel text_model(std::string_view a, std::string_view b, const TextTuning& tuning);

/// The two documents the stages below compare: a text model's, or A and one of several sources.
struct TextPair {
  const text::Document& a;
  const text::Document& b;
  TextPair(const text::Document& a, const text::Document& b) : a(a), b(b) {}
  TextPair(const TextModel& text) : a(text.a), b(text.b) {}  // NOLINT: a model is its pair
};

/// Stage 2, seeding: exact word runs and similar sentence pairs.
std::vector<Seed> seeding(TextPair text, const Options& options, const SeedTuning& tuning);

/// Stage 3, clustering: seeds within the gap tolerance of each other in both texts.
std::vector<Cluster> clustering(std::vector<Seed> seeds, const Options& options, const Tuning& tuning);

/// Stage 4, banding: clusters of passages in opposite orders split apart.
std::vector<Cluster> banding(std::vector<Cluster> clusters, const Options& options, const Tuning& tuning);

/// Stage 5, carving: clusters cut around text that another passage matches elsewhere.
std::vector<Cluster> carving(std::vector<Cluster> clusters, const Options& options, const Tuning& tuning);

/// Stage 6, candidates: each cluster that can become a passage, trimmed, snapped and diffed.
std::vector<Candidate> candidates(TextPair text, const WordWeights& weights,
                                  const std::vector<Cluster>& clusters, const Options& options,
                                  const Tuning& tuning);

/// Stage 7, summaries: a few sentences condensing a long stretch of the other text.
std::vector<Candidate> summaries(TextPair text, const WordWeights& weights,
                                 const std::vector<Seed>& seeds, const std::vector<Candidate>& copies,
                                 const Options& options, const Tuning& tuning);

/// Stage 8, selection: the strongest candidates that do not overlap, sorted by start in A.
std::vector<Candidate> selection(std::vector<Candidate> candidates, const Options& options);

/// Stage 9, edit scripts: the selected candidates as passages with their word-level edits;
/// changes of typography alone (quote style, dashes, spacing) shown as equal unless
/// `options.show_typography`.
std::vector<Passage> edit_scripts(TextPair text, const WordWeights& weights,
                                  const std::vector<Candidate>& selected, const Options& options);

/// Stage 10, moved text: sentences and paragraphs the edits show removed in one place and
/// inserted in another, paired, and the passages cut around them (`moved_text` and
/// `cut_at_moves` in moved_text.hpp).

/// Stage 11, moves: passages out of order marked as moved (`mark_moved` in selection.hpp).

/// What each stage of `compare` produced, kept (as copies) for benchmarks and tests that look at
/// one stage; the pipeline itself never pays for it.
struct CompareStages {
  TextModel text;
  std::vector<Seed> seeds;
  std::vector<Cluster> clusters, banded, carved;
  std::vector<Candidate> candidates, summaries, selected;
  std::vector<Passage> passages;  ///< the selected candidates' edit scripts, before moved text
  std::vector<Candidate> moved;
};

/// Shared passages of A and B in any order (see `overlap::compare`), with every constant of the
/// method taken from `tuning`; when `keep` is given, each stage's output is copied into it.
Result<Alignment> compare(std::string_view a, std::string_view b, const Options& options,
                          const Tuning& tuning, CompareStages* keep = nullptr);

/// The in-order word diff plus moved blocks (see `overlap::diff`), tuned by `tuning`.
Result<Alignment> diff(std::string_view a, std::string_view b, const Options& options,
                       const Tuning& tuning);

}  // namespace overlap::align
