// Property test: moved text is shown as shared, at every distance, in six languages.
//
// A is an article written for these tests (tests/fixtures/planted/), B the same article with one
// sentence (10-40 words) or one paragraph moved 1-4 paragraphs away and about 4% of its words
// deleted, inserted or substituted. Whichever side the result calls moved, copied text is
// shared: at least 95% of the moved text's unedited words, and at least 97% of the other
// unedited words, must lie inside an "=" edit of some passage, in A and in B.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "invariants.hpp"
#include "overlap/overlap.hpp"
#include "planted_pair.hpp"

namespace overlap {
namespace {

using namespace testing::planted;

constexpr Language languages[] = {
    {"English", "en.txt", " ", true}, {"German", "de.txt", " ", true},  {"Hebrew", "he.txt", " ", true},
    {"Arabic", "ar.txt", " ", true},  {"Chinese", "zh.txt", "", false}, {"Thai", "th.txt", " ", false},
};

constexpr double moved_threshold = 0.95;
constexpr double rest_threshold = 0.97;
constexpr unsigned edit_per_mille = 40;

struct Coverage {
  size_t shared = 0, total = 0;
  double fraction() const { return total == 0 ? 1.0 : static_cast<double>(shared) / static_cast<double>(total); }
};

// The spans of the words and numbers the segmenter finds in `text`, in order.
std::vector<Span> word_spans(const std::string& text) {
  std::vector<Span> out;
  for (const Token& t : segment(text))
    if (t.kind == TokenKind::word || t.kind == TokenKind::number) out.push_back(t.span);
  return out;
}

bool is_word(const std::vector<Span>& words, Span span) {
  auto at = std::lower_bound(words.begin(), words.end(), span.start, [](Span w, uint32_t s) { return w.start < s; });
  return at != words.end() && at->start == span.start && at->end == span.end;
}

// The spans of one side's "=" edits over all passages, sorted by start.
std::vector<Span> equal_spans(const Alignment& r, bool side_a) {
  std::vector<Span> out;
  for (const Passage& p : r.passages)
    for (const Edit& e : p.edits)
      if (e.kind == EditKind::equal) out.push_back(side_a ? e.a : e.b);
  std::sort(out.begin(), out.end(), [](Span x, Span y) { return x.start < y.start; });
  return out;
}

bool inside_any(const std::vector<Span>& sorted, Span word) {
  auto after = std::upper_bound(sorted.begin(), sorted.end(), word.start, [](uint32_t s, Span e) { return s < e.start; });
  return after != sorted.begin() && std::prev(after)->end >= word.end;
}

// A few words either side of `span`, cut at UTF-8 boundaries, for messages.
std::string in_context(const std::string& text, Span span) {
  uint32_t from = span.start >= 40 ? span.start - 40 : 0, to = std::min<uint32_t>(span.end + 40, text.size());
  while (!testing::on_boundary(text, from)) --from;
  while (!testing::on_boundary(text, to)) ++to;
  std::string s = text.substr(from, span.start - from) + "[" + text.substr(span.start, span.size()) + "]" +
                  text.substr(span.end, to - span.end);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

std::string describe(const Alignment& r, const std::string& a, const std::string& b) {
  std::string out;
  for (const Passage& p : r.passages) {
    out += "\n  passage A " + std::to_string(p.a.start) + "-" + std::to_string(p.a.end) + " B " +
           std::to_string(p.b.start) + "-" + std::to_string(p.b.end) + (p.moved ? " moved" : "") + ":";
    for (const Edit& e : p.edits)
      if (e.kind == EditKind::remove) out += " -[" + testing::span_text(a, e.a) + "]";
      else if (e.kind == EditKind::insert) out += " +[" + testing::span_text(b, e.b) + "]";
  }
  return out;
}

// The coverage of one side's unedited words, moved and not, and the words left out.
struct SideCoverage {
  Coverage moved, rest;
  std::string missed;
};

// A's words that reach B unchanged (by A's word number), and which of them moved.
struct CopiedWords {
  std::vector<bool> unedited, moved;
  int resegmented = 0;  // copied, but no longer one of the segmenter's words
};

// In Chinese and Thai an edit can change how its neighbours segment (an inserted word may join
// the next one): a copied word counts as unedited only where the segmenter finds it as a word
// of the whole text, in A and in B.
CopiedWords copied_words(const Text& a, const Text& b) {
  const std::vector<Span> words_a = word_spans(a.text), words_b = word_spans(b.text);
  std::vector<Span> spans_of_words_a;
  for (size_t i = 0; i < a.pieces.size(); ++i)
    if (a.pieces[i].word) spans_of_words_a.push_back(a.spans[i]);
  CopiedWords out;
  out.unedited.assign(spans_of_words_a.size(), false);
  out.moved.assign(spans_of_words_a.size(), false);
  for (size_t i = 0; i < b.pieces.size(); ++i) {
    const Piece& p = b.pieces[i];
    if (!p.word || p.source < 0) continue;
    out.unedited[p.source] = is_word(words_a, spans_of_words_a[p.source]) && is_word(words_b, b.spans[i]);
    out.resegmented += !out.unedited[p.source];
    out.moved[p.source] = p.moved;
  }
  return out;
}

SideCoverage measure(const Text& side, const CopiedWords& copied, const std::vector<Span>& equal) {
  SideCoverage out;
  for (size_t i = 0; i < side.pieces.size(); ++i) {
    const Piece& p = side.pieces[i];
    if (!p.word || p.source < 0 || !copied.unedited[p.source]) continue;
    const bool moved = copied.moved[p.source];
    Coverage& c = moved ? out.moved : out.rest;
    ++c.total;
    if (inside_any(equal, side.spans[i])) ++c.shared;
    else out.missed += std::string("\n    ") + (moved ? "moved: " : "rest:  ") + in_context(side.text, side.spans[i]);
  }
  return out;
}

// With OVERLAP_PLANTED_DUMP=<folder>, each pair is written there as <case>.a.txt and <case>.b.txt,
// to look at a failing case with the CLI (`overlap <case>.a.txt <case>.b.txt`).
void dump_if_asked(const std::string& name, const std::string& a, const std::string& b) {
  const char* folder = std::getenv("OVERLAP_PLANTED_DUMP");
  if (!folder || !*folder) return;
  std::ofstream(std::filesystem::path(folder) / (name + ".a.txt"), std::ios::binary) << a;
  std::ofstream(std::filesystem::path(folder) / (name + ".b.txt"), std::ios::binary) << b;
}

class PlantedMoves : public ::testing::TestWithParam<std::tuple<int, unsigned>> {};

TEST_P(PlantedMoves, CopiedTextIsShared) {
  const Language& language = languages[std::get<0>(GetParam())];
  const unsigned seed = std::get<1>(GetParam());
  std::mt19937 rng(seed);
  const Article original = read_article(language.fixture);
  ASSERT_GE(original.size(), 8u) << language.fixture;

  Article edited = original;
  Plan plan = plant_move(edited, /*paragraph=*/seed % 2 == 1, rng);
  plan.edits = edit_words(edited, language, words_of(original), edit_per_mille, rng);
  const Text a = lay_out(original, language), b = lay_out(edited, language);
  dump_if_asked(std::string(language.name) + "_" + std::to_string(seed), a.text, b.text);

  const CopiedWords copied = copied_words(a, b);
  auto r = compare(a.text, b.text);
  ASSERT_TRUE(r) << r.error().message;
  testing::expect_invariants(r.value(), a.text, b.text);

  const SideCoverage in_a = measure(a, copied, equal_spans(r.value(), true));
  const SideCoverage in_b = measure(b, copied, equal_spans(r.value(), false));
  const std::string context =
      std::string(language.name) + " seed " + std::to_string(seed) + ": " + plan.describe() + " (and " +
      std::to_string(copied.resegmented) + " segmented differently); shared: moved A " +
      std::to_string(in_a.moved.fraction()) + " B " + std::to_string(in_b.moved.fraction()) + ", rest A " +
      std::to_string(in_a.rest.fraction()) + " B " + std::to_string(in_b.rest.fraction());
  bool ok = in_a.moved.fraction() >= moved_threshold && in_b.moved.fraction() >= moved_threshold &&
            in_a.rest.fraction() >= rest_threshold && in_b.rest.fraction() >= rest_threshold;
  EXPECT_TRUE(ok) << context << describe(r.value(), a.text, b.text) << "\n  unshared in A:" << in_a.missed
                  << "\n  unshared in B:" << in_b.missed;
  EXPECT_GT(in_a.moved.total, 0u) << context << ": nothing of the moved text is left unedited";
}

std::string case_name(const ::testing::TestParamInfo<std::tuple<int, unsigned>>& info) {
  return std::string(languages[std::get<0>(info.param)].name) + "_" + std::to_string(std::get<1>(info.param));
}

// Odd seeds move a paragraph, even seeds a sentence.
INSTANTIATE_TEST_SUITE_P(Languages, PlantedMoves,
                         ::testing::Combine(::testing::Range(0, static_cast<int>(std::size(languages))),
                                            ::testing::Range(1u, 13u)),
                         case_name);

// The articles keep the shape the planted moves rely on: 8 paragraphs of 3-5 sentences of 10-40
// words (Chinese and Thai sentences count 10 or more words only when the dictionaries segment
// them), and no wording shared between sentences that would make a move ambiguous.
class PlantedArticle : public ::testing::TestWithParam<int> {};

TEST_P(PlantedArticle, HasTheShapeTheTestsNeed) {
  const Language& language = languages[GetParam()];
  const Article article = read_article(language.fixture);
  EXPECT_EQ(article.size(), 8u);
  std::map<std::string, std::string> runs;  // six folded words in a row -> the sentence they are in
  for (const Paragraph& paragraph : article) {
    EXPECT_GE(paragraph.size(), 3u);
    EXPECT_LE(paragraph.size(), 5u);
    for (const Sentence& sentence : paragraph) {
      std::string text;
      std::vector<std::string> folded;
      for (const Piece& p : sentence) {
        text += p.text;
        if (p.word) folded.push_back(fold(p.text));
      }
      EXPECT_GE(folded.size(), 10u) << text;
      EXPECT_LE(folded.size(), 40u) << text;
      for (size_t i = 0; i + 6 <= folded.size(); ++i) {
        std::string run;
        for (size_t k = i; k < i + 6; ++k) run += folded[k] + " ";
        auto [at, fresh] = runs.emplace(run, text);
        EXPECT_TRUE(fresh || at->second == text) << "\"" << run << "\" in both\n  " << at->second << "\n  " << text;
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Languages, PlantedArticle, ::testing::Range(0, static_cast<int>(std::size(languages))),
                         [](const ::testing::TestParamInfo<int>& info) { return std::string(languages[info.param].name); });

}  // namespace
}  // namespace overlap
