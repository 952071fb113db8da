// The character properties that ICU's break engines read in the wasm build (the overlapProperty
// functions of library/overlap_property_sets.h), answered from Overlap's generated table
// (src/text/character_properties.hpp) so that ICU's own property tables are never linked.
// Compiled with the module, not with the ICU library: the table is generated in this build tree.
#include "library/overlap_property_sets.h"
#include "text/character_properties.hpp"

U_NAMESPACE_BEGIN

using overlap::text::character_properties;

UScriptCode overlapScript(UChar32 c) { return character_properties(c).script(); }

uint32_t overlapGeneralCategoryMask(UChar32 c) { return character_properties(c).general_category_mask(); }

bool overlapIsComplexContext(UChar32 c) { return character_properties(c).complex_context(); }

bool overlapIsAlphabetic(UChar32 c) { return character_properties(c).alphabetic(); }

UChar32 overlapSamePropertiesUntil(UChar32 c) {
  constexpr UChar32 block = 1 << overlap::text::character_properties_table::block_bits;
  return overlap::text::same_properties_in_block(c) ? (c | (block - 1)) : c;
}

U_NAMESPACE_END
