// The golden cases of tests/golden (the demo's ferry pair and small move and edit cases written
// for the project) through the public API, in UTF-16 units: the same files the wasm suite
// checks (tests/wasm/golden.test.mjs), so the two builds cannot drift apart. Needs nothing
// outside the repository.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "golden.hpp"
#include "invariants.hpp"
#include "overlap/json.hpp"
#include "overlap/overlap.hpp"
#include "test_support.hpp"

namespace overlap {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  std::string name;
  fs::path a, b;
};

fs::path repository() { return testing::test_data("..").lexically_normal(); }

std::vector<GoldenCase> golden_cases() {
  nlohmann::json manifest = nlohmann::json::parse(testing::read_file(testing::test_data("golden/cases.json")));
  std::vector<GoldenCase> cases;
  for (const auto& c : manifest.at("cases"))
    cases.push_back({c.at("name"), repository() / c.at("a").get<std::string>(), repository() / c.at("b").get<std::string>()});
  return cases;
}

enum class Mode { compare, diff };

struct GoldenRun {
  GoldenCase golden;
  Mode mode;
};

class Golden : public ::testing::TestWithParam<GoldenRun> {};

TEST_P(Golden, MatchesTheCommittedJson) {
  const auto& [golden, mode] = GetParam();
  std::string a = testing::read_file(golden.a), b = testing::read_file(golden.b);
  ASSERT_FALSE(a.empty()) << golden.a << " is missing";
  ASSERT_FALSE(b.empty()) << golden.b << " is missing";
  Result<Alignment> r = mode == Mode::compare ? compare(a, b) : diff(a, b);
  ASSERT_TRUE(r) << r.error().message;
  testing::expect_invariants(r.value(), a, b, false, mode == Mode::diff);
  const char* mode_name = mode == Mode::compare ? "compare" : "diff";
  fs::path expected = testing::test_data("golden/expected") / (golden.name + "." + mode_name + ".json");
  testing::expect_golden(expected, to_json(to_units(r.value(), a, b, Units::utf16)),
                         "OVERLAP_UPDATE_GOLDEN=1 build/native/tests/core_tests --gtest_filter='Cases/Golden.*'");
}

std::vector<GoldenRun> runs() {
  std::vector<GoldenRun> out;
  for (const GoldenCase& c : golden_cases())
    for (Mode mode : {Mode::compare, Mode::diff}) out.push_back({c, mode});
  return out;
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, ::testing::ValuesIn(runs()), [](const auto& info) {
  std::string name = info.param.golden.name + (info.param.mode == Mode::compare ? "_compare" : "_diff");
  for (char& c : name) if (c == '-') c = '_';
  return name;
});

}  // namespace
}  // namespace overlap
