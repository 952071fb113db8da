// Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese)
// are split into words by ICU with a dictionary per script. Without it (the WebAssembly build
// leaves them out unless asked for) ICU returns whole runs of such text as single tokens, with
// no error: the comparison is still right, but coarser, and the caller is told so.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace overlap::text {

/// A warning for each group of scripts that occurs in `text` but whose ICU word dictionary is
/// not available, e.g. "input A has Thai text but ICU's word dictionary for it is not loaded:
/// that text was matched in whole runs of characters, not word by word". Empty natively, where
/// every dictionary is installed.
std::vector<std::string> missing_dictionary_warnings(std::string_view text, std::string_view input);

}  // namespace overlap::text
