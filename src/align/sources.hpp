// One text against several sources: which parts of an article came from which wire story.
#pragma once

#include <string_view>
#include <vector>

#include "overlap/types.hpp"
#include "tuning.hpp"

namespace overlap::align {

/// Shared passages of A and each source (see `overlap::compare_sources`), with every constant of
/// the method taken from `tuning`. A is analysed once, each source once, against one interner,
/// with one table of word weights over all of them; each source's seeds (repetition counted
/// within it, so ten versions of a story do not silence its phrases), clusters and candidates
/// are its own, and one selection over all of them attributes each stretch of A to the source
/// that shares it best. Moved text follows, per source, in the text that no passage of any
/// source keeps in A.
Result<SourcesAlignment> compare_sources(std::string_view a, const std::vector<std::string_view>& sources,
                                         const Options& options, const Tuning& tuning);

}  // namespace overlap::align
