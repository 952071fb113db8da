#include "convert.hpp"

#include <unicode/utf8.h>

#include <string>
#include <utility>

#include "layout.hpp"

namespace overlap::wasm {
namespace {

// Appends one record of `stride` zeros to `out` and returns where it starts.
template <class T>
size_t new_record(std::vector<T>& out, uint32_t stride) {
  out.resize(out.size() + stride);
  return out.size() - stride;
}

void push_stats(std::vector<double>& out, const TextStats& s, uint32_t changes) {
  namespace f = layout::stats;
  size_t at = new_record(out, f::stride);
  out[at + f::length] = s.length;
  out[at + f::words] = s.words;
  out[at + f::shared] = s.shared;
  out[at + f::passages] = s.passages;
  out[at + f::moved] = s.moved;
  out[at + f::changed] = s.changed;
  out[at + f::changes] = changes;
}

void push_passage(std::vector<uint32_t>& out, const Passage& p) {
  namespace f = layout::passage;
  size_t at = new_record(out, f::stride);
  out[at + f::a_start] = p.a.start;
  out[at + f::a_end] = p.a.end;
  out[at + f::b_start] = p.b.start;
  out[at + f::b_end] = p.b.end;
  out[at + f::moved] = p.moved;
  out[at + f::edit_count] = static_cast<uint32_t>(p.edits.size());
}

void push_edit(std::vector<uint32_t>& out, const Edit& e) {
  namespace f = layout::edit;
  size_t at = new_record(out, f::stride);
  out[at + f::kind] = static_cast<uint32_t>(e.kind);
  out[at + f::a_start] = e.a.start;
  out[at + f::a_end] = e.a.end;
  out[at + f::b_start] = e.b.start;
  out[at + f::b_end] = e.b.end;
}

// A JS object {stride, <field>: offset, ...}.
Record record_layout(uint32_t stride, std::initializer_list<std::pair<const char*, uint32_t>> fields) {
  Record out;
  out.number("stride", stride);
  for (auto [name, offset] : fields) out.number(name, offset);
  return out;
}

}  // namespace

Record tokens_record(const std::vector<Token>& tokens, std::string_view text) {
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
  Record out;
  out.uint32s("spans", std::move(spans)).bytes("kinds", std::move(kinds));
  return out;
}

namespace {

// Adds `passages`, `similarity`, `edits` and `warnings` to `out`: what both result kinds share.
void add_passages(Record& out, const std::vector<Passage>& list, const std::vector<std::string>& warning_list) {
  std::vector<double> similarity;
  std::vector<uint32_t> passages, edits;
  size_t edit_count = 0;
  for (const Passage& p : list) edit_count += p.edits.size();
  passages.reserve(list.size() * layout::passage::stride);
  edits.reserve(edit_count * layout::edit::stride);
  for (const Passage& p : list) {
    push_passage(passages, p);
    similarity.push_back(p.similarity);
    for (const Edit& e : p.edits) push_edit(edits, e);
  }
  Record warnings;
  for (const std::string& w : warning_list) warnings.text("", w);
  out.uint32s("passages", std::move(passages)).float64s("similarity", std::move(similarity));
  out.uint32s("edits", std::move(edits)).list("warnings", std::move(warnings));
}

}  // namespace

Record alignment_record(const Alignment& alignment) {
  std::vector<double> stats;
  push_stats(stats, alignment.a, alignment.changes);
  push_stats(stats, alignment.b, alignment.changes);
  Record out;
  out.text("units", std::string(to_string(alignment.units))).float64s("stats", std::move(stats));
  add_passages(out, alignment.passages, alignment.warnings);
  return out;
}

Record sources_record(const SourcesAlignment& alignment) {
  std::vector<double> stats, a_shared;
  std::vector<uint32_t> passage_sources;
  push_stats(stats, alignment.a, 0);
  for (const SourcesAlignment::Source& s : alignment.sources) {
    push_stats(stats, s.stats, 0);
    a_shared.push_back(s.a_shared);
  }
  for (const Passage& p : alignment.passages) passage_sources.push_back(p.source);
  Record out;
  out.text("units", std::string(to_string(alignment.units))).float64s("stats", std::move(stats));
  out.float64s("aShared", std::move(a_shared)).uint32s("sources", std::move(passage_sources));
  add_passages(out, alignment.passages, alignment.warnings);
  return out;
}

Record layout_record() {
  namespace p = layout::passage;
  namespace e = layout::edit;
  namespace s = layout::stats;
  Record out;
  out.object("passage", record_layout(p::stride, {{"aStart", p::a_start}, {"aEnd", p::a_end}, {"bStart", p::b_start},
                                               {"bEnd", p::b_end}, {"moved", p::moved}, {"editCount", p::edit_count}}));
  out.object("edit", record_layout(e::stride, {{"kind", e::kind}, {"aStart", e::a_start}, {"aEnd", e::a_end},
                                            {"bStart", e::b_start}, {"bEnd", e::b_end}}));
  out.object("stats", record_layout(s::stride, {{"length", s::length}, {"words", s::words}, {"shared", s::shared},
                                             {"passages", s::passages}, {"moved", s::moved}, {"changed", s::changed},
                                             {"changes", s::changes}}));
  return out;
}

Record error_record(std::string_view code, std::string_view message, std::string_view subject) {
  Record out;
  out.text("error", std::string(code)).text("message", std::string(message)).text("subject", std::string(subject));
  return out;
}

Record error_record(const Error& error) { return error_record(to_string(error.code), error.message, error.subject); }

}  // namespace overlap::wasm
