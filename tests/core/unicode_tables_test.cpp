// The Unicode property table the build generates from ICU (src/text/unicode_tables) in place of
// ICU's own lookups: the same value for every code point, so that the sentence rules, the
// segmenter and (in the wasm build) ICU's break engines see what ICU's functions would give.
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <tuple>

#include "text/character_properties.hpp"

namespace overlap {
namespace {

// Compares `ours` with `icu` for every code point; reports the first few differences.
template <class Ours, class Icu>
void expect_every_code_point(const char* property, Ours ours, Icu icu) {
  size_t differences = 0;
  for (UChar32 c = 0; c <= UCHAR_MAX_VALUE; ++c) {
    int64_t a = ours(static_cast<char32_t>(c)), b = icu(c);
    if (a != b && ++differences <= 5) ADD_FAILURE() << property << " of U+" << std::hex << c << ": table " << a << ", ICU " << b;
  }
  EXPECT_EQ(differences, 0u) << property;
}

TEST(UnicodeTables, SentenceBreakIsIcus) {
  expect_every_code_point("Sentence_Break", [](char32_t c) { return text::character_properties(c).sentence_break(); },
                          [](UChar32 c) { return u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK); });
}

TEST(UnicodeTables, CharacterPropertiesAreIcus) {
  using text::character_properties;
  expect_every_code_point("Script", [](char32_t c) { return character_properties(c).script(); },
                          [](UChar32 c) { UErrorCode status = U_ZERO_ERROR; return uscript_getScript(c, &status); });
  expect_every_code_point("General_Category", [](char32_t c) { return character_properties(c).general_category(); },
                          [](UChar32 c) { return u_charType(c); });
  expect_every_code_point("General_Category mask", [](char32_t c) { return character_properties(c).general_category_mask(); },
                          [](UChar32 c) { return U_GET_GC_MASK(c); });
  expect_every_code_point("Line_Break=Complex_Context", [](char32_t c) { return character_properties(c).complex_context(); },
                          [](UChar32 c) { return u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT; });
  expect_every_code_point("Alphabetic", [](char32_t c) { return character_properties(c).alphabetic(); },
                          [](UChar32 c) { return u_isUAlphabetic(c) != 0; });
  expect_every_code_point("White_Space", [](char32_t c) { return character_properties(c).white_space(); },
                          [](UChar32 c) { return u_isUWhiteSpace(c) != 0; });
}

// A walk over all code points may step over a block the table calls uniform: by ICU's own
// functions, every code point in it has the properties of the first.
TEST(UnicodeTables, UniformBlocksHaveOneValue) {
  auto icu = [](UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    return std::tuple(uscript_getScript(c, &status), u_charType(c), u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT,
                      u_isUAlphabetic(c), u_isUWhiteSpace(c), u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
  };
  constexpr UChar32 block = 1 << text::character_properties_table::block_bits;
  size_t uniform = 0;
  for (UChar32 start = 0; start <= UCHAR_MAX_VALUE; start += block) {
    if (!text::same_properties_in_block(start)) continue;
    ++uniform;
    for (UChar32 c = start + 1; c < start + block; ++c) ASSERT_EQ(icu(c), icu(start)) << "U+" << std::hex << c;
  }
  EXPECT_GT(uniform, 0u);
}

}  // namespace
}  // namespace overlap
