// Candidates: from a cluster's box to a candidate passage, with trimmed edges snapped to
// sentences, its token diff and the figures it is judged by.
#pragma once

#include <optional>
#include <vector>

#include "align/cluster.hpp"
#include "align/edit_script.hpp"
#include "align/similarity.hpp"
#include "align/token_diff.hpp"
#include "overlap/types.hpp"

namespace overlap::align {

struct Candidate {
  WordBox words;        ///< after trimming and snapping
  TokenDiff diff;       ///< the words' tokens (widened over clinging punctuation), diffed
  Span a, b;            ///< byte spans of those tokens
  double similarity = 0;  ///< as `Passage::similarity`
  EditCounts counts;    ///< words on each side and words kept
  /// Strength when candidates compete for the same text: the words kept for copies; a
  /// summary's own measure (see summary.hpp).
  uint32_t rank = 0;
  /// Which source B is, comparing A with several (see sources.hpp); 0 otherwise.
  uint32_t source = 0;
};

/// The exact seeds inside `box` that can all hold at once (increasing in both texts), chosen
/// greedily longest first, as one anchor per word: the diff's fixed points.
std::vector<Anchor> chain_anchors(const text::Document& a, const text::Document& b,
                                  std::vector<Seed> seeds, WordBox box);

/// The candidate for `box` as it stands (no trimming): edges snapped to sentences and widened
/// over clinging punctuation, diffed with the exact seeds as anchors (or taking over `known`
/// when it covers exactly the final tokens). Snapping never takes the edges outside `within`.
Candidate build_candidate(const text::Document& a, const text::Document& b,
                          const WordWeights& weights, WordBox box, const std::vector<Seed>& seeds,
                          const CandidateTuning& tuning, TokenDiff* known = nullptr,
                          const WordBox* within = nullptr);

/// The candidate on exactly `tokens`, which cover words `words`: diffed with the exact seeds as
/// anchors (or taking over `known` when it covers exactly these tokens), with its spans and
/// figures.
Candidate candidate_on(const text::Document& a, const text::Document& b, const WordWeights& weights,
                       WordBox words, TokenBox tokens, const std::vector<Seed>& seeds,
                       const CandidateTuning& tuning, TokenDiff* known = nullptr);

/// The candidate a box of seeds stands for: edges trimmed of stray matches (order-free, then in
/// diff order), then built as above (inside `within`, when given). Nothing when no stretch is
/// worth keeping.
std::optional<Candidate> make_candidate(const text::Document& a, const text::Document& b,
                                        const WordWeights& weights, WordBox box,
                                        const std::vector<Seed>& seeds, const CandidateTuning& tuning,
                                        const WordBox* within = nullptr);

/// The candidate of a cluster: its box and its seeds.
std::optional<Candidate> make_candidate(const text::Document& a, const text::Document& b,
                                        const WordWeights& weights, const Cluster& cluster,
                                        const CandidateTuning& tuning);

/// The narrowest side a cluster may have and still give a passage of `min_words` words:
/// snapping adds at most `sentence_snap_words` at each edge, trimming only removes words.
uint32_t min_cluster_extent(uint32_t min_words, const CandidateTuning& tuning);

}  // namespace overlap::align
