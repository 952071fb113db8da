// Overlap: find the passages two texts share — moved, lightly edited, in any language — and the
// word-level edits inside each.
//
//   overlap::Result<overlap::Alignment> r = overlap::compare(wire_story, rewrite);
//   if (!r) { report(r.error().message); }
//   for (const overlap::Passage& p : r.value().passages) { ... }
//
// All functions are pure and deterministic: the same input gives the same output, natively and
// in WebAssembly. Texts are UTF-8; invalid sequences are matched as U+FFFD but offsets always
// index the original bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "overlap/types.hpp"

namespace overlap {

/// The library's version, "MAJOR.MINOR.PATCH".
std::string_view version();

/// Shared passages of A and B in any order, each with its word-level edits. Offsets in UTF-8
/// bytes; passages sorted by their start in A.
Result<Alignment> compare(std::string_view a, std::string_view b, const Options& options = {});

/// The classic in-order word diff of two versions of one text, as a single passage covering both
/// texts whose edits tile them entirely. Blocks deleted in one place and inserted in another are
/// additionally reported as moved passages (after the first one), each with its own edits.
Result<Alignment> diff(std::string_view a, std::string_view b, const Options& options = {});

/// Shared passages of A and each of several sources (at least one, at most `max_sources`): what
/// an article took from which wire story. Each stretch of A goes to the source that shares it
/// best, so near-identical versions of one story do not split a passage between them; with
/// `allow_repeats`, to every source that shares it. Seeded over all sources at once: the cost
/// grows with the total size, not with one full comparison per source. With one source, the
/// passages and figures are those of `compare`.
Result<SourcesAlignment> compare_sources(std::string_view a, const std::vector<std::string_view>& sources,
                                         const Options& options = {});

/// Returns `alignment` with every offset and length converted from UTF-8 bytes to `units`.
/// `a` and `b` must be the texts the alignment was computed from.
Alignment to_units(const Alignment& alignment, std::string_view a, std::string_view b, Units units);

/// The same for a comparison with several sources, given in the same order.
SourcesAlignment to_units(const SourcesAlignment& alignment, std::string_view a,
                          const std::vector<std::string_view>& sources, Units units);

/// Checks an options struct; the message names the offending option and its valid range, the
/// subject is the option's name.
std::vector<Error> validate(const Options& options);

/// `ErrorCode::input_too_large` when a text of `bytes` exceeds `limit`, worded the same wherever
/// the limit is enforced ("input A is 80 MB; the limit is 64 MB"); `input` ("A", "B", "text")
/// becomes the subject. `compare` and `diff` check `max_input_bytes` themselves; a caller with a
/// lower limit of its own (the WebAssembly build) checks it with this first.
std::optional<Error> check_size(std::string_view input, size_t bytes, size_t limit = max_input_bytes);

/// `ErrorCode::internal` when ICU cannot provide what segmentation and folding need (its word or
/// sentence break rules, the NFKC case-folding data, text access over UTF-8), naming the item
/// and ICU's status, e.g. "ICU word break rules unavailable: U_MISSING_RESOURCE_ERROR".
/// Checked once per process. `compare` and `diff` return this error themselves; `segment` and
/// `fold` cannot, so call this first where ICU's data may be missing (a trimmed data package).
std::optional<Error> check_icu();

enum class TokenKind : uint8_t {
  space,        ///< white space, including line breaks
  punctuation,  ///< punctuation, symbols and emoji
  word,         ///< letters, including ideographs, kana and scripts without spaces
  number,       ///< digits, with their separators ("3,200", "1.5")
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::space;
  friend bool operator==(const Token&, const Token&) = default;
};

/// ICU word segmentation of `text`. The tokens tile the text: each starts where the previous
/// one ends. Chinese, Japanese and South-East Asian scripts split into words when ICU's
/// dictionaries are available (always natively; in WebAssembly when loaded). Without ICU's
/// break rules (see `check_icu`) the whole text comes back as one word token.
std::vector<Token> segment(std::string_view text);

/// The key two words are matched by: NFKC case folding, then typographic folding (curly quotes
/// and apostrophes to straight ones, dashes to "-"). "Zelenskyy’s" and "ZELENSKYY'S" share a key.
/// Without ICU's normalization data (see `check_icu`) only case folding is applied.
std::string fold(std::string_view text);

/// Name of an edit kind as in the JSON output: "=", "-" or "+".
std::string_view to_string(EditKind kind);
/// Name of a token kind: "space", "punctuation", "word" or "number".
std::string_view to_string(TokenKind kind);
/// Name of an error code: "invalid_options", "input_too_large" or "internal" (as the JS API's
/// `error.code`).
std::string_view to_string(ErrorCode code);
/// Name of a unit: "utf8", "utf16" or "codepoints".
std::string_view to_string(Units units);

}  // namespace overlap
