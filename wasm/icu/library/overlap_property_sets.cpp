// See overlap_property_sets.h. Compiled into ICU's common library for wasm (CMakeLists.txt).
#include "overlap_property_sets.h"

#include "unicode/uchar.h"

U_NAMESPACE_BEGIN

void overlapApplyPropertyTest(UnicodeSet &set, OverlapPropertyTest *test, int32_t value, UErrorCode &status) {
    if (U_FAILURE(status)) return;
    // UnicodeSet::applyFilter's walk, over the runs of code points with the same properties.
    set.clear();
    UChar32 runStart = -1;
    for (UChar32 c = 0; c <= 0x10FFFF; c = overlapSamePropertiesUntil(c) + 1) {
        if (test(c, value)) {
            if (runStart < 0) runStart = c;
        } else if (runStart >= 0) {
            set.add(runStart, c - 1);
            runStart = -1;
        }
    }
    if (runStart >= 0) set.add(runStart, 0x10FFFF);
    if (set.isBogus()) status = U_MEMORY_ALLOCATION_ERROR;
}

bool overlapIsScript(UChar32 c, int32_t code) { return overlapScript(c) == code; }

bool overlapIsComplexContextOfScript(UChar32 c, int32_t code) {
    return overlapScript(c) == code && overlapIsComplexContext(c);
}

bool overlapIsComplexContextMarkOfScript(UChar32 c, int32_t code) {
    return overlapIsComplexContextOfScript(c, code) && (overlapGeneralCategoryMask(c) & U_GC_M_MASK) != 0;
}

bool overlapIsDigitOpenPunctuationOrAlphabetic(UChar32 c, int32_t) {
    return (overlapGeneralCategoryMask(c) & (U_GC_ND_MASK | U_GC_PI_MASK | U_GC_PS_MASK)) != 0 ||
           overlapIsAlphabetic(c);
}

bool overlapIsClosePunctuation(UChar32 c, int32_t) {
    return (overlapGeneralCategoryMask(c) & (U_GC_PC_MASK | U_GC_PD_MASK | U_GC_PE_MASK | U_GC_PF_MASK | U_GC_PO_MASK)) != 0;
}

bool overlapIsHanOrKana(UChar32 c, int32_t) {
    int32_t s = overlapScript(c);
    return s == USCRIPT_HAN || s == USCRIPT_HIRAGANA || s == USCRIPT_KATAKANA;
}

U_NAMESPACE_END
