// Every constant of the alignment, named, with its unit and the reason for its value: the one
// place the defaults live. Internal: the public `Options` are what users set; these are for
// whoever tunes the method (`overlap pan --tune name=value` runs a parameter sweep).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overlap {

/// The text model: how text becomes words and sentences.
struct TextTuning {
  /// letters. Words are compared by their first letters when judging whether two stretches say
  /// the same thing ("foundation"/"foundations", "produced"/"production"): truncation is the
  /// stemmer that needs no language, as good as rule-based ones for English and most European
  /// languages and harmless for scripts with short words.
  uint32_t stem_letters = 5;
  /// bytes. A line longer than this is a paragraph on one line: the text is not hard-wrapped.
  uint32_t wrap_max_line = 120;
  /// bytes. Lines at least this long count as full lines of a wrapped paragraph.
  uint32_t wrap_full_line = 40;
  /// lines. Fewer non-empty lines tell nothing about wrapping.
  uint32_t wrap_min_lines = 4;
  /// share of lines. Hard-wrapped text has mostly full lines; headings and lists do not.
  double wrap_full_share = 0.6;
};

/// Seeding: the evidence that a stretch of A and one of B share wording.
struct SeedTuning {
  /// words. Exact runs this long seed (fewer when passages may be shorter): three-word runs are
  /// specific enough in prose and short enough to survive light editing between them.
  uint32_t run_words = 3;
  /// occurrences. An n-gram this frequent in either text is boilerplate or repetition, not
  /// evidence, and would make the cost quadratic.
  uint32_t max_run_repeats = 8;
  /// cosine and Dice. Both of two sentences' content-word overlaps must reach this for the pair
  /// to seed a passage (the value of the best PAN 2013 systems).
  double sentence_similarity = 0.33;
  /// share of sentences. A word in more of all sentences acts as a function word: it neither
  /// counts towards Dice nor enters the candidate index (keeps generation near-linear).
  double function_word_share = 0.1;
  /// sentences. The function-word threshold is at least this (short texts)…
  uint32_t function_word_min = 3;
  /// sentences. …and at most this: bounds the work per sentence on very long texts.
  uint32_t function_word_max = 64;
  /// words. A sentence pair needs this many shared content words: one is chance.
  uint32_t min_shared_content = 2;
};

/// Clustering: seeds close in both texts join into one cluster.
struct ClusterTuning {
  /// seeds. How many later seeds (in A order) each seed is compared with. Real passages have a
  /// handful within a gap; only repetitive text has more, and it gains nothing from the rest.
  uint32_t max_neighbours = 48;
};

/// Banding: a cluster holding two swapped (or moved-apart) passages is split by diagonal.
struct BandTuning {
  /// share of the gap. A band is long enough to stand on its own as a passage when both of its
  /// sides span this share of the gap tolerance; shorter bands join the nearest long one.
  double long_band_share = 0.5;
  /// seed pairs. Pairs compared to tell whether two bands cross; beyond it (repetitive text)
  /// their bounding boxes decide.
  uint32_t max_crossing_checks = 1u << 16;
};

/// Carving: a cluster is cut around a stretch another cluster matches elsewhere.
struct CarveTuning {
  /// clusters. Clusters starting inside one cluster examined as carvers: real text has a few,
  /// only repetitive text more, and it gains nothing from the rest (the cost stays linear).
  uint32_t max_carvers = 64;
  /// share of a stretch. Seeds covering less than this of a stretch leave it mostly a gap.
  double max_seed_cover = 0.5;
};

/// Candidates: a cluster's box becomes a passage with snapped, trimmed edges and word edits.
struct CandidateTuning {
  /// words. Edges this close to a sentence boundary move onto it: a passage that starts two
  /// words into a sentence almost always shares the sentence, its first words merely reworded.
  uint32_t sentence_snap_words = 4;
  /// words. This many words hanging over a paragraph break (a blank line) at an edge ("cable"
  /// ending a headline above the shared paragraph) are a stray match, not part of the passage.
  uint32_t stray_edge_words = 2;
  /// times a word's weight. What an unmatched word costs when trimming edges order-free: an
  /// edge stretch stays only while at least half of its weight is found on the other side.
  double unmatched_word_cost = 1.0;
  /// Dice of kept words. Below this density the words were shuffled or rewritten and the
  /// in-order trim is skipped: the order-free cut has done the work.
  double in_order_min_density = 0.6;
  /// score. A kept word pair scores this in the in-order trim…
  double in_order_kept_score = 2.0;
  /// times the density. …and a removed or inserted word costs this times the passage's density,
  /// so near-verbatim copies get exact edges and reworded ones keep theirs.
  double in_order_change_cost = 0.5;
  /// token pairs. dtl's cost grows with the product of a gap's lengths for very different
  /// sequences; above this product a gap is reported as replaced, not searched for a few words.
  uint64_t max_gap_product = 4'000'000;
};

/// Summaries: a few sentences of one text condensing a long stretch of the other.
struct SummaryTuning {
  /// gaps. How far apart, in gap tolerances, a summary's echoes may lie in the longer text.
  uint32_t reach_factor = 20;
  /// ratio. The longer side must be at least this many times the shorter: otherwise it is an
  /// ordinary passage and clustering has already judged it.
  double min_compression = 1.5;
  /// sentences. A summary condenses at least this many sentences.
  uint32_t min_sentences = 2;
  /// similarity. Sentences inside a copy this close take no part: paragraphs reused nearly
  /// verbatim and moved independently must stay separate passages.
  double copy_similarity = 0.65;
  /// share of weighted words. The summarized stretch must contain this much of the summary.
  double min_containment = 0.65;
};

/// Moved text: sentences and paragraphs reordered inside a passage's extent or moved just past it,
/// which the passage's in-order edits show as removed in one place and inserted in another.
struct MoveTuning {
  /// words. A moved sentence this long is shared even below `Options::min_words`: min_words
  /// keeps the stock phrases of unrelated texts out, but next to shared passages a copied
  /// sentence is not chance.
  uint32_t min_words = 10;
  /// words. A block lying inside or against passages in both texts (a heading or a short line
  /// moved within copied text) is shared from this length on: the passages around it are the
  /// evidence.
  uint32_t min_touching_words = 5;
  /// words. Seeds of moved text this close join: a lightly edited sentence stays one block, two
  /// sentences moved to different places stay two.
  uint32_t gap_words = 8;
  /// words. A piece of a passage cut around moved text keeps at least this many equal words;
  /// a shorter piece (a "the" left between two moved sentences) is not shown as a passage.
  uint32_t min_piece_words = 3;
  /// bits. A block of `min_touching_words` or more is shared wherever it lies, with or without
  /// passages around it, when its exact words would turn up together by chance less than once in
  /// 2^improbable_bits pairs of texts this long: copied from another version of the story, say,
  /// where the passages follow the first, or a sentence two articles took from one source. One
  /// in a million: names and rare phrasing pass, stock phrases ("he said he would") do not.
  uint32_t improbable_bits = 20;
};

/// The in-order mode (`diff`): one whole-text diff plus the blocks that moved.
struct DiffModeTuning {
  /// words. Anchors for the whole-text diff come from runs this long that are nearly unique:
  /// the evidence the patience diff trusts.
  uint32_t anchor_words = 4;
  /// occurrences. "Nearly unique".
  uint32_t max_anchor_repeats = 2;
  /// words. Moved blocks are seeded by exact runs this long inside removed and inserted text…
  uint32_t moved_run_words = 3;
  /// occurrences. …that appear at most this often in either text.
  uint32_t max_moved_run_repeats = 8;
};

/// The whole table, stage by stage.
struct Tuning {
  TextTuning text;
  SeedTuning seeding;
  ClusterTuning clustering;
  BandTuning banding;
  CarveTuning carving;
  CandidateTuning candidates;
  SummaryTuning summaries;
  MoveTuning moves;
  DiffModeTuning diff_mode;
};

/// Sets the value named "stage.name" (e.g. "seeding.run_words") from its text; the error says
/// why not (unknown name, not a number, out of range).
std::optional<std::string> set_tuning(Tuning& tuning, std::string_view name, std::string_view value);

/// Reads "name = value" lines ('#' starts a comment) into `tuning`; errors name the line.
std::optional<std::string> read_tuning(Tuning& tuning, std::string_view text);

/// Every value as "stage.name = value" lines, in table order (for reports and sweeps).
std::vector<std::string> describe_tuning(const Tuning& tuning);

}  // namespace overlap
