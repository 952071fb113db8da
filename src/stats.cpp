#include "stats.hpp"

#include <algorithm>
#include <cstring>

#include "compact_sort.hpp"

namespace overlap {
namespace {

// Code points of tokens visited in ascending order. Most text is mostly ASCII, where a token's
// code points are its bytes: only tokens reaching the next byte beyond ASCII are counted one
// byte at a time.
class CodePoints {
 public:
  explicit CodePoints(std::string_view text) : text_(text) {}

  uint32_t of(Span s) {
    if (next_high_ < s.start) next_high_ = find_high(s.start);
    if (s.end <= next_high_) return s.size();
    uint32_t n = 0;
    for (uint32_t i = s.start; i < s.end; ++i) n += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
    next_high_ = find_high(s.end);
    return n;
  }

 private:
  size_t find_high(size_t from) const {
    size_t i = from;
    for (uint64_t eight; i + 8 <= text_.size(); i += 8) {
      std::memcpy(&eight, text_.data() + i, 8);
      if (eight & 0x8080808080808080ull) break;
    }
    while (i < text_.size() && static_cast<unsigned char>(text_[i]) < 0x80) ++i;
    return i;
  }

  std::string_view text_;
  size_t next_high_ = 0;
};

// Spans sorted by start with touching or overlapping ones merged.
std::vector<Span> merged(std::vector<Span> spans) {
  sort_by_key(spans, [](Span s) { return s.start; });
  std::vector<Span> out;
  for (Span s : spans) {
    if (s.empty()) continue;
    if (!out.empty() && s.start <= out.back().end) out.back().end = std::max(out.back().end, s.end);
    else out.push_back(s);
  }
  return out;
}

// For each word in order, whether it lies wholly inside one of the sorted, merged `spans`: one
// sweep, as both advance together.
std::vector<uint8_t> words_covered(const text::Document& doc, const std::vector<Span>& spans) {
  std::vector<uint8_t> covered(doc.word_count());
  size_t k = 0;  // spans[k - 1] is the last span starting at or before the word
  for (uint32_t w = 0; w < doc.word_count(); ++w) {
    Span s = doc.word_span(w);
    while (k < spans.size() && spans[k].start <= s.start) ++k;
    covered[w] = k > 0 && spans[k - 1].end >= s.end;
  }
  return covered;
}

// One side of an alignment: which words are kept (inside an equal edit of some passage) and
// which lie in some passage at all.
struct Side {
  const text::Document& doc;
  std::vector<uint8_t> kept, in_passages;  // per word

  Side(const text::Document& d, std::vector<Span> kept_spans, std::vector<Span> passage_spans)
      : doc(d), kept(words_covered(d, merged(std::move(kept_spans)))),
        in_passages(words_covered(d, merged(std::move(passage_spans)))) {}

  bool changed(uint32_t w) const { return !kept[w]; }

  // Whether a changed word overlaps s (a "-" span in A, a "+" span in B): a word of its own, or
  // the word an apostrophe changed inside.
  bool changes_words_in(Span s) const {
    auto first = std::lower_bound(doc.words.begin(), doc.words.end(), s.start,
                                  [&](uint32_t t, uint32_t at) { return doc.tokens[t].span.end <= at; });
    for (auto it = first; it != doc.words.end() && doc.tokens[*it].span.start < s.end; ++it)
      if (changed(static_cast<uint32_t>(it - doc.words.begin()))) return true;
    return false;
  }

  uint32_t changed_words() const { return static_cast<uint32_t>(std::count(kept.begin(), kept.end(), 0)); }

  // Stretches of consecutive words that no passage covers.
  uint32_t unshared_stretches() const {
    uint32_t n = 0;
    bool outside = false;
    for (uint8_t inside : in_passages) {
      n += !inside && !outside;
      outside = !inside;
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
  Side sa(a, std::move(kept_a), std::move(in_a));
  Side sb(b, std::move(kept_b), std::move(in_b));
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

uint32_t changed_words(const text::Document& doc, std::vector<Span> kept) {
  const std::vector<uint8_t> covered = words_covered(doc, merged(std::move(kept)));
  return static_cast<uint32_t>(std::count(covered.begin(), covered.end(), 0));
}

TextStats text_stats(const text::Document& doc, std::vector<Span> spans, uint32_t moved) {
  TextStats stats;
  stats.length = static_cast<uint32_t>(doc.text.size());
  stats.words = doc.word_count();
  stats.passages = static_cast<uint32_t>(spans.size());
  stats.moved = moved;
  sort_by_key(spans, [](Span s) { return s.start; });
  uint64_t total = 0, inside = 0;
  size_t k = 0;
  uint32_t covered_to = 0;  // end of the merged spans that start before the current token
  CodePoints code_points(doc.text);
  for (const Token& t : doc.tokens) {
    if (t.kind == TokenKind::space) continue;
    uint32_t n = code_points.of(t.span);
    total += n;
    while (k < spans.size() && spans[k].start <= t.span.start) covered_to = std::max(covered_to, spans[k++].end);
    if (t.span.end <= covered_to) inside += n;
  }
  stats.shared = total ? double(inside) / double(total) : 0.0;
  return stats;
}

}  // namespace overlap
