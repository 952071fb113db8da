// The terminal report of `overlap A B1 B2 …`: A and each source with how much of A it gave, then
// the passages grouped by source, each with its edits marked as in the two-text report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "overlap/types.hpp"

namespace overlap::cli {

struct SourcesReportInput {
  std::string_view a;                    ///< the texts, as compared
  std::vector<std::string_view> sources;
  std::string_view a_name;               ///< how to name them, e.g. their paths
  std::vector<std::string> source_names;
  const SourcesAlignment* bytes;         ///< the result in UTF-8 bytes: slices the texts
  const SourcesAlignment* shown;         ///< the same result in the units to print
};

std::string render_sources_report(const SourcesReportInput& input, bool color);

}  // namespace overlap::cli
