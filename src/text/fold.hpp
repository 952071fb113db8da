// Match keys: the form in which two words count as the same word.
#pragma once

#include <string>
#include <string_view>

namespace overlap::text {

/// NFKC case folding, then typographic folding: curly quotes, primes and apostrophes become
/// straight ones, every dash and minus becomes "-". Appends the key of `word` to `out`.
void append_fold(std::string_view word, std::string& out);

/// Whether x and y differ only in quote style, apostrophes, dashes or white space: equal once
/// every quote, prime and dash is folded as in match keys and every run of white space is one
/// space. Case and letters count.
bool typographic_variants(std::string_view x, std::string_view y);

}  // namespace overlap::text
