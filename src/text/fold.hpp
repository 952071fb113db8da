// Match keys: the form in which two words count as the same word.
#pragma once

#include <string>
#include <string_view>

namespace overlap::text {

/// NFKC case folding, then typographic folding: curly quotes, primes and apostrophes become
/// straight ones, every dash and minus becomes "-". Appends the key of `word` to `out`.
void append_fold(std::string_view word, std::string& out);

}  // namespace overlap::text
