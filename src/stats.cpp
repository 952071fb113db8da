#include "stats.hpp"

#include <algorithm>

namespace overlap {
namespace {

uint32_t code_points(std::string_view s) {
  uint32_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Spans sorted by start with touching or overlapping ones merged.
std::vector<Span> merged(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](Span l, Span r) { return l.start < r.start; });
  std::vector<Span> out;
  for (Span s : spans) {
    if (s.empty()) continue;
    if (!out.empty() && s.start <= out.back().end) out.back().end = std::max(out.back().end, s.end);
    else out.push_back(s);
  }
  return out;
}

// Whether span s lies wholly inside one of the sorted, merged `spans`.
bool covered(const std::vector<Span>& spans, Span s) {
  auto it = std::upper_bound(spans.begin(), spans.end(), s.start, [](uint32_t x, Span r) { return x < r.start; });
  return it != spans.begin() && (--it)->end >= s.end && it->start <= s.start;
}

// One side of an alignment: which words are kept (inside an equal edit of some passage) and
// which lie in some passage at all.
struct Side {
  const text::Document& doc;
  std::vector<Span> kept, in_passages;

  bool changed(uint32_t w) const { return !covered(kept, doc.word_span(w)); }

  // Whether a changed word overlaps s (a "-" span in A, a "+" span in B): a word of its own, or
  // the word an apostrophe changed inside.
  bool changes_words_in(Span s) const {
    auto first = std::lower_bound(doc.words.begin(), doc.words.end(), s.start,
                                  [&](uint32_t t, uint32_t at) { return doc.tokens[t].span.end <= at; });
    for (auto it = first; it != doc.words.end() && doc.tokens[*it].span.start < s.end; ++it)
      if (changed(static_cast<uint32_t>(it - doc.words.begin()))) return true;
    return false;
  }

  uint32_t changed_words() const {
    uint32_t n = 0;
    for (uint32_t w = 0; w < doc.word_count(); ++w) n += changed(w);
    return n;
  }

  // Stretches of consecutive words that no passage covers.
  uint32_t unshared_stretches() const {
    uint32_t n = 0;
    bool outside = false;
    for (uint32_t w = 0; w < doc.word_count(); ++w) {
      bool out = !covered(in_passages, doc.word_span(w));
      n += out && !outside;
      outside = out;
    }
    return n;
  }
};

}  // namespace

void count_changes(Alignment& result, const text::Document& a, const text::Document& b) {
  std::vector<Span> kept_a, kept_b, in_a, in_b;
  for (const Passage& p : result.passages) {
    in_a.push_back(p.a);
    in_b.push_back(p.b);
    for (const Edit& e : p.edits) {
      if (e.kind != EditKind::equal) continue;
      kept_a.push_back(e.a);
      kept_b.push_back(e.b);
    }
  }
  Side sa{a, merged(std::move(kept_a)), merged(std::move(in_a))};
  Side sb{b, merged(std::move(kept_b)), merged(std::move(in_b))};
  uint32_t changes = sa.unshared_stretches() + sb.unshared_stretches();
  for (const Passage& p : result.passages) {
    changes += p.moved;  // a move is a change of its own, besides the edits inside it
    bool in_change = false, counted = false;
    for (const Edit& e : p.edits) {
      if (e.kind == EditKind::equal) {
        in_change = false;
        continue;
      }
      if (!in_change) counted = false;
      in_change = true;
      // Moved text in the diff mode is removed and inserted in the whole-text passage but kept
      // by its moved passage: only a change of some word counts.
      bool words = e.kind == EditKind::remove ? sa.changes_words_in(e.a) : sb.changes_words_in(e.b);
      if (words && !counted) ++changes, counted = true;
    }
  }
  result.changes = changes;
  result.a.changed = sa.changed_words();
  result.b.changed = sb.changed_words();
}

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
