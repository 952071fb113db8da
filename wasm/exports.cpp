// The wasm module's exports: plain C functions, called by js/api/overlap-api-module.mjs. Texts
// come in as UTF-8 bytes the caller copied into wasm memory (lone UTF-16 surrogates already
// replaced by TextEncoder, one U+FFFD per code unit, which keeps UTF-16 offsets aligned) and stay
// the caller's to free. Each function hands its result over as a record (record.hpp) that JS
// copies out, then frees with overlap_release(). Nothing here throws: failures come back as
// {error, message, subject} records (convert.hpp).
//
// Plain exports rather than Embind: Embind's JS runtime was about half of Emscripten's loader,
// and its registries and type names were kilobytes of the wasm.
#include <emscripten/emscripten.h>
#include <unicode/udata.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "convert.hpp"
#include "overlap/overlap.hpp"
#include "record.hpp"

namespace {

using overlap::wasm::error_record;
using overlap::wasm::hand_over;
using overlap::wasm::Record;
using overlap::wasm::Value;

// wasm32 memory ends at 2 GB. compare() peaked at 50 bytes of heap per byte of one input
// (two 9.5 MB texts of edited prose: 482 MB; 16 MB of one repeated word: 690 MB), so 16 MB per
// text stays well inside it, and a larger text is a clear error instead of an abort when the
// heap cannot grow. Natively the limit is overlap::max_input_bytes.
constexpr uint32_t max_input_bytes = std::min<uint32_t>(overlap::max_input_bytes, 16u << 20);

// The core's wording ("input A is 20 MB; the limit is 16 MB") with this build's limit. JS
// calls it too (overlap_input_too_large) to refuse a text before copying it into wasm memory.
std::optional<Record> too_large(std::string_view name, size_t bytes) {
  if (auto error = overlap::check_size(name, bytes, max_input_bytes)) return error_record(*error);
  return std::nullopt;
}

// segment() and fold() cannot report a missing ICU data item themselves (compare and diff do).
std::optional<Record> icu_unavailable() {
  if (auto error = overlap::check_icu()) return error_record(*error);
  return std::nullopt;
}

// The options as JS names them, with their defaults. The exports below take them as plain
// arguments in this order, which is how JS knows it (js/api/overlap-api-core.mjs passes the
// values in the order of these names).
Record options_record(const overlap::Options& o) {
  Record out;
  out.number("minWords", o.min_words).number("gapWords", o.gap_words).number("minSimilarity", o.min_similarity);
  out.boolean("allowRepeats", o.allow_repeats).boolean("showTypography", o.show_typography);
  return out;
}

overlap::Options options_of(uint32_t min_words, uint32_t gap_words, double min_similarity, uint32_t allow_repeats,
                            uint32_t show_typography) {
  return {min_words, gap_words, min_similarity, allow_repeats != 0, show_typography != 0};
}

// Name tables indexed by the enums' values, so JS never hard-codes their order.
template <class Enum>
Record names(std::initializer_list<Enum> values) {
  std::vector<std::string> by_value(values.size());
  for (Enum e : values) by_value[static_cast<size_t>(e)] = std::string(overlap::to_string(e));
  Record out;
  for (std::string& name : by_value) out.text("", std::move(name));
  return out;
}

template <overlap::Result<overlap::Alignment> (*align)(std::string_view, std::string_view,
                                                       const overlap::Options&)>
const Value* align_utf16(std::string_view a, std::string_view b, const overlap::Options& options) {
  if (auto error = too_large("A", a.size())) return hand_over(std::move(*error));
  if (auto error = too_large("B", b.size())) return hand_over(std::move(*error));
  overlap::Result<overlap::Alignment> result = align(a, b, options);
  if (!result) return hand_over(error_record(result.error()));
  return hand_over(overlap::wasm::alignment_record(to_units(result.value(), a, b, overlap::Units::utf16)));
}

}  // namespace

extern "C" {

/// {version, maxInputBytes, layout (layout_record()), defaults (the options), tokenKinds,
/// editKinds (names by value)}: what JS needs to know of the module, in one call.
EMSCRIPTEN_KEEPALIVE const Value* overlap_info() {
  Record out;
  out.text("version", std::string(overlap::version())).number("maxInputBytes", max_input_bytes);
  out.object("layout", overlap::wasm::layout_record()).object("defaults", options_record({}));
  using overlap::TokenKind, overlap::EditKind;
  out.list("tokenKinds", names({TokenKind::space, TokenKind::punctuation, TokenKind::word, TokenKind::number}));
  out.list("editKinds", names({EditKind::equal, EditKind::remove, EditKind::insert}));
  return hand_over(std::move(out));
}

/// The input_too_large error for a text `name` of `bytes` bytes, or null when it is within the
/// limit. `bytes` is a double: JS may ask about texts over 4 GB.
EMSCRIPTEN_KEEPALIVE const Value* overlap_input_too_large(const char* name, size_t name_size, double bytes) {
  size_t size = bytes < double(SIZE_MAX) ? static_cast<size_t>(bytes) : SIZE_MAX;  // wasm32: 4 GB
  auto error = too_large(std::string_view(name, name_size), size);
  return error ? hand_over(std::move(*error)) : nullptr;
}

/// Adds an ICU common-data package (the optional dictionaries) next to the linked-in one, or
/// returns an error. ICU keeps a list of such packages and searches them in order, but only
/// takes new ones before its first data lookup: JS calls this right after instantiation. ICU
/// reads the bytes in place for the life of the module, so this takes them over (they came from
/// malloc) and never frees them.
EMSCRIPTEN_KEEPALIVE const Value* overlap_add_icu_data(const uint8_t* bytes, size_t size) {
  static const uint8_t* kept = nullptr;
  if (kept) return hand_over(error_record("invalid_data", "ICU data was already added"));
  kept = bytes;
  (void)size;  // ICU reads the package's own header for its size
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(kept, &status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING)
    return hand_over(error_record("invalid_data", std::string("not usable as ICU data: ") + u_errorName(status)));
  return nullptr;
}

EMSCRIPTEN_KEEPALIVE const Value* overlap_segment(const char* bytes, size_t size) {
  std::string_view text(bytes, size);
  if (auto error = too_large("text", size)) return hand_over(std::move(*error));
  if (auto error = icu_unavailable()) return hand_over(std::move(*error));
  return hand_over(overlap::wasm::tokens_record(overlap::segment(text), text));
}

/// {text: the folded text}.
EMSCRIPTEN_KEEPALIVE const Value* overlap_fold(const char* bytes, size_t size) {
  if (auto error = too_large("text", size)) return hand_over(std::move(*error));
  if (auto error = icu_unavailable()) return hand_over(std::move(*error));
  Record out;
  out.text("text", overlap::fold(std::string_view(bytes, size)));
  return hand_over(std::move(out));
}

EMSCRIPTEN_KEEPALIVE const Value* overlap_compare(const char* a, size_t a_size, const char* b, size_t b_size,
                                                  uint32_t min_words, uint32_t gap_words, double min_similarity,
                                                  uint32_t allow_repeats, uint32_t show_typography) {
  overlap::Options options = options_of(min_words, gap_words, min_similarity, allow_repeats, show_typography);
  return align_utf16<&overlap::compare>({a, a_size}, {b, b_size}, options);
}

EMSCRIPTEN_KEEPALIVE const Value* overlap_diff(const char* a, size_t a_size, const char* b, size_t b_size,
                                               uint32_t min_words, uint32_t gap_words, double min_similarity,
                                               uint32_t allow_repeats, uint32_t show_typography) {
  overlap::Options options = options_of(min_words, gap_words, min_similarity, allow_repeats, show_typography);
  return align_utf16<&overlap::diff>({a, a_size}, {b, b_size}, options);
}

/// A against several sources. The sources arrive as one buffer of their UTF-8 bytes one after
/// the other and their byte lengths (`lengths_size` bytes of uint32_t): one copy into wasm
/// memory, not one per source. Each source and their sum are held to this build's limit, as one
/// text is.
EMSCRIPTEN_KEEPALIVE const Value* overlap_compare_sources(const char* a, size_t a_size, const char* joined,
                                                          size_t joined_size, const uint32_t* lengths,
                                                          size_t lengths_size, uint32_t min_words, uint32_t gap_words,
                                                          double min_similarity, uint32_t allow_repeats,
                                                          uint32_t show_typography) {
  if (auto error = too_large("A", a_size)) return hand_over(std::move(*error));
  std::vector<std::string_view> sources;
  const size_t count = lengths_size / sizeof(uint32_t);
  size_t at = 0;
  for (size_t k = 0; k < count; ++k) {
    const size_t length = lengths[k];
    if (length > joined_size - at)
      return hand_over(error_record("invalid_input", "the sources' lengths exceed their bytes"));
    if (auto error = too_large("source " + std::to_string(k + 1), length)) return hand_over(std::move(*error));
    sources.emplace_back(joined + at, length);
    at += length;
  }
  if (auto error = too_large("the sources together", joined_size)) return hand_over(std::move(*error));
  std::string_view text_a(a, a_size);
  overlap::Options options = options_of(min_words, gap_words, min_similarity, allow_repeats, show_typography);
  overlap::Result<overlap::SourcesAlignment> result = overlap::compare_sources(text_a, sources, options);
  if (!result) return hand_over(error_record(result.error()));
  return hand_over(overlap::wasm::sources_record(to_units(result.value(), text_a, sources, overlap::Units::utf16)));
}

/// Frees the result the last call handed over; JS calls it once it has copied the result out.
EMSCRIPTEN_KEEPALIVE void overlap_release() { overlap::wasm::release(); }

}  // extern "C"
