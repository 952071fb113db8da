// Whether ICU can provide what segmentation and folding need. A trimmed data package (the
// WebAssembly build links one in) or a broken installation would otherwise show up only as
// silently poorer results: one token per text, one sentence, no case folding at all.
#pragma once

#include <unicode/utypes.h>

#include <optional>
#include <span>
#include <string_view>

#include "overlap/types.hpp"

namespace overlap::text {

/// One ICU service the core relies on and the status ICU gave when it was opened.
struct IcuProbe {
  std::string_view service;  ///< what failed, as the error names it: "ICU word break rules"
  UErrorCode status = U_ZERO_ERROR;
};

/// The internal error for the first failed probe ("ICU word break rules unavailable:
/// U_MISSING_RESOURCE_ERROR"), or nullopt when every probe succeeded. ICU's warnings (a
/// fallback to root data, say) are successes: the service works.
std::optional<Error> icu_failure(std::span<const IcuProbe> probes);

/// Opens each service the core needs, as the segmenter and the folder open them, and reports
/// the first that fails. Probed once per process; ICU's data never changes afterwards (extra
/// packages are accepted only before the first lookup).
std::optional<Error> icu_unavailable();

}  // namespace overlap::text
