#include "convert.hpp"

#include <unicode/utf8.h>

#include <string>

namespace overlap::wasm {
namespace {

using emscripten::val;

// Copies `values` into a new JS typed array of the matching type (`new Uint32Array(view)` copies).
template <class T>
val copy_out(const char* array_type, const std::vector<T>& values) {
  return val::global(array_type).new_(emscripten::typed_memory_view(values.size(), values.data()));
}

// Layouts of the flat arrays; js/overlap-api-shape.mjs reads them with the same strides.
constexpr size_t passage_stride = 6;  // a.start, a.end, b.start, b.end, moved, edit count
constexpr size_t edit_stride = 5;     // kind, a.start, a.end, b.start, b.end

// Stats: length, words, shared, passages, moved, changed for A, the same for B, then changes.
void push_stats(std::vector<double>& out, const TextStats& s) {
  out.insert(out.end(), {double(s.length), double(s.words), s.shared, double(s.passages), double(s.moved),
                         double(s.changed)});
}

}  // namespace

val tokens_to_js(const std::vector<Token>& tokens, std::string_view text) {
  std::vector<uint32_t> spans;
  std::vector<uint8_t> kinds;
  spans.reserve(tokens.size() * 2);
  kinds.reserve(tokens.size());
  // Tokens tile the text, so one forward walk converts every byte offset to UTF-16 units.
  int32_t byte = 0, n = static_cast<int32_t>(text.size());
  uint32_t unit = 0;
  auto advance_to = [&](uint32_t target) {
    while (byte < n && static_cast<uint32_t>(byte) < target) {
      UChar32 c;
      U8_NEXT(text.data(), byte, n, c);  // ill-formed bytes count as one U+FFFD, as natively
      unit += c > 0xFFFF ? 2 : 1;
    }
    return unit;
  };
  for (const Token& t : tokens) {
    spans.push_back(advance_to(t.span.start));
    spans.push_back(advance_to(t.span.end));
    kinds.push_back(static_cast<uint8_t>(t.kind));
  }
  val out = val::object();
  out.set("spans", copy_out("Uint32Array", spans));
  out.set("kinds", copy_out("Uint8Array", kinds));
  return out;
}

val alignment_to_js(const Alignment& alignment) {
  std::vector<double> stats, similarity;
  std::vector<uint32_t> passages, edits;
  push_stats(stats, alignment.a);
  push_stats(stats, alignment.b);
  stats.push_back(double(alignment.changes));
  size_t edit_count = 0;
  for (const Passage& p : alignment.passages) edit_count += p.edits.size();
  passages.reserve(alignment.passages.size() * passage_stride);
  edits.reserve(edit_count * edit_stride);
  for (const Passage& p : alignment.passages) {
    passages.insert(passages.end(), {p.a.start, p.a.end, p.b.start, p.b.end, uint32_t(p.moved),
                                     uint32_t(p.edits.size())});
    similarity.push_back(p.similarity);
    for (const Edit& e : p.edits)
      edits.insert(edits.end(), {uint32_t(e.kind), e.a.start, e.a.end, e.b.start, e.b.end});
  }
  val warnings = val::array();
  for (const std::string& w : alignment.warnings) warnings.call<void>("push", w);
  val out = val::object();
  out.set("units", std::string(to_string(alignment.units)));
  out.set("stats", copy_out("Float64Array", stats));
  out.set("passages", copy_out("Uint32Array", passages));
  out.set("similarity", copy_out("Float64Array", similarity));
  out.set("edits", copy_out("Uint32Array", edits));
  out.set("warnings", warnings);
  return out;
}

val error_to_js(std::string_view code, std::string_view message) {
  val out = val::object();
  out.set("error", std::string(code));
  out.set("message", std::string(message));
  return out;
}

val error_to_js(const Error& error) { return error_to_js(to_string(error.code), error.message); }

}  // namespace overlap::wasm
