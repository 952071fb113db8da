// The pieces of the terminal reports (`overlap A B` and `overlap A B1 B2 …`): line numbers,
// percentages, and one passage pair with its edits marked inline, in colour (red struck-through
// removals, green insertions) or, without colour, with git word-diff markers: [-removed-]{+inserted+}.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "overlap/types.hpp"

namespace overlap::cli {

inline constexpr std::string_view bold = "\x1b[1m", yellow = "\x1b[33m", reset = "\x1b[0m";

/// 1-based line numbers of byte offsets, by binary search over the line starts.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  uint32_t line_of(uint32_t offset) const;
  /// "line 3" or "lines 3–5" for the non-empty span s.
  std::string lines(Span s) const;

 private:
  std::vector<uint32_t> starts_{0};
};

/// The parts one after the other. (Appending part by part: GCC 12 warns falsely, -Wrestrict, on
/// chains of "literal" + std::string.)
std::string concat(std::initializer_list<std::string_view> parts);

/// Whole percent, but never rounding a little to 0% or almost all to 100%.
std::string percent(double x);

/// "1 word", "3 words".
std::string count(size_t n, std::string_view singular, std::string_view plural);

/// "bytes", "UTF-16 units" or "code points".
std::string_view unit_name(Units units);

/// `text` in the SGR style `sgr` when `color`.
std::string styled(std::string_view text, std::string_view sgr, bool color);

/// One passage of a report: "#n  A line 3 [s, e)  ↔  B line 7 [s, e)  ·  95% similar", then its
/// text with the edits marked. `bytes` slices the texts; `shown` gives the printed offsets and
/// figures. `b_label` names B ("B", or "B2" among several sources).
std::string passage_block(size_t number, const Passage& bytes, const Passage& shown, std::string_view a,
                          std::string_view b, const LineIndex& a_lines, const LineIndex& b_lines,
                          std::string_view b_label, bool color);

}  // namespace overlap::cli
