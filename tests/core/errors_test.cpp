// Bad options, oversized and degenerate inputs.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "invariants.hpp"
#include "overlap/overlap.hpp"

namespace overlap {
namespace {

bool mentions(const std::vector<Error>& errors, const std::string& option) {
  for (const Error& e : errors)
    if (e.code == ErrorCode::invalid_options && e.message.find(option) != std::string::npos && e.subject == option)
      return true;
  return false;
}

TEST(Errors, DefaultOptionsAreValid) { EXPECT_TRUE(validate(Options{}).empty()); }

TEST(Errors, ValidateNamesTheOption) {
  Options o;
  o.min_words = 0;
  EXPECT_TRUE(mentions(validate(o), "min_words"));
  o = {};
  o.min_similarity = 1.5;
  EXPECT_TRUE(mentions(validate(o), "min_similarity"));
  o = {};
  o.min_similarity = std::numeric_limits<double>::quiet_NaN();
  EXPECT_TRUE(mentions(validate(o), "min_similarity"));
  o = {};
  o.min_similarity = -0.1;
  EXPECT_TRUE(mentions(validate(o), "min_similarity"));
}

// The value as a reader typed it (to six decimals), or no value where digits would mislead.
TEST(Errors, ValidateShowsTheRejectedSimilarity) {
  auto message = [](double x) {
    Options o;
    o.min_similarity = x;
    std::vector<Error> errors = validate(o);
    return errors.empty() ? std::string("(valid)") : errors.front().message;
  };
  EXPECT_EQ(message(1.5), "min_similarity must be between 0 and 1, not 1.5");
  EXPECT_EQ(message(-0.25), "min_similarity must be between 0 and 1, not -0.25");
  EXPECT_EQ(message(2), "min_similarity must be between 0 and 1, not 2");
  EXPECT_EQ(message(1.0000004), "min_similarity must be between 0 and 1, not 1");
  EXPECT_EQ(message(1.0000006), "min_similarity must be between 0 and 1, not 1.000001");
  EXPECT_EQ(message(-123456789.125), "min_similarity must be between 0 and 1, not -123456789.125");
  for (double x : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity(), 1e9, -1e-9})
    EXPECT_EQ(message(x), "min_similarity must be between 0 and 1") << x;
  EXPECT_EQ(message(1), "(valid)");
}

TEST(Errors, CompareAndDiffRejectBadOptions) {
  Options o;
  o.min_words = 0;
  for (auto r : {compare("a b c", "a b c", o), diff("a b c", "a b c", o)}) {
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::invalid_options);
    EXPECT_NE(r.error().message.find("min_words"), std::string::npos) << r.error().message;
  }
  o = {};
  o.min_similarity = std::numeric_limits<double>::quiet_NaN();
  auto r = compare("a", "b", o);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::invalid_options);
  EXPECT_NE(r.error().message.find("min_similarity"), std::string::npos) << r.error().message;
}

TEST(Errors, InputTooLarge) {
  std::string big(static_cast<size_t>(max_input_bytes) + 1, 'a');
  for (bool a_side : {true, false}) {
    auto r = a_side ? compare(big, "small") : compare("small", big);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::input_too_large);
    std::string name = a_side ? "A" : "B";
    EXPECT_EQ(r.error().message.rfind("input " + name + " is ", 0), 0u) << r.error().message;
    EXPECT_NE(r.error().message.find(" MB; the limit is 64 MB"), std::string::npos) << r.error().message;
    EXPECT_EQ(r.error().subject, name);
    auto d = a_side ? diff(big, "small") : diff("small", big);
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().code, ErrorCode::input_too_large);
    EXPECT_EQ(d.error().subject, name);
  }
  // Exactly at the limit is accepted in principle; not run here (it would analyse 64 MB).
}

TEST(Errors, CheckSizeWordsTheLimitOnceForEveryCaller) {
  // The WebAssembly build's limit is 16 MB; its bindings and JS use this same wording.
  std::optional<Error> e = check_size("A", (20u << 20) - 5, 16u << 20);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, ErrorCode::input_too_large);
  EXPECT_EQ(e->message, "input A is 20 MB; the limit is 16 MB");
  EXPECT_EQ(e->subject, "A");
  EXPECT_EQ(check_size("text", max_input_bytes + size_t{1})->message, "input text is 65 MB; the limit is 64 MB");
  EXPECT_FALSE(check_size("B", 16u << 20, 16u << 20));  // at the limit is accepted
  EXPECT_FALSE(check_size("B", max_input_bytes));
}

TEST(Errors, EmptyTexts) {
  for (auto [a, b] : {std::pair<std::string, std::string>{"", ""}, {"", "some words here"},
                      {"some words here", ""}, {"   \n\n  ", "\t"}}) {
    auto r = compare(a, b);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_TRUE(r.value().passages.empty());
    testing::expect_invariants(r.value(), a, b);
    EXPECT_EQ(r.value().a.shared, 0.0);
  }
}

TEST(Errors, InvalidUtf8GivesAWarningAndValidOffsets) {
  std::string shared =
      "Investigators examined the wreckage of the light aircraft for a second day on Saturday, and "
      "said the pilot had reported engine trouble shortly before contact was lost over the hills "
      "north of the airfield, where the weather had been clear all afternoon.";
  std::string a = "Intro \xFF\xFE line.\n\n" + shared + "\n";
  std::string b = shared.substr(0, 40) + "\xC3" + shared.substr(40) + "\n\xE2\x82\n";
  auto r = compare(a, b);
  ASSERT_TRUE(r) << r.error().message;
  testing::expect_invariants(r.value(), a, b);
  EXPECT_EQ(r.value().warnings.size(), 2u);
  for (const std::string& w : r.value().warnings) EXPECT_NE(w.find("UTF-8"), std::string::npos) << w;
  EXPECT_FALSE(r.value().passages.empty());
  auto d = diff(a, b);
  ASSERT_TRUE(d);
  testing::expect_invariants(d.value(), a, b, false, true);
  EXPECT_FALSE(d.value().warnings.empty());
  // Converting to other units does not run past the text.
  Alignment u16 = to_units(r.value(), a, b, Units::utf16);
  EXPECT_LE(u16.a.length, a.size());
}

std::string repeated(const std::string& piece, size_t bytes) {
  std::string s;
  while (s.size() < bytes) s += piece;
  return s;
}

TEST(Errors, OneWordRepeated) {
  std::string a = repeated("word ", 200000), b = repeated("word ", 190000);
  auto r = compare(a, b);
  ASSERT_TRUE(r);
  testing::expect_invariants(r.value(), a, b);
  auto d = diff(a, b);
  ASSERT_TRUE(d);
  testing::expect_invariants(d.value(), a, b, false, true);
}

TEST(Errors, NoSpaces) {
  std::string a(200000, 'x'), b = repeated("abcdefghij", 200000);
  auto r = compare(a, b);
  ASSERT_TRUE(r);
  testing::expect_invariants(r.value(), a, b);
  auto same = compare(b, b);
  ASSERT_TRUE(same);
  testing::expect_invariants(same.value(), b, b);
  auto d = diff(a, b);
  ASSERT_TRUE(d);
  testing::expect_invariants(d.value(), a, b, false, true);
}

}  // namespace
}  // namespace overlap
