// The public entry points: the two pipelines with the default tuning, version, segmentation,
// folding, checks of options, sizes and ICU, names.
#include <cmath>
#include <optional>
#include <string>

#include "align/pipeline.hpp"
#include "align/sources.hpp"
#include "overlap/overlap.hpp"
#include "text/fold.hpp"
#include "text/icu_status.hpp"
#include "text/segmenter.hpp"

namespace overlap {

std::string_view version() { return OVERLAP_VERSION; }

Result<Alignment> compare(std::string_view a, std::string_view b, const Options& options) {
  return align::compare(a, b, options, Tuning{});
}

Result<SourcesAlignment> compare_sources(std::string_view a, const std::vector<std::string_view>& sources,
                                         const Options& options) {
  return align::compare_sources(a, sources, options, Tuning{});
}

Result<Alignment> diff(std::string_view a, std::string_view b, const Options& options) {
  return align::diff(a, b, options, Tuning{});
}

std::vector<Token> segment(std::string_view text) { return text::segment_words(text); }

std::string fold(std::string_view text) {
  std::string out;
  text::append_fold(text, out);
  return out;
}

namespace {

// A number for an error message, to six decimals without trailing zeros ("1.5", "-0.25"); none
// when that would not show it (not finite, a billion or more, or rounding to zero). Not
// std::to_string(double): that brings printf's number formatting into the wasm module, 3 KB of
// its gzipped download for this one message.
std::optional<std::string> decimal(double x) {
  const double magnitude = std::fabs(x);
  if (!(magnitude < 1e9) || (x != 0 && magnitude < 5e-7)) return std::nullopt;
  const long long millionths = std::llround(magnitude * 1e6);
  std::string fraction = std::to_string(millionths % 1000000 + 1000000).substr(1);  // six digits
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string out = x < 0 ? "-" : "";
  out += std::to_string(millionths / 1000000);
  if (!fraction.empty()) out += "." + fraction;
  return out;
}

}  // namespace

std::vector<Error> validate(const Options& options) {
  std::vector<Error> errors;
  auto fail = [&](std::string option, std::string range, std::optional<std::string> value) {
    std::string message = option + " must be between " + range;
    if (value) message += ", not " + *value;
    errors.push_back({ErrorCode::invalid_options, std::move(message), std::move(option)});
  };
  if (options.min_words < 1 || options.min_words > 10000)
    fail("min_words", "1 and 10000", std::to_string(options.min_words));
  if (options.gap_words > 10000)
    fail("gap_words", "0 and 10000", std::to_string(options.gap_words));
  if (!(options.min_similarity >= 0.0 && options.min_similarity <= 1.0))  // also rejects NaN
    fail("min_similarity", "0 and 1", decimal(options.min_similarity));
  return errors;
}

std::optional<Error> check_size(std::string_view input, size_t bytes, size_t limit) {
  if (bytes <= limit) return std::nullopt;
  auto megabytes = [](size_t n) { return std::to_string((n + (1u << 20) - 1) >> 20) + " MB"; };
  return Error{ErrorCode::input_too_large,
               "input " + std::string(input) + " is " + megabytes(bytes) + "; the limit is " + megabytes(limit),
               std::string(input)};
}

std::optional<Error> check_icu() { return text::icu_unavailable(); }

std::string_view to_string(EditKind kind) {
  switch (kind) {
    case EditKind::equal: return "=";
    case EditKind::remove: return "-";
    case EditKind::insert: return "+";
  }
  return "?";
}

std::string_view to_string(TokenKind kind) {
  switch (kind) {
    case TokenKind::space: return "space";
    case TokenKind::punctuation: return "punctuation";
    case TokenKind::word: return "word";
    case TokenKind::number: return "number";
  }
  return "?";
}

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_options: return "invalid_options";
    case ErrorCode::input_too_large: return "input_too_large";
    case ErrorCode::internal: return "internal";
  }
  return "internal";
}

std::string_view to_string(Units units) {
  switch (units) {
    case Units::utf8: return "utf8";
    case Units::utf16: return "utf16";
    case Units::codepoints: return "codepoints";
  }
  return "?";
}

}  // namespace overlap
