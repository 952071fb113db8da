#include "text/icu_status.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/utext.h>

#include <memory>
#include <string>

#include "text/segmenter.hpp"

namespace overlap::text {
namespace {

UErrorCode word_rules_status() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it = open_word_iterator(status);
  return U_SUCCESS(status) && !it ? U_MEMORY_ALLOCATION_ERROR : status;
}

UErrorCode casefold_status() {
  UErrorCode status = U_ZERO_ERROR;
  icu::Normalizer2::getNFKCCasefoldInstance(status);
  return status;
}

// The segmenter reads text through a UText over the caller's UTF-8 bytes.
UErrorCode utf8_text_status() {
  static constexpr char sample[] = "Overlap";
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, sample, sizeof sample - 1, &status);
  utext_close(ut);
  return status;
}

}  // namespace

std::optional<Error> icu_failure(std::span<const IcuProbe> probes) {
  for (const IcuProbe& probe : probes) {
    if (U_SUCCESS(probe.status)) continue;
    return Error{ErrorCode::internal,
                 std::string(probe.service) + " unavailable: " + u_errorName(probe.status), ""};
  }
  return std::nullopt;
}

std::optional<Error> icu_unavailable() {
  static const std::optional<Error> result = [] {
    const IcuProbe probes[] = {
        {"ICU word break rules", word_rules_status()},
        {"ICU NFKC case-folding data", casefold_status()},
        {"ICU text access over UTF-8", utf8_text_status()},
    };
    return icu_failure(probes);
  }();
  return result;
}

}  // namespace overlap::text
