// Sentence boundaries: computed without ICU's sentence iterator, they must be the iterator's own,
// offset for offset, on real text and on random strings of every sentence-break class.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "icu_sentences.hpp"
#include "test_support.hpp"
#include "text/sentences.hpp"

namespace overlap {
namespace {

void expect_as_icu(std::string_view text, const std::string& what) {
  EXPECT_EQ(text::sentence_breaks(text), testing::icu_sentence_breaks(text)) << what;
}

TEST(Sentences, EndAtTerminatorsAndParagraphs) {
  std::string text = "He left. She stayed! Why?\nA new line\r\n\r\nA paragraph.";
  EXPECT_EQ(text::sentence_breaks(text), (std::vector<uint32_t>{9, 21, 26, 38, 40}));
  expect_as_icu(text, text);
}

TEST(Sentences, RulesThatKeepASentenceTogether) {
  // SB6 (a decimal point), SB7 (initials), SB8 (an abbreviation before lower case), SB8a (a
  // terminator before a comma or another terminator), SB9 (closing quotes stay with it).
  for (const char* text : {"It cost 3.50 euros. Then", "U.S.A. Today", "See e.g. the index. Then",
                           "Wait..., she said?! No.", "\u201cStop.\u201d  (Really.) Next", "etc.\u00ad lower",
                           "Mr. Smith", "A.\u0301 b", "\u3002\u3002x", "end.\u2029Next", "x.\r", "x.\r\n", "x.\n\ry"}) {
    expect_as_icu(text, text);
  }
}

TEST(Sentences, HardWrappedLinesAreNotSentences) {
  std::string line(50, 'x');
  std::string wrapped;
  for (int i = 0; i < 5; ++i) wrapped += line + (i == 2 ? ".\n\n" : "\n");
  // One sentence to the full stop and its line break, the blank line, then the rest.
  std::vector<uint32_t> starts = text::sentence_starts(wrapped, TextTuning{});
  EXPECT_EQ(starts, (std::vector<uint32_t>{0, 3 * 51 + 1, 3 * 51 + 2}));
}

// Every sentence-break class, ASCII and beyond, plus ill-formed UTF-8.
const std::vector<std::string> pool = {
    "#", "%", "\u00d7", "\xff", "\xe2\x82", "\xed\xa0\x80",                  // Other, invalid bytes
    "\r", "\n", "\u2029", "\u0085",                                           // CR, LF, Sep
    " ", "\t", "\u00a0", "\u3000",                                            // Sp
    "a", "z", "\u00e9", "\u00df", "A", "Z", "\u00c9",                         // Lower, Upper
    "\u4e2d", "\u05d0", "0", "9", "\u0663",                                   // OLetter, Numeric
    ".", "\u2024", "\uff0e", "!", "?", "\u3002", "\u061f",                    // ATerm, STerm
    "\"", "'", "(", ")", "\u00ab", "\u00bb", "\u201c", "\u201d",              // Close
    ",", "-", ":", ";", "\u3001",                                             // SContinue
    "\u00ad", "\u2060", "\u0301", "\u200d",                                   // Format, Extend
};

TEST(Sentences, RandomStringsOfEveryClassBreakAsIcu) {
  std::mt19937 random(20261130);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    size_t length = 1 + random() % 24;
    for (size_t i = 0; i < length; ++i) text += pool[random() % pool.size()];
    expect_as_icu(text, "round " + std::to_string(round));
    if (HasFailure()) break;
  }
}

TEST(Sentences, RealTextsBreakAsIcu) {
  for (const auto& entry : std::filesystem::directory_iterator(testing::test_data("golden/inputs")))
    expect_as_icu(testing::read_file(entry.path()), entry.path().filename().string());
  for (const char* name : {testing::seed_a, testing::seed_b})
    if (std::filesystem::exists(testing::seed(name))) expect_as_icu(testing::read_file(testing::seed(name)), name);
}

}  // namespace
}  // namespace overlap
