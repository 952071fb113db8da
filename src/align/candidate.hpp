// From a cluster of seeds to a candidate passage: edges snapped, edits computed, scored.
#pragma once

#include "align/cluster.hpp"
#include "align/edit_script.hpp"
#include "align/similarity.hpp"
#include "align/token_diff.hpp"
#include "overlap/types.hpp"

namespace overlap::align {

struct Candidate {
  Passage passage;
  uint32_t words_a = 0, words_b = 0, kept_words = 0;
  uint32_t wa0 = 0, wa1 = 0, wb0 = 0, wb1 = 0;  ///< word rectangle
};

/// Whether the cluster is wide enough on both sides to give a passage of `min_words` words after
/// its edges are snapped to sentences; narrower ones need not be built at all.
bool could_reach(const Cluster& cluster, uint32_t min_words);

/// The exact seeds inside the word rectangle that can all hold at once (increasing in both
/// texts), chosen greedily longest first, as one anchor per word: the diff's fixed points.
std::vector<Anchor> chain_anchors(const text::Document& a, const text::Document& b,
                                  std::vector<Seed> seeds, uint32_t wa0, uint32_t wa1,
                                  uint32_t wb0, uint32_t wb1);

/// A token diff already computed for the token ranges [ta0, ta1) and [tb0, tb1).
struct TokenDiff {
  uint32_t ta0 = 0, ta1 = 0, tb0 = 0, tb1 = 0;
  std::vector<TokenOp> ops;
};

/// The passage for a word rectangle as it stands (no trimming): edges snapped to sentences and
/// widened over clinging punctuation, edits computed with the exact seeds as anchors (or taken
/// from `known` when it covers exactly the final ranges).
Candidate build_candidate(const text::Document& a, const text::Document& b,
                          const WordWeights& weights, uint32_t wa0, uint32_t wa1, uint32_t wb0,
                          uint32_t wb1, const std::vector<Seed>& seeds,
                          const TokenDiff* known = nullptr);

/// Builds the passage a cluster stands for: its word rectangle with each edge moved to the
/// nearest sentence boundary when one is within a few words, extended over punctuation that
/// clings to its first and last words, then diffed.
Candidate make_candidate(const text::Document& a, const text::Document& b, const WordWeights& weights,
                         const Cluster& cluster);

/// Same as `make_candidate`, for an explicit word rectangle and its exact seeds.
Candidate make_candidate(const text::Document& a, const text::Document& b, const WordWeights& weights,
                         uint32_t wa0,
                         uint32_t wa1, uint32_t wb0, uint32_t wb1, const std::vector<Seed>& seeds);

}  // namespace overlap::align
