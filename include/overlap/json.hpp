// The JSON form of a result, as printed by `overlap --json` and shared by the test vectors.
#pragma once

#include <string>
#include <vector>

#include "overlap/types.hpp"

namespace overlap {

/// {"units": "utf8", "a": {"length", "words", "shared", "passages", "moved"}, "b": {...},
///  "passages": [{"a": [s, e], "b": [s, e], "similarity", "moved", "edits": [["=", [s, e], [s, e]], ...]}],
///  "warnings": [...]}. Fractions are rounded to 4 decimals. One passage per line.
std::string to_json(const Alignment& alignment);

/// A comparison with several sources: {"units", "a": {...}, "sources": [{"name", "length",
/// "words", "shared", "a_shared", "passages", "moved", "changed"}], "passages": [{"source": k,
/// "a", "b", "similarity", "moved", "edits"}], "warnings"}, where a passage's "b" and its edits'
/// B spans index source k (counted from 0). `names` name the sources in order.
std::string to_json(const SourcesAlignment& alignment, const std::vector<std::string>& names);

}  // namespace overlap
