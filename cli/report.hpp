// The terminal report of `overlap A B`: a summary, then each passage pair with its edits marked
// inline, in colour (red struck-through removals, green insertions) or, without colour, with
// git word-diff markers: [-removed-]{+inserted+}.
#pragma once

#include <string>
#include <string_view>

#include "overlap/types.hpp"

namespace overlap::cli {

struct ReportInput {
  std::string_view a;       ///< the texts, as compared
  std::string_view b;
  std::string_view a_name;  ///< how to name them, e.g. their paths
  std::string_view b_name;
  const Alignment* bytes;   ///< the result in UTF-8 bytes: slices the texts
  const Alignment* shown;   ///< the same result in the units to print (may equal `bytes`)
};

std::string render_report(const ReportInput& input, bool color);

}  // namespace overlap::cli
