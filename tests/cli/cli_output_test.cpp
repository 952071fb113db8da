// What the binary prints on success. The JSON must be exactly overlap::to_json of the library's
// result, so the expectations are computed in-process and hold whatever passages the
// (still evolving) algorithm finds.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_support.hpp"
#include "overlap/json.hpp"
#include "overlap/overlap.hpp"

namespace overlap::testing {
namespace {

// A holds the paragraph after an unrelated opening; B holds it lightly edited, then more text.
const std::string text_a = "Opening remarks about nothing in particular.\n\n" + paragraph + "\n";
const std::string text_b = [] {
  std::string b = paragraph;
  b.replace(b.find("on a wet Thursday"), 17, "on Thursday");
  return "An entirely different first line about the weather.\n" + b + "\nClosing words.\n";
}();

std::string expected_json(const Result<Alignment>& r, std::string_view a, std::string_view b, Units units) {
  return to_json(to_units(r.value(), a, b, units));
}

TEST(CliOutput, JsonIsExactlyTheLibrarysJson) {
  ScratchDir dir;
  dir.write("a.txt", text_a);
  dir.write("b.txt", text_b);
  CliRun r = run_cli(dir, "--json a.txt b.txt");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.err.empty());
  EXPECT_EQ(r.out, to_json(compare(text_a, text_b).value()));

  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["units"], "utf8");
  for (const char* side : {"a", "b"})
    for (const char* key : {"length", "words", "shared"}) EXPECT_TRUE(j[side].contains(key)) << side << "." << key;
  EXPECT_EQ(j["a"]["length"], text_a.size());
  ASSERT_TRUE(j["passages"].is_array());
  ASSERT_FALSE(j["passages"].empty()) << "a verbatim paragraph should be a passage";
  for (const auto& p : j["passages"])
    for (const char* key : {"a", "b", "similarity", "moved", "edits"}) EXPECT_TRUE(p.contains(key)) << key;
}

TEST(CliOutput, DashReadsStandardInput) {
  ScratchDir dir;
  auto a = dir.write("a.txt", text_a);
  dir.write("b.txt", text_b);
  CliRun from_file = run_cli(dir, "--json a.txt b.txt");
  CliRun from_stdin = run_cli(dir, "--json - b.txt", a.string());
  ASSERT_EQ(from_stdin.status, 0) << from_stdin.err;
  EXPECT_EQ(from_stdin.out, from_file.out);
  CliRun b_from_stdin = run_cli(dir, "--json b.txt -", a.string());
  EXPECT_EQ(b_from_stdin.out, to_json(compare(text_b, text_a).value()));
}

TEST(CliOutput, UnitsConvertEveryOffset) {
  // Each emoji is 4 UTF-8 bytes, 2 UTF-16 units and 1 code point.
  const std::string a = "\xF0\x9F\x98\x80\xF0\x9F\x98\x80 " + paragraph;  // 😀😀
  const std::string b = paragraph + " \xF0\x9F\x91\x8D";                   // 👍
  ScratchDir dir;
  dir.write("a.txt", a);
  dir.write("b.txt", b);
  Result<Alignment> bytes = compare(a, b);
  ASSERT_FALSE(bytes.value().passages.empty());

  for (Units units : {Units::utf8, Units::utf16, Units::codepoints}) {
    CliRun r = run_cli(dir, "--json --units " + std::string(to_string(units)) + " a.txt b.txt");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, expected_json(bytes, a, b, units));
    nlohmann::json j = nlohmann::json::parse(r.out);
    uint32_t shrink = units == Units::utf8 ? 0 : units == Units::utf16 ? 4 : 6;
    EXPECT_EQ(j["units"], to_string(units));
    EXPECT_EQ(j["a"]["length"], a.size() - shrink);
    EXPECT_EQ(j["b"]["length"], b.size() - shrink / 2);
    // The paragraph follows both emoji in A, so its passage starts that much earlier.
    EXPECT_EQ(j["passages"][0]["a"][0], bytes.value().passages[0].a.start - shrink);
  }
}

TEST(CliOutput, ModeAndOptionsReachTheLibrary) {
  ScratchDir dir;
  dir.write("a.txt", text_a);
  dir.write("b.txt", text_b);
  CliRun diffed = run_cli(dir, "--json --mode diff a.txt b.txt");
  ASSERT_EQ(diffed.status, 0) << diffed.err;
  EXPECT_EQ(diffed.out, to_json(diff(text_a, text_b).value()));

  Options options;
  options.min_words = 5;
  options.gap_words = 3;
  options.min_similarity = 0.9;
  options.allow_repeats = true;
  CliRun tuned = run_cli(dir, "--json --min-words 5 --gap-words=3 --min-similarity 0.9 --allow-repeats a.txt b.txt");
  ASSERT_EQ(tuned.status, 0) << tuned.err;
  EXPECT_EQ(tuned.out, to_json(compare(text_a, text_b, options).value()));
}

TEST(CliOutput, ReportIsPlainWhenPipedAndColouredOnRequest) {
  ScratchDir dir;
  dir.write("a.txt", text_a);
  dir.write("b.txt", text_b);
  CliRun plain = run_cli(dir, "a.txt b.txt");
  ASSERT_EQ(plain.status, 0) << plain.err;
  EXPECT_EQ(plain.out.find('\x1b'), std::string::npos);
  EXPECT_NE(plain.out.find("of A appears in B · "), std::string::npos) << plain.out;
  EXPECT_NE(plain.out.find("#1  A line"), std::string::npos) << plain.out;

  CliRun coloured = run_cli(dir, "--color a.txt b.txt");
  EXPECT_NE(coloured.out.find("\x1b["), std::string::npos);
  CliRun no_color = run_cli(dir, "--color --no-color a.txt b.txt");
  EXPECT_EQ(no_color.out, plain.out);
  CliRun env = run_cli(dir, "a.txt b.txt", "/dev/null", "NO_COLOR=1");
  EXPECT_EQ(env.out, plain.out);
}

TEST(CliOutput, ReportMarksEditsLikeGitWordDiff) {
  ScratchDir dir;
  dir.write("a.txt", text_a);
  dir.write("b.txt", text_b);
  Alignment expected = compare(text_a, text_b).value();
  CliRun r = run_cli(dir, "--no-color a.txt b.txt");
  ASSERT_EQ(r.status, 0) << r.err;
  for (const Passage& p : expected.passages)
    for (const Edit& e : p.edits) {
      if (e.kind == EditKind::remove) {
        std::string removed = "[-" + text_a.substr(e.a.start, e.a.size());
        EXPECT_NE(r.out.find(removed), std::string::npos) << removed << "\n" << r.out;
      }
      if (e.kind == EditKind::insert) {
        std::string inserted = "{+" + text_b.substr(e.b.start, e.b.size());
        EXPECT_NE(r.out.find(inserted), std::string::npos) << inserted << "\n" << r.out;
      }
    }
}

TEST(CliOutput, SeveralSourcesGiveTheLibrarysJsonAndAReportBySource) {
  ScratchDir dir;
  dir.write("article.txt", text_a);
  dir.write("unrelated.txt", "Nothing in this file is in the article at all, not one phrase.\n");
  dir.write("wire.txt", text_b);
  const std::vector<std::string_view> sources{"Nothing in this file is in the article at all, not one phrase.\n", text_b};
  Result<SourcesAlignment> expected = compare_sources(text_a, sources);
  ASSERT_TRUE(expected);
  ASSERT_FALSE(expected.value().passages.empty());

  CliRun json = run_cli(dir, "--json --units utf16 article.txt unrelated.txt wire.txt");
  ASSERT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(json.out, to_json(to_units(expected.value(), text_a, sources, Units::utf16), {"unrelated.txt", "wire.txt"}));
  nlohmann::json j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["sources"][1]["name"], "wire.txt");
  EXPECT_EQ(j["passages"][0]["source"], 1);
  EXPECT_FALSE(j.contains("b"));

  CliRun report = run_cli(dir, "--no-color article.txt unrelated.txt wire.txt");
  ASSERT_EQ(report.status, 0) << report.err;
  EXPECT_NE(report.out.find("B1  unrelated.txt · 13 words · 63 bytes · nothing of A\n"), std::string::npos) << report.out;
  EXPECT_NE(report.out.find("of A from 1 of 2 sources: wire.txt "), std::string::npos) << report.out;
  EXPECT_NE(report.out.find("── B2 wire.txt · 1 passage ──\n\n#1  A line"), std::string::npos) << report.out;
  EXPECT_NE(report.out.find("↔  B2 line"), std::string::npos) << report.out;
  EXPECT_EQ(report.out.find("── B1"), std::string::npos) << "a source that gave nothing has no group";

  // An error names the file it concerns.
  CliRun missing = run_cli(dir, "article.txt wire.txt gone.txt");
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("gone.txt"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace overlap::testing
