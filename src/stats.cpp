#include "stats.hpp"

#include <algorithm>

namespace overlap {
namespace {

uint32_t code_points(std::string_view s) {
  uint32_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

TextStats text_stats(const text::Document& doc, std::vector<Span> spans, uint32_t moved) {
  TextStats stats;
  stats.length = static_cast<uint32_t>(doc.text.size());
  stats.words = doc.word_count();
  stats.passages = static_cast<uint32_t>(spans.size());
  stats.moved = moved;
  std::sort(spans.begin(), spans.end(), [](Span l, Span r) { return l.start < r.start; });
  uint64_t total = 0, inside = 0;
  size_t k = 0;
  uint32_t covered_to = 0;  // end of the merged spans that start before the current token
  for (const Token& t : doc.tokens) {
    if (t.kind == TokenKind::space) continue;
    uint32_t n = code_points(doc.text.substr(t.span.start, t.span.size()));
    total += n;
    while (k < spans.size() && spans[k].start <= t.span.start) covered_to = std::max(covered_to, spans[k++].end);
    if (t.span.end <= covered_to) inside += n;
  }
  stats.shared = total ? double(inside) / double(total) : 0.0;
  return stats;
}

}  // namespace overlap
