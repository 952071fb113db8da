// Value types of Overlap's public API: spans, edits, passages, statistics, options, errors.
// Plain data only; no ICU or dtl type ever appears here.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace overlap {

/// A half-open range [start, end) of offsets into one text. In C++ the unit is the UTF-8 byte;
/// `to_units()` converts a whole result to UTF-16 code units or code points.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return start == end; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class EditKind : uint8_t {
  equal,   ///< "=": the same words on both sides (up to case, quotes, dashes, normalization)
  remove,  ///< "-": words only in A; its B span is empty, at the position they were removed from
  insert,  ///< "+": words only in B; its A span is empty
};

/// One step of a passage's word-level edit script. The A spans of `equal` and `remove` edits
/// concatenate to the passage's A span; the B spans of `equal` and `insert` edits to its B span.
struct Edit {
  EditKind kind = EditKind::equal;
  Span a;
  Span b;
  friend bool operator==(const Edit&, const Edit&) = default;
};

/// A pair of passages, one in each text, that share their wording.
struct Passage {
  Span a;
  Span b;
  /// In [0, 1]: the share of the two sides' words found on the other side, in any order and up
  /// to inflection, rare words weighing more than common ones. 1 for a verbatim copy.
  double similarity = 0;
  /// Out of order relative to the other passages: a paragraph moved far away, or a sentence
  /// reordered inside what is otherwise one passage (which is then cut into in-order pieces).
  bool moved = false;
  std::vector<Edit> edits;
  /// Which source `b` and the edits' B spans index, comparing A with several sources
  /// (`compare_sources`); always 0 comparing two texts.
  uint32_t source = 0;
  friend bool operator==(const Passage&, const Passage&) = default;
};

/// Figures for one of the two texts.
struct TextStats {
  uint32_t length = 0;    ///< in the result's units
  uint32_t words = 0;     ///< word and number tokens
  double shared = 0;      ///< fraction of non-space characters inside passages, in [0, 1]
  uint32_t passages = 0;  ///< how many passages lie in this text
  uint32_t moved = 0;     ///< how many of them are moved
  /// Words of this text that changed: inside a "-" (A) or "+" (B) edit, or outside every
  /// passage; a word with a character edit counts. Moved words that are kept do not.
  uint32_t changed = 0;
  friend bool operator==(const TextStats&, const TextStats&) = default;
};

enum class Units : uint8_t { utf8, utf16, codepoints };

/// The result of `compare` or `diff`. Passages are sorted by their start in A.
struct Alignment {
  Units units = Units::utf8;
  TextStats a;
  TextStats b;
  std::vector<Passage> passages;
  /// Places where the texts differ: each run of "-" and "+" edits inside a passage that changes
  /// a word, each moved passage, and each stretch of words outside every passage, in A and in
  /// B. 0, with no changed words on either side, means the texts say the same thing word for
  /// word, in the same order.
  uint32_t changes = 0;
  /// Things the caller should know that did not stop the comparison, e.g. invalid UTF-8
  /// replaced by U+FFFD for matching (offsets still index the original bytes).
  std::vector<std::string> warnings;
  friend bool operator==(const Alignment&, const Alignment&) = default;
};

/// The result of `compare_sources`: A against sources B1…Bn. Each stretch of A is attributed to
/// the source that shares it best (to every source that shares it, with `allow_repeats`);
/// each passage names its source, and its `b` and its edits' B spans index that source's text.
/// Passages are sorted by their start in A.
struct SourcesAlignment {
  Units units = Units::utf8;
  /// Figures for A against all the sources together: `shared` is the share of A inside some
  /// passage, `changed` the words of A no passage keeps.
  TextStats a;
  /// Figures for each source, in the order given: how much of it A took, in how many passages.
  /// `a_shared` is the share of A attributed to this source.
  struct Source {
    TextStats stats;
    double a_shared = 0;
    friend bool operator==(const Source&, const Source&) = default;
  };
  std::vector<Source> sources;
  std::vector<Passage> passages;
  std::vector<std::string> warnings;  ///< as `Alignment::warnings`, naming "A" or "source k"
  friend bool operator==(const SourcesAlignment&, const SourcesAlignment&) = default;
};

/// Every knob of the comparison, with the defaults used by the widget and the CLI.
struct Options {
  /// Shortest passage reported, in words on the shorter side. Shorter shared runs are the
  /// stock phrases any two texts on one subject share ("on Tuesday", "in the capital"). Next to
  /// shared passages a copied sentence is not chance: text moved inside or near them is a
  /// passage from 10 words on (5 when against passages in both texts), text anywhere from 5
  /// words when its wording is too rare to be chance (see README, stage 10), and the in-order
  /// pieces of a passage cut around such text may be shorter too.
  uint32_t min_words = 20;
  /// How far apart, in words, two matching stretches may be on either side and still be joined
  /// into one passage: the tolerance for inserted, deleted and rewritten words.
  uint32_t gap_words = 50;
  /// Lowest similarity of a reported passage (see `Passage::similarity`). Unrelated texts on one
  /// subject score about 0.2 to 0.3; translated and back-translated passages 0.4 and up.
  double min_similarity = 0.4;
  /// Whether one stretch of A may be reported against several places in B (and vice versa),
  /// as when B quotes a paragraph of A twice. Off: each text's passages never overlap.
  bool allow_repeats = false;
  /// Whether differences only in quote style, apostrophes, dashes or spacing ("don't" against
  /// "don’t", "–" against "—") are shown as edits. Off: such words are equal, as a reader sees them.
  bool show_typography = false;
  friend bool operator==(const Options&, const Options&) = default;
};

/// Largest input accepted per text, in bytes. Above it `compare` and `diff` return
/// `ErrorCode::input_too_large` instead of attempting the work. (The WebAssembly build accepts
/// 16 MB: its memory ends at 2 GB.)
inline constexpr uint32_t max_input_bytes = 64u << 20;

/// The most sources `compare_sources` takes at once; together they are held to
/// `max_input_bytes` as one text is.
inline constexpr uint32_t max_sources = 1000;

enum class ErrorCode : uint8_t {
  invalid_options,   ///< an option is out of range
  input_too_large,   ///< a text exceeds `max_input_bytes`
  internal,          ///< ICU reported a failure (e.g. missing data); the message says which
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;  ///< for people, e.g. "input A is 80 MB; the limit is 64 MB"
  /// What the error concerns, for programs: the option ("min_words", "gap_words",
  /// "min_similarity") for `invalid_options`; the input ("A", "B", or "text" for `segment` and
  /// `fold`) for `input_too_large`; empty when it concerns the whole call (`internal`).
  std::string subject;
};

/// Either a value or an error; errors are values in this API, never exceptions.
template <class T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}
  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return std::get<0>(state_); }
  T& value() & { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace overlap
