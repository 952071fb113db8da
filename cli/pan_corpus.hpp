// Running Overlap over a PAN text-alignment corpus: every pair of CORPUS_DIR/pairs compared with
// the given options, detections optionally written as PAN XML, and scored against the gold
// files of the subset folders. Layout: ../shared/corpora/pan13-train/README.md.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "overlap/types.hpp"
#include "align/pipeline.hpp"
#include "tuning.hpp"
#include "pan_measure.hpp"

namespace overlap::pan {

/// The non-empty lines "A B" of a pairs file; nothing (and `error` set) if a line is malformed.
std::vector<std::pair<std::string, std::string>> parse_pairs(std::string_view text, std::string& error);

struct PairEntry {
  std::string susp;  ///< file name in susp/, compared as A
  std::string src;   ///< file name in src/, compared as B
  int subset = -1;   ///< index into Corpus::subsets; -1 if no subset lists the pair
};

struct Corpus {
  std::filesystem::path dir;
  std::vector<std::string> subsets;  ///< folders holding a `pairs` file, by name
  std::vector<PairEntry> pairs;      ///< CORPUS_DIR/pairs, in its order
};

/// Reads CORPUS_DIR/pairs and every subset's `pairs`. On failure `error` is set.
Corpus load_corpus(const std::filesystem::path& dir, std::string& error);

/// "suspicious-document00001-source-document00294.xml": the name of a pair's gold and detection
/// files.
std::string pair_file_name(const PairEntry& pair);

/// The regions PAN scores, one detection per case: the passages as selected, before the
/// moved-text stage cuts a passage reordered inside (a sentence moved within a paragraph) into
/// in-order pieces and the moved pair; moved text just past a passage (within `gap_words` in
/// both texts) widens its region, moved text away from all of them is a region of its own when
/// it has `min_words` words on both sides (a case, not a copied phrase). Byte offsets.
Alignment regions_of(const Alignment& result, const align::CompareStages& stages, uint32_t gap_words,
                     uint32_t min_words);

/// The detections of one alignment computed with offsets in code points ("this" = A).
std::vector<Annotation> detections_of(const Alignment& codepoint_alignment);

struct SubsetScore {
  std::string name;
  size_t pairs = 0;
  size_t case_free_pairs = 0;        ///< pairs whose gold file has no case
  size_t clean_case_free_pairs = 0;  ///< ... and where Overlap detected nothing either
  Tally tally;
};

struct CorpusRun {
  std::vector<SubsetScore> subsets;
  SubsetScore overall;        ///< every pair that belongs to a subset
  size_t unscored_pairs = 0;  ///< pairs in no subset: compared, but without gold to score
  double compare_seconds = 0; ///< time spent in compare() alone, summed over threads
  std::string error;          ///< the first failure; the run stops at it
};

/// Compares every pair on `jobs` threads (0: one per hardware thread) and scores the result.
/// With a non-empty `out_dir`, writes each pair's detection XML there.
CorpusRun run_corpus(const Corpus& corpus, const Options& options, const Tuning& tuning,
                     const std::filesystem::path& out_dir,
                     unsigned jobs);

}  // namespace overlap::pan
