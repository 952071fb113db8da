// Script, General_Category, Line_Break=Complex_Context, Alphabetic, White_Space and
// Sentence_Break of a code point, read from a table the build generates from ICU
// (unicode_tables/generate.cpp). ICU's own functions give the same answers
// (tests/core/unicode_tables_test.cpp compares them code point by code point), but their tables
// hold every property ICU knows, and u_getIntPropertyValue links a lookup of all of them: about
// 65 KB of the wasm module's gzipped download, against about 8 KB for this table. The wasm
// build's ICU reads its break engines' character sets from here too
// (wasm/icu/overlap_character_properties.cpp).
#pragma once

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uversion.h>

#include <cstdint>
#include <string_view>

#include "character_properties_table.hpp"  // generated in the build tree

namespace overlap::text {

static_assert(std::string_view(character_properties_table::unicode_version) == U_UNICODE_VERSION,
              "the generated character property table is from another Unicode version than ICU's headers");

/// The properties of one code point, in the table's layout (generate.cpp).
class CharacterProperties {
 public:
  explicit constexpr CharacterProperties(uint32_t bits) : bits_(bits) {}
  constexpr UScriptCode script() const { return static_cast<UScriptCode>(bits_ & 0xFF); }
  constexpr UCharCategory general_category() const { return static_cast<UCharCategory>((bits_ >> 8) & 0x1F); }
  /// U_MASK(general_category()), as ICU's U_GET_GC_MASK gives it.
  constexpr uint32_t general_category_mask() const { return 1u << general_category(); }
  /// Line_Break=Complex_Context (SA): scripts written without spaces between words.
  constexpr bool complex_context() const { return bits_ >> 13 & 1; }
  constexpr bool alphabetic() const { return bits_ >> 14 & 1; }
  constexpr bool white_space() const { return bits_ >> 15 & 1; }
  /// A USentenceBreak value.
  constexpr uint8_t sentence_break() const { return static_cast<uint8_t>(bits_ >> 16); }

 private:
  uint32_t bits_;
};

/// The properties of `c`, a code point (at most U+10FFFF).
inline CharacterProperties character_properties(char32_t c) {
  using namespace character_properties_table;
  constexpr char32_t in_block = (1u << block_bits) - 1;
  uint32_t block = block_of_code_points[c >> block_bits];
  return CharacterProperties(records[record_numbers[(block << block_bits) | (c & in_block)]]);
}

/// Whether all the code points of the block of 2^block_bits that holds `c` have the same
/// properties: a walk over every code point can step over such a block at once.
inline bool same_properties_in_block(char32_t c) {
  using namespace character_properties_table;
  uint32_t first = uint32_t{block_of_code_points[c >> block_bits]} << block_bits;
  for (uint32_t i = 1; i < (1u << block_bits); ++i) {
    if (record_numbers[first + i] != record_numbers[first]) return false;
  }
  return true;
}

}  // namespace overlap::text
