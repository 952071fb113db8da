// The JSON form of a result, as printed by `overlap --json` and shared by the test vectors.
#pragma once

#include <string>

#include "overlap/types.hpp"

namespace overlap {

/// {"units": "utf8", "a": {"length", "words", "shared", "passages", "moved"}, "b": {...},
///  "passages": [{"a": [s, e], "b": [s, e], "similarity", "moved", "edits": [["=", [s, e], [s, e]], ...]}],
///  "warnings": [...]}. Fractions are rounded to 4 decimals. One passage per line.
std::string to_json(const Alignment& alignment);

}  // namespace overlap
