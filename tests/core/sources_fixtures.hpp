// Texts for the tests of comparisons with several sources (sources_test.cpp and its golden
// vectors, sources_vectors_test.cpp): the planted articles cut into paragraphs, joined again,
// and lightly edited the way a rewrite edits.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace overlap::testing {

// Paragraphs of an article written for the tests (tests/fixtures/planted/: one story per
// language, so that sources in different languages share nothing but chance).
inline std::vector<std::string> paragraphs(const std::string& fixture) {
  const std::string text = testing::read_file(testing::test_data("fixtures/planted/" + fixture));
  std::vector<std::string> out;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find("\n\n", at);
    if (end == std::string::npos) end = text.size();
    std::string p = text.substr(at, end - at);
    while (!p.empty() && p.back() == '\n') p.pop_back();
    if (!p.empty()) out.push_back(p);
    at = end + 2;
  }
  return out;
}

inline std::string joined(const std::vector<std::string>& ps) {
  std::string out;
  for (const std::string& p : ps) out += (out.empty() ? "" : "\n\n") + p;
  return out + "\n";
}

// `text` with about one word in `per` replaced by a word of its own, the edits a rewrite makes.
// std::mt19937's raw output is fixed by the standard, so a seed names the same text everywhere.
inline std::string edited(const std::string& text, unsigned per, unsigned seed) {
  std::mt19937 random(seed);
  std::string out;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find(' ', at);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(at, end - at);
    out += random() % per == 0 && word.find('\n') == std::string::npos ? "edited" : word;
    if (end < text.size()) out += ' ';
    at = end + 1;
  }
  return out;
}

}  // namespace overlap::testing
