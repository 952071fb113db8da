// Typed geometry of an alignment: ranges of word or token indices in one text, and boxes that
// pair a range of A with a range of B. Words and tokens are different index spaces (a word is
// every other token or so), so they are different types: mixing them up does not compile.
#pragma once

#include <algorithm>
#include <cstdint>

namespace overlap::align {

/// Half-open range [begin, end) of indices in one text; `Unit` says what is counted.
template <class Unit>
struct Range {
  uint32_t begin = 0, end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool overlaps(Range o) const { return begin < o.end && o.begin < end; }
  bool contains(Range o) const { return begin <= o.begin && o.end <= end; }
  /// Entirely before or after `o`, touching allowed.
  bool apart_from(Range o) const { return end <= o.begin || o.end <= begin; }
  /// Words strictly between the two ranges, 0 when they touch or overlap.
  uint32_t distance(Range o) const {
    if (end <= o.begin) return o.begin - end;
    if (o.end <= begin) return begin - o.end;
    return 0;
  }
  /// The smallest range holding both.
  Range hull(Range o) const { return {std::min(begin, o.begin), std::max(end, o.end)}; }
  friend bool operator==(const Range&, const Range&) = default;
};

/// A rectangle: range `a` of A corresponds to range `b` of B.
template <class Unit>
struct Box {
  Range<Unit> a, b;

  Box hull(const Box& o) const { return {a.hull(o.a), b.hull(o.b)}; }
  /// The extent of the narrower side: a passage is as long as its shorter side.
  uint32_t narrower_side() const { return std::min(a.size(), b.size()); }
  /// Position of B's start relative to A's: seeds of one in-order passage share a diagonal.
  int64_t diagonal() const { return int64_t(b.begin) - int64_t(a.begin); }
  friend bool operator==(const Box&, const Box&) = default;
};

struct WordUnit {};
struct TokenUnit {};

using WordRange = Range<WordUnit>;    ///< indices into Document::words
using TokenRange = Range<TokenUnit>;  ///< indices into Document::tokens
using WordBox = Box<WordUnit>;
using TokenBox = Box<TokenUnit>;

}  // namespace overlap::align
