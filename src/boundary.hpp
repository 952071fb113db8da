// The API's boundary, shared by `compare` and `diff`: input checks on the way in, statistics and
// warnings on the way out.
#pragma once

#include <optional>
#include <string_view>

#include "overlap/overlap.hpp"
#include "text/document.hpp"

namespace overlap {

/// The error for options out of range, inputs over the size limit or ICU data missing, if any.
std::optional<Error> check_input(std::string_view a, std::string_view b, const Options& options);

/// Fills in the statistics, the change counts and the warnings of `result`, whose passages are
/// final.
void finish(Alignment& result, const text::Document& a, const text::Document& b);

}  // namespace overlap
