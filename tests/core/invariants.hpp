// Invariants every Alignment must satisfy, checked by each test that computes a result.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>

#include "overlap/overlap.hpp"

namespace overlap::testing {

// True when `offset` is not in the middle of a UTF-8 sequence (continuation bytes 10xxxxxx are
// only accepted after an invalid lead, where each stray byte counts as its own unit).
inline bool on_boundary(std::string_view text, uint32_t offset) {
  if (offset == 0 || offset >= text.size()) return true;
  auto byte = static_cast<unsigned char>(text[offset]);
  if ((byte & 0xC0) != 0x80) return true;
  // A continuation byte: accept only if it does not belong to a well-formed sequence that
  // started before it, i.e. the nearest lead byte within 3 bytes does not cover it.
  for (uint32_t back = 1; back <= 3 && back <= offset; ++back) {
    auto lead = static_cast<unsigned char>(text[offset - back]);
    if ((lead & 0xC0) == 0x80) continue;
    uint32_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return back >= len;  // inside the sequence iff back < len
  }
  return true;
}

inline std::string span_text(std::string_view text, Span s) {
  return std::string(text.substr(s.start, s.size()));
}

// Checks one passage's edits tile its spans.
inline void expect_tiling(const Passage& p, const std::string& where) {
  uint32_t ca = p.a.start, cb = p.b.start;
  for (size_t k = 0; k < p.edits.size(); ++k) {
    const Edit& e = p.edits[k];
    std::string at = where + " edit " + std::to_string(k);
    switch (e.kind) {
      case EditKind::equal:
        EXPECT_EQ(e.a.start, ca) << at;
        EXPECT_EQ(e.b.start, cb) << at;
        EXPECT_FALSE(e.a.empty() && e.b.empty()) << at << ": empty equal edit";
        break;
      case EditKind::remove:
        EXPECT_EQ(e.a.start, ca) << at;
        EXPECT_TRUE(e.b.empty()) << at << ": '-' edit with a B span";
        EXPECT_EQ(e.b.start, cb) << at << ": '-' edit B position";
        EXPECT_FALSE(e.a.empty()) << at << ": empty '-' edit";
        break;
      case EditKind::insert:
        EXPECT_EQ(e.b.start, cb) << at;
        EXPECT_TRUE(e.a.empty()) << at << ": '+' edit with an A span";
        EXPECT_EQ(e.a.start, ca) << at << ": '+' edit A position";
        EXPECT_FALSE(e.b.empty()) << at << ": empty '+' edit";
        break;
    }
    if (e.kind != EditKind::insert) ca = e.a.end;
    if (e.kind != EditKind::remove) cb = e.b.end;
    EXPECT_LE(e.a.start, e.a.end) << at;
    EXPECT_LE(e.b.start, e.b.end) << at;
  }
  EXPECT_EQ(ca, p.a.end) << where << ": A edits do not reach the passage end";
  EXPECT_EQ(cb, p.b.end) << where << ": B edits do not reach the passage end";
}

// Every invariant of a UTF-8 alignment of `a` and `b`. `repeats_allowed`: skip the no-overlap
// check (Options::allow_repeats). `diff_mode`: the first passage is the whole-text passage and
// the others may overlap it.
inline void expect_invariants(const Alignment& r, std::string_view a, std::string_view b,
                              bool repeats_allowed = false, bool diff_mode = false) {
  ASSERT_EQ(r.units, Units::utf8);
  EXPECT_EQ(r.a.length, a.size());
  EXPECT_EQ(r.b.length, b.size());
  EXPECT_GE(r.a.shared, 0.0);
  EXPECT_LE(r.a.shared, 1.0);
  EXPECT_GE(r.b.shared, 0.0);
  EXPECT_LE(r.b.shared, 1.0);
  for (size_t i = 0; i < r.passages.size(); ++i) {
    const Passage& p = r.passages[i];
    std::string where = "passage " + std::to_string(i);
    EXPECT_LE(p.a.start, p.a.end) << where;
    EXPECT_LE(p.b.start, p.b.end) << where;
    EXPECT_LE(p.a.end, a.size()) << where;
    EXPECT_LE(p.b.end, b.size()) << where;
    EXPECT_TRUE(p.similarity >= 0.0 && p.similarity <= 1.0) << where << ": similarity " << p.similarity;
    for (uint32_t o : {p.a.start, p.a.end}) EXPECT_TRUE(on_boundary(a, o)) << where << " A offset " << o;
    for (uint32_t o : {p.b.start, p.b.end}) EXPECT_TRUE(on_boundary(b, o)) << where << " B offset " << o;
    for (const Edit& e : p.edits) {
      EXPECT_LE(e.a.end, a.size()) << where;
      EXPECT_LE(e.b.end, b.size()) << where;
      for (uint32_t o : {e.a.start, e.a.end}) EXPECT_TRUE(on_boundary(a, o)) << where << " edit A offset " << o;
      for (uint32_t o : {e.b.start, e.b.end}) EXPECT_TRUE(on_boundary(b, o)) << where << " edit B offset " << o;
    }
    expect_tiling(p, where);
  }
  // Sorted by A start (in diff mode: after the whole-text passage).
  size_t first = diff_mode ? 1 : 0;
  for (size_t i = first + 1; i < r.passages.size(); ++i)
    EXPECT_LE(r.passages[i - 1].a.start, r.passages[i].a.start) << "passages not sorted by A start at " << i;
  if (repeats_allowed) return;
  for (size_t i = first; i < r.passages.size(); ++i)
    for (size_t j = i + 1; j < r.passages.size(); ++j) {
      const Passage &p = r.passages[i], &q = r.passages[j];
      EXPECT_TRUE(p.a.end <= q.a.start || q.a.end <= p.a.start) << "A spans of passages " << i << " and " << j << " overlap";
      EXPECT_TRUE(p.b.end <= q.b.start || q.b.end <= p.b.start) << "B spans of passages " << i << " and " << j << " overlap";
    }
}

}  // namespace overlap::testing
