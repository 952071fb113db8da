// A missing ICU service is an error that names it, never a silently poorer result.
#include <gtest/gtest.h>

#include <vector>

#include "overlap/overlap.hpp"
#include "text/dictionaries.hpp"
#include "text/icu_status.hpp"

namespace overlap {
namespace {

using text::IcuProbe;

TEST(IcuStatus, AFailedServiceIsAnInternalErrorNamingItAndTheStatus) {
  const IcuProbe probes[] = {{"ICU word break rules", U_MISSING_RESOURCE_ERROR},
                             {"ICU NFKC case-folding data", U_ZERO_ERROR}};
  std::optional<Error> error = text::icu_failure(probes);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->code, ErrorCode::internal);
  EXPECT_EQ(error->message, "ICU word break rules unavailable: U_MISSING_RESOURCE_ERROR");
  EXPECT_EQ(error->subject, "");
}

TEST(IcuStatus, TheFirstFailureIsReported) {
  const IcuProbe probes[] = {{"ICU word break rules", U_ZERO_ERROR},
                             {"ICU sentence break rules", U_FILE_ACCESS_ERROR},
                             {"ICU NFKC case-folding data", U_INVALID_FORMAT_ERROR}};
  std::optional<Error> error = text::icu_failure(probes);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->message, "ICU sentence break rules unavailable: U_FILE_ACCESS_ERROR");
}

TEST(IcuStatus, WarningsAreNotFailures) {
  // ICU warns when it falls back to root data: the service works.
  const IcuProbe probes[] = {{"ICU word break rules", U_USING_DEFAULT_WARNING},
                             {"ICU sentence break rules", U_USING_FALLBACK_WARNING},
                             {"ICU NFKC case-folding data", U_ZERO_ERROR}};
  EXPECT_FALSE(text::icu_failure(probes));
  EXPECT_FALSE(text::icu_failure({}));
}

TEST(IcuStatus, TheSystemIcuHasEverything) {
  // Natively ICU's full data is installed; the wasm suite runs a module without its data
  // (tests/wasm/icu-missing.test.mjs) for the failing case.
  std::optional<Error> error = check_icu();
  EXPECT_FALSE(error) << error->message;
  EXPECT_FALSE(text::icu_unavailable());
}

TEST(IcuStatus, NativeIcuHasEveryWordDictionary) {
  // Each group's probe sample splits into words here, so no warning; the wasm suite checks the
  // warning with the dictionaries left out (tests/wasm/dictionaries.test.mjs).
  const char* text = "我们今天去北京大学。ภาษาไทยง่ายนิดเดียว ພາສາລາວ ខ្ញុំស្រលាញ់ប្រទេសកម្ពុជា ကျွန်တော်စာအုပ်ဖတ်နေတယ် カタカナとひらがな";
  EXPECT_TRUE(text::missing_dictionary_warnings(text, "A").empty());
  for (const char* sample : {"ภาษาไทย", "ພາສາລາວ", "ខ្ញុំស្រលាញ់ប្រទេសកម្ពុជា", "ကျွန်တော်စာအုပ်ဖတ်နေတယ်", "我们今天"})
    EXPECT_GT(segment(sample).size(), 1u) << sample;
}

}  // namespace
}  // namespace overlap
