// Property test: passages planted (moved and lightly edited) in random real text are found.
//
// A is built from paragraphs of one PAN source document, B from another; three passages of
// 60-120 words from a third document are planted in both, in a different order in B, with about
// 5% of their words deleted, inserted or substituted in B. Every planted passage must be covered
// (at least 80% on both sides) by one found passage, and the out-of-order ones must be moved.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "invariants.hpp"
#include "overlap/overlap.hpp"
#include "test_support.hpp"

namespace overlap {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> split_words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::string join(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string s;
  for (size_t i = from; i < to; ++i) s += (i > from ? " " : "") + words[i];
  return s;
}

struct Doc {
  std::vector<std::string> paragraphs;  // lines of at least 15 words, white space normalised
  std::vector<std::string> words;
};

class Corpus {
 public:
  explicit Corpus(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.size() > 400) files.resize(400);  // enough variety, quick to load
    for (const fs::path& f : files) {
      Doc d;
      std::istringstream in(testing::read_file(f));
      for (std::string line; std::getline(in, line);) {
        std::vector<std::string> w = split_words(line);
        if (w.size() >= 15) d.paragraphs.push_back(join(w, 0, w.size()));
        d.words.insert(d.words.end(), w.begin(), w.end());
      }
      docs_.push_back(std::move(d));
    }
  }
  const std::vector<Doc>& docs() const { return docs_; }

 private:
  std::vector<Doc> docs_;
};

uint32_t overlap_size(Span x, Span y) {
  uint32_t s = std::max(x.start, y.start), e = std::min(x.end, y.end);
  return e > s ? e - s : 0;
}

// Light edits: each word is deleted, preceded by an inserted word, or substituted with p/3 each.
std::vector<std::string> edit_lightly(const std::vector<std::string>& words, const Doc& vocabulary,
                                      std::mt19937& rng, double p) {
  std::uniform_real_distribution<double> coin(0, 1);
  std::uniform_int_distribution<size_t> pick(0, vocabulary.words.size() - 1);
  std::vector<std::string> out;
  for (const std::string& w : words) {
    double c = coin(rng);
    if (c < p / 3) continue;
    if (c < 2 * p / 3) out.push_back(vocabulary.words[pick(rng)]);
    out.push_back(c >= 2 * p / 3 && c < p ? vocabulary.words[pick(rng)] : w);
  }
  return out;
}

// Lays out `fillers` and `planted` (in `order`) with at least one filler between planted pieces;
// returns the text and each planted piece's byte span, indexed by piece.
std::string lay_out(const std::vector<std::string>& fillers, const std::vector<std::string>& planted,
                    const std::vector<int>& order, std::mt19937& rng, std::vector<Span>& spans) {
  // Slots: filler k goes before... choose for each planted item the number of fillers preceding it.
  size_t n = fillers.size();
  std::vector<size_t> cuts;
  std::uniform_int_distribution<size_t> pick(0, n);
  while (true) {
    cuts.clear();
    for (size_t i = 0; i < order.size(); ++i) cuts.push_back(pick(rng));
    std::sort(cuts.begin(), cuts.end());
    bool separated = true;
    for (size_t i = 1; i < cuts.size(); ++i) separated &= cuts[i] > cuts[i - 1];
    if (separated) break;
  }
  spans.assign(planted.size(), {});
  std::string text;
  size_t next_filler = 0;
  auto add = [&](const std::string& para) {
    if (!text.empty()) text += "\n\n";
    Span s{static_cast<uint32_t>(text.size()), 0};
    text += para;
    s.end = static_cast<uint32_t>(text.size());
    return s;
  };
  for (size_t i = 0; i < order.size(); ++i) {
    while (next_filler < cuts[i]) add(fillers[next_filler++]);
    spans[order[i]] = add(planted[order[i]]);
  }
  while (next_filler < n) add(fillers[next_filler++]);
  text += "\n";
  return text;
}

std::vector<std::string> random_paragraphs(const Doc& d, size_t count, std::mt19937& rng) {
  std::vector<std::string> out = d.paragraphs;  // distinct lines, in random order
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  std::shuffle(out.begin(), out.end(), rng);
  if (out.size() > count) out.resize(count);
  return out;
}

class PlantedPassages : public ::testing::TestWithParam<unsigned> {
 protected:
  static void SetUpTestSuite() {
    fs::path dir = fs::path(OVERLAP_SHARED_DIR) / "corpora" / "pan13-train" / "src";
    if (fs::is_directory(dir)) corpus_ = new Corpus(dir);
  }
  static void TearDownTestSuite() {
    delete corpus_;
    corpus_ = nullptr;
  }
  static Corpus* corpus_;
};
Corpus* PlantedPassages::corpus_ = nullptr;

TEST_P(PlantedPassages, AreFoundAndMovesMarked) {
  if (!corpus_) GTEST_SKIP() << "PAN 2013 source documents not found under " << OVERLAP_SHARED_DIR;
  const auto& docs = corpus_->docs();
  std::mt19937 rng(GetParam());
  std::uniform_int_distribution<size_t> pick_doc(0, docs.size() - 1);
  auto pick = [&](auto ok) {
    for (int tries = 0; tries < 10000; ++tries) {
      size_t i = pick_doc(rng);
      if (ok(docs[i])) return i;
    }
    return docs.size();
  };
  // Z must not repeat itself, or the planted pieces would share wording among themselves.
  auto repetitive = [](const Doc& d) {
    std::map<std::string, int> grams;
    for (size_t i = 0; i + 4 <= d.words.size(); ++i) ++grams[join(d.words, i, i + 4)];
    return grams.size() * 100 < (d.words.size() - 3) * 98;
  };
  size_t z = pick([&](const Doc& d) { return d.words.size() >= 450 && !repetitive(d); });
  size_t x = pick([&](const Doc& d) { return d.paragraphs.size() >= 4 && &d != &docs[z]; });
  size_t y = pick([&](const Doc& d) { return d.paragraphs.size() >= 4 && &d != &docs[z] && &d != &docs[x]; });
  ASSERT_LT(std::max({x, y, z}), docs.size()) << "corpus too small";

  // Three non-overlapping passages of 60-120 words from Z, one from each third.
  const Doc& dz = docs[z];
  std::uniform_int_distribution<size_t> length(60, 120);
  std::vector<std::string> planted_a, planted_b;
  size_t third = dz.words.size() / 3;
  for (int i = 0; i < 3; ++i) {
    size_t len = std::min(length(rng), third);
    std::uniform_int_distribution<size_t> start(i * third, (i + 1) * third - len);
    size_t s = start(rng);
    std::vector<std::string> w(dz.words.begin() + s, dz.words.begin() + s + len);
    planted_a.push_back(join(w, 0, w.size()));
    std::vector<std::string> edited = edit_lightly(w, docs[y], rng, 0.05);
    planted_b.push_back(join(edited, 0, edited.size()));
  }

  std::vector<int> order_a{0, 1, 2}, order_b{0, 1, 2};
  std::shuffle(order_b.begin(), order_b.end(), rng);
  std::vector<Span> spans_a, spans_b;
  std::string a = lay_out(random_paragraphs(docs[x], 6, rng), planted_a, order_a, rng, spans_a);
  std::string b = lay_out(random_paragraphs(docs[y], 6, rng), planted_b, order_b, rng, spans_b);

  auto r = compare(a, b);
  ASSERT_TRUE(r) << r.error().message;
  const Alignment& result = r.value();
  testing::expect_invariants(result, a, b);

  std::string context = "seed " + std::to_string(GetParam()) + ", B order " + std::to_string(order_b[0]) +
                        std::to_string(order_b[1]) + std::to_string(order_b[2]);
  std::vector<int> covering(3, -1);
  for (int i = 0; i < 3; ++i) {
    for (size_t k = 0; k < result.passages.size(); ++k) {
      const Passage& p = result.passages[k];
      if (overlap_size(p.a, spans_a[i]) * 5 >= spans_a[i].size() * 4 &&
          overlap_size(p.b, spans_b[i]) * 5 >= spans_b[i].size() * 4)
        covering[i] = static_cast<int>(k);
    }
    EXPECT_GE(covering[i], 0) << context << ": planted passage " << i << " (A " << spans_a[i].start << "-"
                              << spans_a[i].end << ", B " << spans_b[i].start << "-" << spans_b[i].end
                              << ") not covered 80% by one passage\nA:\n" << a << "\nB:\n" << b;
  }
  if (std::count(covering.begin(), covering.end(), -1) > 0) return;
  // Two planted passages both left unmoved must be in the same order in A and B.
  int moved = 0;
  for (int i = 0; i < 3; ++i) moved += result.passages[covering[i]].moved;
  for (int i = 0; i < 3; ++i)
    for (int j = i + 1; j < 3; ++j) {
      if (covering[i] == covering[j]) {
        // One passage may hold two planted pieces only if they keep their order.
        EXPECT_EQ(spans_a[i].start < spans_a[j].start, spans_b[i].start < spans_b[j].start)
            << context << ": planted passages " << i << " and " << j
            << " are in opposite orders in A and B but lie in one passage";
        continue;
      }
      if (result.passages[covering[i]].moved || result.passages[covering[j]].moved) continue;
      EXPECT_EQ(spans_a[i].start < spans_a[j].start, spans_b[i].start < spans_b[j].start)
          << context << ": planted passages " << i << " and " << j << " are out of order but neither is moved";
    }
  // At least 3 - (longest in-order run) of them are moved.
  // Pieces are 0, 1, 2 in A; order_b lists them as they appear in B.
  int lis = 1;
  for (int i = 0; i < 3; ++i)
    for (int j = i + 1; j < 3; ++j) {
      if (order_b[i] < order_b[j]) lis = std::max(lis, 2);
      for (int k = j + 1; k < 3; ++k)
        if (order_b[i] < order_b[j] && order_b[j] < order_b[k]) lis = 3;
    }
  std::string found;
  for (const Passage& p : result.passages)
    found += "\n  A " + std::to_string(p.a.start) + "-" + std::to_string(p.a.end) + " B " + std::to_string(p.b.start) +
             "-" + std::to_string(p.b.end) + (p.moved ? " moved" : "");
  for (int i = 0; i < 3; ++i)
    found += "\n  planted " + std::to_string(i) + ": A " + std::to_string(spans_a[i].start) + "-" +
             std::to_string(spans_a[i].end) + " B " + std::to_string(spans_b[i].start) + "-" +
             std::to_string(spans_b[i].end) + " -> passage " + std::to_string(covering[i]);
  EXPECT_GE(moved, 3 - lis) << context << found;
  if (lis == 3) EXPECT_EQ(moved, 0) << context << ": nothing was moved, yet passages are marked moved";
}

INSTANTIATE_TEST_SUITE_P(Seeds, PlantedPassages, ::testing::Range(1u, 21u));
// Seeds that once failed, kept as regression cases.
INSTANTIATE_TEST_SUITE_P(Regressions, PlantedPassages, ::testing::Values(162u));

}  // namespace
}  // namespace overlap
