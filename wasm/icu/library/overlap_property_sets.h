// Sets of code points by character property, built from ICU's property tries alone.
//
// ICU's dictionary break engines (dictbe.cpp) and its fallback for scripts without one
// (brkeng.cpp) describe their character sets as UnicodeSet patterns ("[[:Thai:]&[:LineBreak=SA:]]")
// or by UnicodeSet::applyIntPropertyValue. Either way goes through ICU's generic property lookup,
// whose tables reach every property ICU knows (bidi, case, normalization, names of properties and
// values): about 60 KB of gzipped wasm for the handful of properties these sets use. The patches
// in patches/ build the same sets with these functions instead. They read the few properties they
// need (script, general category, line break, alphabetic) from Overlap's own generated table
// through the overlapProperty functions below, rather than from ICU's property tables.
#ifndef OVERLAP_PROPERTY_SETS_H
#define OVERLAP_PROPERTY_SETS_H

#include "unicode/uniset.h"
#include "unicode/uscript.h"

U_NAMESPACE_BEGIN

/*
 * Defined outside this library, by the module that links it (wasm/icu/overlap_character_properties.cpp),
 * from Overlap's table of the properties (src/text/character_properties.hpp), which the build
 * generates from ICU's. ICU's own tables for them (uchar_props_data.h) are then never linked.
 */
/** uscript_getScript(c) */
UScriptCode overlapScript(UChar32 c);
/** U_GET_GC_MASK(c) */
uint32_t overlapGeneralCategoryMask(UChar32 c);
/** u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT */
bool overlapIsComplexContext(UChar32 c);
/** u_isUAlphabetic(c) */
bool overlapIsAlphabetic(UChar32 c);
/** The last code point from `c` on whose properties above are surely those of `c` (at least `c`). */
UChar32 overlapSamePropertiesUntil(UChar32 c);

/** Whether `c` is in the set that `value` (a script code, or unused) selects. */
typedef bool OverlapPropertyTest(UChar32 c, int32_t value);

/**
 * Replaces the contents of `set` with the code points that pass `test`, the way
 * UnicodeSet::applyIntPropertyValue does: the test is asked at each code point where a property
 * it can read may change, and its answer holds until the next such code point.
 */
void overlapApplyPropertyTest(UnicodeSet &set, OverlapPropertyTest *test, int32_t value, UErrorCode &status);

/** [:<script>:] (Script, not Script_Extensions). */
bool overlapIsScript(UChar32 c, int32_t script);
/** [[:<script>:]&[:LineBreak=SA:]] */
bool overlapIsComplexContextOfScript(UChar32 c, int32_t script);
/** [[:<script>:]&[:LineBreak=SA:]&[:M:]] */
bool overlapIsComplexContextMarkOfScript(UChar32 c, int32_t script);
/** [[:Nd:][:Pi:][:Ps:][:Alphabetic:]] */
bool overlapIsDigitOpenPunctuationOrAlphabetic(UChar32 c, int32_t unused);
/** [[:Pc:][:Pd:][:Pe:][:Pf:][:Po:]] */
bool overlapIsClosePunctuation(UChar32 c, int32_t unused);
/** [[:Han:][:Hiragana:][:Katakana:]] */
bool overlapIsHanOrKana(UChar32 c, int32_t unused);

U_NAMESPACE_END

#endif
