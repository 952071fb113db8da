// Sets of code points by character property, built from ICU's property tries alone.
//
// ICU's dictionary break engines (dictbe.cpp) and its fallback for scripts without one
// (brkeng.cpp) describe their character sets as UnicodeSet patterns ("[[:Thai:]&[:LineBreak=SA:]]")
// or by UnicodeSet::applyIntPropertyValue. Either way goes through ICU's generic property lookup,
// whose tables reach every property ICU knows (bidi, case, normalization, names of properties and
// values): about 60 KB of gzipped wasm for the handful of properties these sets use. The patches
// in patches/ build the same sets with these functions instead, which read only the general
// category and the properties vectors (script, line break, alphabetic) that the module needs anyway.
#ifndef OVERLAP_PROPERTY_SETS_H
#define OVERLAP_PROPERTY_SETS_H

#include "unicode/uniset.h"
#include "unicode/uscript.h"

U_NAMESPACE_BEGIN

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
