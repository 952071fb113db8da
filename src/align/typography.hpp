// Hiding edits that only change typography (quote style, apostrophes, dashes, spacing).
#pragma once

#include <string_view>
#include <vector>

#include "overlap/types.hpp"

namespace overlap::align {

/// Turns every change of a passage whose removed text (in `a`) and inserted text (in `b`) are
/// typographic variants of each other ("don't" / "don’t") into an equal edit, merged with its
/// neighbours. Spans keep tiling their passages.
void hide_typographic_edits(std::vector<Passage>& passages, std::string_view a, std::string_view b);

}  // namespace overlap::align
