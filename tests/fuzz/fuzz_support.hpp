// What the fuzz targets share: how one fuzz input becomes two texts and options, and the
// invariant checks. A broken invariant prints what broke and aborts, which libFuzzer records as a
// crash with the input that caused it.
#pragma once

#include <unicode/utf8.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "overlap/overlap.hpp"

namespace overlap::fuzz {

/// Separates text A from text B in a fuzz input. 0xF5 can never occur in valid UTF-8, so any
/// real text fits on either side; B may still contain it (only the first one splits).
inline constexpr std::string_view separator = "\xF5\xF5";

struct Case {
  Options options;
  std::string_view a;
  std::string_view b;
};

/// Layout: one byte choosing the options, then A, the separator, B. Options are drawn from small
/// tables so the fuzzer reaches short passages (min_words 1) as well as the defaults. With no
/// separator, B is empty.
inline Case decode(const uint8_t* data, size_t size) {
  Case c;
  if (size == 0) return c;
  uint8_t bits = data[0];
  static constexpr uint32_t min_words[] = {20, 1, 3, 8};
  static constexpr uint32_t gap_words[] = {50, 0, 2, 10};
  static constexpr double min_similarity[] = {0.4, 0.0, 0.8, 1.0};
  c.options.allow_repeats = bits & 1;
  c.options.min_words = min_words[(bits >> 1) & 3];
  c.options.gap_words = gap_words[(bits >> 3) & 3];
  c.options.min_similarity = min_similarity[(bits >> 5) & 3];
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  size_t at = rest.find(separator);
  c.a = rest.substr(0, at);
  c.b = at == std::string_view::npos ? std::string_view() : rest.substr(at + separator.size());
  return c;
}

[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "INVARIANT BROKEN: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

#define OVERLAP_FUZZ_CHECK(cond, what) \
  do {                                 \
    if (!(cond)) ::overlap::fuzz::fail(std::string(#cond) + ": " + (what)); \
  } while (0)

/// Which byte offsets of a text are boundaries: every offset except those strictly inside a
/// well-formed UTF-8 sequence. An invalid byte counts as a boundary on both sides, as ICU
/// (U8_NEXT) reads each ill-formed sequence as one U+FFFD.
class Boundaries {
 public:
  explicit Boundaries(std::string_view text) : inside_(text.size() + 1, false) {
    for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
      int32_t start = i;
      UChar32 c;
      U8_NEXT(text.data(), i, n, c);
      if (c >= 0)
        for (int32_t k = start + 1; k < i; ++k) inside_[k] = true;
    }
  }
  bool ok(uint32_t offset) const { return offset < inside_.size() && !inside_[offset]; }

 private:
  std::vector<bool> inside_;
};

inline bool valid_utf8(std::string_view text) {
  for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

inline std::string show(Span s) { return "[" + std::to_string(s.start) + ", " + std::to_string(s.end) + ")"; }

inline void check_span(Span s, const Boundaries& bounds, size_t length, const std::string& where) {
  OVERLAP_FUZZ_CHECK(s.start <= s.end, where + " " + show(s));
  OVERLAP_FUZZ_CHECK(s.end <= length, where + " " + show(s) + " past the end " + std::to_string(length));
  OVERLAP_FUZZ_CHECK(bounds.ok(s.start) && bounds.ok(s.end), where + " " + show(s) + " splits a character");
}

/// Edits tile the passage: "=" and "-" A spans concatenate to the passage's A span, "=" and "+"
/// B spans to its B span; "-" has an empty B span and "+" an empty A span, at the current position.
inline void check_tiling(const Passage& p, const std::string& where) {
  uint32_t ca = p.a.start, cb = p.b.start;
  for (size_t k = 0; k < p.edits.size(); ++k) {
    const Edit& e = p.edits[k];
    std::string at = where + " edit " + std::to_string(k) + " " + std::string(to_string(e.kind)) +
                     " A " + show(e.a) + " B " + show(e.b);
    if (e.kind != EditKind::insert) {
      OVERLAP_FUZZ_CHECK(e.a.start == ca, at + ": A does not continue at " + std::to_string(ca));
      ca = e.a.end;
    } else {
      OVERLAP_FUZZ_CHECK(e.a.empty() && e.a.start == ca, at);
    }
    if (e.kind != EditKind::remove) {
      OVERLAP_FUZZ_CHECK(e.b.start == cb, at + ": B does not continue at " + std::to_string(cb));
      cb = e.b.end;
    } else {
      OVERLAP_FUZZ_CHECK(e.b.empty() && e.b.start == cb, at);
    }
    OVERLAP_FUZZ_CHECK(!(e.a.empty() && e.b.empty()), at + ": empty edit");
  }
  OVERLAP_FUZZ_CHECK(ca == p.a.end, where + ": A edits end at " + std::to_string(ca) + ", passage " + show(p.a));
  OVERLAP_FUZZ_CHECK(cb == p.b.end, where + ": B edits end at " + std::to_string(cb) + ", passage " + show(p.b));
}

inline bool disjoint(Span x, Span y) { return x.end <= y.start || y.end <= x.start; }

/// Every invariant of a UTF-8 result. `first`: passages before it are exempt from the
/// no-overlap rule (diff's whole-text passage).
inline void check_alignment(const Alignment& r, const Case& c, size_t first) {
  OVERLAP_FUZZ_CHECK(r.units == Units::utf8, "units");
  OVERLAP_FUZZ_CHECK(r.a.length == c.a.size() && r.b.length == c.b.size(), "stats lengths");
  for (const TextStats* s : {&r.a, &r.b})
    OVERLAP_FUZZ_CHECK(s->shared >= 0 && s->shared <= 1, "shared " + std::to_string(s->shared));
  Boundaries ba(c.a), bb(c.b);
  for (size_t i = 0; i < r.passages.size(); ++i) {
    const Passage& p = r.passages[i];
    std::string where = "passage " + std::to_string(i);
    check_span(p.a, ba, c.a.size(), where + " A");
    check_span(p.b, bb, c.b.size(), where + " B");
    OVERLAP_FUZZ_CHECK(p.similarity >= 0 && p.similarity <= 1, where + " similarity " + std::to_string(p.similarity));
    for (const Edit& e : p.edits) {
      check_span(e.a, ba, c.a.size(), where + " edit A");
      check_span(e.b, bb, c.b.size(), where + " edit B");
    }
    check_tiling(p, where);
    if (i > first)
      OVERLAP_FUZZ_CHECK(r.passages[i - 1].a.start <= p.a.start, where + " not sorted by A start");
  }
  // Invalid UTF-8 in a text gives exactly one warning naming it; valid texts give none.
  size_t expected = 0;
  for (auto [name, text] : {std::pair{"input A", c.a}, std::pair{"input B", c.b}}) {
    if (valid_utf8(text)) continue;
    OVERLAP_FUZZ_CHECK(expected < r.warnings.size() && r.warnings[expected].rfind(name, 0) == 0 &&
                           r.warnings[expected].find("UTF-8") != std::string::npos,
                       std::string("no UTF-8 warning for ") + name);
    ++expected;
  }
  OVERLAP_FUZZ_CHECK(r.warnings.size() == expected, "unexpected warnings: " + std::to_string(r.warnings.size()));
  if (c.options.allow_repeats) return;
  for (size_t i = first; i < r.passages.size(); ++i)
    for (size_t j = i + 1; j < r.passages.size(); ++j) {
      const Passage &p = r.passages[i], &q = r.passages[j];
      std::string pair = "passages " + std::to_string(i) + " and " + std::to_string(j);
      OVERLAP_FUZZ_CHECK(disjoint(p.a, q.a), pair + " overlap in A: " + show(p.a) + " " + show(q.a));
      OVERLAP_FUZZ_CHECK(disjoint(p.b, q.b), pair + " overlap in B: " + show(p.b) + " " + show(q.b));
    }
}

}  // namespace overlap::fuzz
