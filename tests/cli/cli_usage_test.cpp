// The built binary's contract: exit status 0 or 2, one-line errors on stderr, nothing on stdout
// when it fails.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_support.hpp"

namespace overlap::testing {
namespace {

bool one_line(const std::string& s) { return !s.empty() && s.back() == '\n' && s.find('\n') == s.size() - 1; }

void expect_usage_error(const CliRun& r, std::string_view fragment) {
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_TRUE(one_line(r.err)) << r.err;
  EXPECT_EQ(r.err.rfind("overlap: ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find(fragment), std::string::npos) << r.err;
}

TEST(CliUsage, MissingFile) {
  ScratchDir dir;
  dir.write("b.txt", paragraph);
  CliRun r = run_cli(dir, "missing.txt b.txt");
  expect_usage_error(r, "");
  EXPECT_EQ(r.err, "overlap: cannot read 'missing.txt': No such file or directory\n");
  expect_usage_error(run_cli(dir, "b.txt missing.txt"), "cannot read 'missing.txt'");
}

TEST(CliUsage, DirectoryInsteadOfFile) {
  ScratchDir dir;
  dir.write("b.txt", paragraph);
  std::filesystem::create_directory(dir.path() / "folder");
  expect_usage_error(run_cli(dir, "folder b.txt"), "cannot read 'folder': Is a directory");
}

TEST(CliUsage, UnknownOptionPointsToHelp) {
  ScratchDir dir;
  expect_usage_error(run_cli(dir, "--frobnicate a.txt b.txt"), "unknown option '--frobnicate' (see 'overlap --help')");
}

TEST(CliUsage, WrongNumberOfTexts) {
  ScratchDir dir;
  expect_usage_error(run_cli(dir, ""), "expected two texts");
  expect_usage_error(run_cli(dir, "a.txt"), "expected two texts");
  expect_usage_error(run_cli(dir, "- -"), "standard input");
  expect_usage_error(run_cli(dir, "--mode diff a b c"), "not several sources");
}

TEST(CliUsage, BadOptionValues) {
  ScratchDir dir;
  expect_usage_error(run_cli(dir, "--min-words lots a b"), "invalid value 'lots' for --min-words");
  expect_usage_error(run_cli(dir, "--units bytes a b"), "utf8, utf16 or codepoints");
  expect_usage_error(run_cli(dir, "--min-similarity 1.5 a b"),
                     "--min-similarity: min_similarity must be between 0 and 1, not 1.5");
  expect_usage_error(run_cli(dir, "--min-words 0 a b"), "--min-words: min_words must be between 1 and 10000, not 0");
  expect_usage_error(run_cli(dir, "a b --gap-words"), "needs a value");
}

TEST(CliUsage, InputTooLargeToCompare) {
  ScratchDir dir;
  dir.write("b.txt", paragraph);
  auto big = dir.write("big.txt", "");
  std::filesystem::resize_file(big, (64u << 20) + 1);  // sparse: one byte over max_input_bytes
  expect_usage_error(run_cli(dir, "big.txt b.txt"), "cannot compare big.txt: input A is 65 MB; the limit is 64 MB");
  expect_usage_error(run_cli(dir, "--mode diff b.txt big.txt"), "cannot compare big.txt: input B is 65 MB; the limit is 64 MB");
}

TEST(CliUsage, PanErrors) {
  ScratchDir dir;
  expect_usage_error(run_cli(dir, "pan nowhere"), "cannot read 'nowhere/pairs': No such file or directory");
  expect_usage_error(run_cli(dir, "pan"), "expected one corpus folder");
  expect_usage_error(run_cli(dir, "pan c --json"), "does not apply to 'overlap pan'");
  dir.write("c/pairs", "only-one-name\n");
  expect_usage_error(run_cli(dir, "pan c"), "line 1 is not \"A B\"");
  dir.write("c/pairs", "s.txt r.txt\n");
  expect_usage_error(run_cli(dir, "pan c"), "cannot read 'c/susp/s.txt'");
}

TEST(CliUsage, HelpAndVersion) {
  ScratchDir dir;
  CliRun help = run_cli(dir, "--help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("Usage: overlap [options] A B"), std::string::npos);
  EXPECT_TRUE(help.err.empty());
  CliRun version = run_cli(dir, "--version");
  EXPECT_EQ(version.status, 0);
  EXPECT_EQ(version.out.rfind("overlap ", 0), 0u);
}

}  // namespace
}  // namespace overlap::testing
