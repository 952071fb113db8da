// Steps shared by `compare` and `diff`: input checks and the finishing touches of a result.
#pragma once

#include <optional>
#include <string_view>

#include "overlap/overlap.hpp"
#include "text/document.hpp"

namespace overlap {

/// The error for options out of range or inputs over the size limit, if any.
std::optional<Error> check_input(std::string_view a, std::string_view b, const Options& options);

/// Finishes `result`, whose passages are final: hides typography-only edits unless
/// `options.show_typography`, then fills in the statistics, the change counts and the warnings.
void finish(Alignment& result, const text::Document& a, const text::Document& b, const Options& options);

}  // namespace overlap
