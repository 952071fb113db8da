// The Sentence_Break class of a code point (a USentenceBreak value), read from a table that the
// build generates from ICU (unicode_tables/generate.cpp). Looking it up with ICU's
// u_getIntPropertyValue would be the same answer, but it links ICU's generic property lookup into
// the wasm module: about 38 KB of its gzipped download, against 2.7 KB for this table.
#pragma once

#include <unicode/uversion.h>

#include <cstdint>
#include <string_view>

#include "sentence_break_table.hpp"  // generated in the build tree

namespace overlap::text {

// The table and the ICU that the code is compiled against know the same Unicode (both are ICU 72
// from Debian; tests/core/unicode_tables_test.cpp compares them code point by code point).
static_assert(std::string_view(sentence_break_table::unicode_version) == U_UNICODE_VERSION,
              "the generated Sentence_Break table is from another Unicode version than ICU's headers");

/// The Sentence_Break class of `c`, a code point (at most U+10FFFF).
inline uint8_t sentence_break_class(char32_t c) {
  using namespace sentence_break_table;
  constexpr char32_t in_block = (1u << block_bits) - 1;
  return classes[(char32_t{block_of_code_points[c >> block_bits]} << block_bits) | (c & in_block)];
}

}  // namespace overlap::text
