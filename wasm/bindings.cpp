// The Embind surface of the wasm module. JS sees only plain values: strings of UTF-8 bytes in
// (Uint8Array, so lone UTF-16 surrogates were already replaced by TextEncoder, one U+FFFD per
// code unit, which keeps UTF-16 offsets aligned), typed arrays and numbers out. Nothing here
// throws: failures come back as {error, message} values (see convert.hpp).
#include <emscripten/bind.h>
#include <unicode/udata.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "convert.hpp"
#include "overlap/overlap.hpp"

namespace {

using emscripten::val;
using overlap::wasm::error_to_js;

// wasm32 memory ends at 2 GB. compare() peaked at 50 bytes of heap per byte of one input
// (two 9.5 MB texts of edited prose: 482 MB; 16 MB of one repeated word: 690 MB), so 16 MB per
// text stays well inside it, and a larger text is a clear error instead of an abort when the
// heap cannot grow. Natively the limit is overlap::max_input_bytes.
constexpr uint32_t max_input_bytes = std::min<uint32_t>(overlap::max_input_bytes, 16u << 20);

// The core's wording ("input A is 20 MB; the limit is 16 MB") with this build's limit. JS
// calls it too (inputTooLarge) to refuse a text before copying it into wasm memory.
std::optional<val> too_large(const std::string& name, size_t bytes) {
  if (auto error = overlap::check_size(name, bytes, max_input_bytes)) return error_to_js(*error);
  return std::nullopt;
}

val input_too_large(const std::string& name, double bytes) {
  size_t size = bytes < double(SIZE_MAX) ? static_cast<size_t>(bytes) : SIZE_MAX;  // wasm32: 4 GB
  return too_large(name, size).value_or(val::null());
}

// segment() and fold() cannot report a missing ICU data item themselves (compare and diff do).
std::optional<val> icu_unavailable() {
  if (auto error = overlap::check_icu()) return error_to_js(*error);
  return std::nullopt;
}

val segment(const std::string& text) {
  if (auto error = too_large("text", text.size())) return *error;
  if (auto error = icu_unavailable()) return *error;
  return overlap::wasm::tokens_to_js(overlap::segment(text), text);
}

val fold(const std::string& text) {
  if (auto error = too_large("text", text.size())) return *error;
  if (auto error = icu_unavailable()) return *error;
  return val(overlap::fold(text));
}

template <overlap::Result<overlap::Alignment> (*align)(std::string_view, std::string_view,
                                                       const overlap::Options&)>
val align_utf16(const std::string& a, const std::string& b, const overlap::Options& options) {
  if (auto error = too_large("A", a.size())) return *error;
  if (auto error = too_large("B", b.size())) return *error;
  overlap::Result<overlap::Alignment> result = align(a, b, options);
  if (!result) return error_to_js(result.error());
  return overlap::wasm::alignment_to_js(to_units(result.value(), a, b, overlap::Units::utf16));
}

// A against several sources. The sources arrive as one buffer of their UTF-8 bytes one after
// the other and their byte lengths (a Uint32Array): one copy into wasm memory, not one per
// source. Each source and their sum are held to this build's limit, as one text is.
val compare_sources_utf16(const std::string& a, const std::string& joined, const val& lengths,
                          const overlap::Options& options) {
  if (auto error = too_large("A", a.size())) return *error;
  std::vector<std::string_view> sources;
  const uint32_t count = lengths["length"].as<uint32_t>();
  size_t at = 0;
  for (uint32_t k = 0; k < count; ++k) {
    const size_t length = lengths[k].as<uint32_t>();
    if (length > joined.size() - at) return error_to_js("invalid_input", "the sources' lengths exceed their bytes");
    if (auto error = too_large("source " + std::to_string(k + 1), length)) return *error;
    sources.emplace_back(joined.data() + at, length);
    at += length;
  }
  if (auto error = too_large("the sources together", joined.size())) return *error;
  overlap::Result<overlap::SourcesAlignment> result = overlap::compare_sources(a, sources, options);
  if (!result) return error_to_js(result.error());
  return overlap::wasm::sources_to_js(to_units(result.value(), a, sources, overlap::Units::utf16));
}

// Adds an ICU common-data package (the optional dictionaries) next to the linked-in one. ICU
// keeps a list of such packages and searches them in order, but only takes new ones before its
// first data lookup: JS calls this right after instantiation. ICU reads the bytes in place for
// the life of the module, so they are kept and never freed.
val add_icu_data(std::string bytes) {
  static std::string* kept = nullptr;
  if (kept) return error_to_js("invalid_data", "ICU data was already added");
  kept = new std::string(std::move(bytes));
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(kept->data(), &status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING)
    return error_to_js("invalid_data", std::string("not usable as ICU data: ") + u_errorName(status));
  return val::null();
}

// Name tables indexed by the enums' values, so JS never hard-codes their order.
val token_kind_names() {
  val names = val::array();
  for (auto k : {overlap::TokenKind::space, overlap::TokenKind::punctuation, overlap::TokenKind::word,
                 overlap::TokenKind::number})
    names.set(static_cast<int>(k), std::string(overlap::to_string(k)));
  return names;
}

val edit_kind_names() {
  val names = val::array();
  for (auto k : {overlap::EditKind::equal, overlap::EditKind::remove, overlap::EditKind::insert})
    names.set(static_cast<int>(k), std::string(overlap::to_string(k)));
  return names;
}

}  // namespace

EMSCRIPTEN_BINDINGS(overlap) {
  using namespace emscripten;
  using overlap::Options;
  // The JS option names; js/api/overlap-api-options.mjs validates values before they get here.
  value_object<Options>("Options")
      .field("minWords", &Options::min_words)
      .field("gapWords", &Options::gap_words)
      .field("minSimilarity", &Options::min_similarity)
      .field("allowRepeats", &Options::allow_repeats)
      .field("showTypography", &Options::show_typography);

  function("version", +[] { return std::string(overlap::version()); });
  function("defaultOptions", +[] { return Options{}; });
  function("maxInputBytes", +[] { return max_input_bytes; });
  function("inputTooLarge", &input_too_large);
  function("resultLayout", &overlap::wasm::result_layout);
  function("tokenKindNames", &token_kind_names);
  function("editKindNames", &edit_kind_names);
  function("addIcuData", &add_icu_data);
  function("segment", &segment);
  function("fold", &fold);
  function("compare", &align_utf16<&overlap::compare>);
  function("diff", &align_utf16<&overlap::diff>);
  function("compareSources", &compare_sources_utf16);
}
