// See overlap_property_sets.h. Compiled into ICU's common library for wasm (CMakeLists.txt).
#include "overlap_property_sets.h"

#include "unicode/uchar.h"
#include "uprops.h"
#include "uset_imp.h"

U_NAMESPACE_BEGIN

namespace {

void addStart(USet *set, UChar32 c) { reinterpret_cast<UnicodeSet *>(set)->add(c); }
void addStartRange(USet *set, UChar32 start, UChar32 end) { reinterpret_cast<UnicodeSet *>(set)->add(start, end); }

int32_t lineBreak(UChar32 c) {
    return (int32_t)(u_getUnicodeProperties(c, 2) & UPROPS_LB_MASK) >> UPROPS_LB_SHIFT;
}

int32_t script(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status);
}

}  // namespace

void overlapApplyPropertyTest(UnicodeSet &set, OverlapPropertyTest *test, int32_t value, UErrorCode &status) {
    if (U_FAILURE(status)) return;
    // Where the main properties trie (general category) or the properties vectors trie (script,
    // line break, alphabetic) start a new range of values: ICU's own inclusions for those two
    // property sources (CharacterProperties, UPROPS_SRC_CHAR_AND_PROPSVEC).
    UnicodeSet starts;
    USetAdder adder = {reinterpret_cast<USet *>(&starts), addStart, addStartRange, nullptr, nullptr, nullptr};
    uchar_addPropertyStarts(&adder, &status);
    upropsvec_addPropertyStarts(&adder, &status);
    if (U_FAILURE(status)) return;

    // UnicodeSet::applyFilter's walk over the inclusions.
    set.clear();
    UChar32 runStart = -1;
    for (int32_t i = 0; i < starts.getRangeCount(); ++i) {
        for (UChar32 c = starts.getRangeStart(i), end = starts.getRangeEnd(i); c <= end; ++c) {
            if (test(c, value)) {
                if (runStart < 0) runStart = c;
            } else if (runStart >= 0) {
                set.add(runStart, c - 1);
                runStart = -1;
            }
        }
    }
    if (runStart >= 0) set.add(runStart, 0x10FFFF);
    if (set.isBogus()) status = U_MEMORY_ALLOCATION_ERROR;
}

bool overlapIsScript(UChar32 c, int32_t code) { return script(c) == code; }

bool overlapIsComplexContextOfScript(UChar32 c, int32_t code) {
    return script(c) == code && lineBreak(c) == U_LB_COMPLEX_CONTEXT;
}

bool overlapIsComplexContextMarkOfScript(UChar32 c, int32_t code) {
    return overlapIsComplexContextOfScript(c, code) && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool overlapIsDigitOpenPunctuationOrAlphabetic(UChar32 c, int32_t) {
    return (U_GET_GC_MASK(c) & (U_GC_ND_MASK | U_GC_PI_MASK | U_GC_PS_MASK)) != 0 ||
           (u_getUnicodeProperties(c, 1) & U_MASK(UPROPS_ALPHABETIC)) != 0;  // u_isUAlphabetic
}

bool overlapIsClosePunctuation(UChar32 c, int32_t) {
    return (U_GET_GC_MASK(c) & (U_GC_PC_MASK | U_GC_PD_MASK | U_GC_PE_MASK | U_GC_PF_MASK | U_GC_PO_MASK)) != 0;
}

bool overlapIsHanOrKana(UChar32 c, int32_t) {
    int32_t s = script(c);
    return s == USCRIPT_HAN || s == USCRIPT_HIRAGANA || s == USCRIPT_KATAKANA;
}

U_NAMESPACE_END
