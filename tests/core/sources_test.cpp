// One text against several sources: attribution to the source that shares each stretch best,
// near-identical versions never splitting a passage, one source giving exactly `compare`, the
// invariants of every result per source, and the errors.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "invariants.hpp"
#include "overlap/json.hpp"
#include "overlap/overlap.hpp"
#include "sources_fixtures.hpp"
#include "test_support.hpp"

namespace overlap {
namespace {

using testing::edited;
using testing::expect_invariants;
using testing::joined;
using testing::paragraphs;

// The result's passages of one source as a two-text alignment, for the invariants of `compare`.
Alignment source_view(const SourcesAlignment& r, uint32_t k) {
  Alignment view;
  view.a = r.a;
  view.b = r.sources[k].stats;
  for (const Passage& p : r.passages)
    if (p.source == k) view.passages.push_back(p);
  return view;
}

void expect_sources_invariants(const SourcesAlignment& r, const std::string& a,
                               const std::vector<std::string>& sources, bool repeats_allowed = false) {
  ASSERT_EQ(r.sources.size(), sources.size());
  EXPECT_EQ(r.a.length, a.size());
  double attributed = 0;
  for (uint32_t k = 0; k < sources.size(); ++k) {
    SCOPED_TRACE("source " + std::to_string(k));
    expect_invariants(source_view(r, k), a, sources[k], repeats_allowed);
    EXPECT_EQ(r.sources[k].stats.passages, source_view(r, k).passages.size());
    attributed += r.sources[k].a_shared;
  }
  for (const Passage& p : r.passages) EXPECT_LT(p.source, sources.size());
  for (size_t i = 1; i < r.passages.size(); ++i) EXPECT_LE(r.passages[i - 1].a.start, r.passages[i].a.start);
  if (repeats_allowed) return;
  // Each stretch of A goes to one source: the passages never overlap in A, so the shares add up.
  for (size_t i = 1; i < r.passages.size(); ++i) EXPECT_LE(r.passages[i - 1].a.end, r.passages[i].a.start);
  EXPECT_NEAR(attributed, r.a.shared, 1e-9);
}

std::vector<std::string_view> views(const std::vector<std::string>& texts) {
  return {texts.begin(), texts.end()};
}

// The sources of the passages overlapping A's bytes [start, end).
std::set<uint32_t> sources_over(const SourcesAlignment& r, size_t start, size_t end) {
  std::set<uint32_t> out;
  for (const Passage& p : r.passages)
    if (p.a.start < end && start < p.a.end) out.insert(p.source);
  return out;
}

// The share of the copied letters of [start, end) of A (all but the words `edited` put in) inside
// "=" edits of passages of source k.
double shared_from(const SourcesAlignment& r, const std::string& a, size_t start, size_t end, uint32_t k) {
  std::vector<bool> equal(a.size(), false), put_in(a.size(), false);
  for (size_t at = a.find("edited"); at != std::string::npos; at = a.find("edited", at + 1))
    std::fill(put_in.begin() + at, put_in.begin() + at + 6, true);
  for (const Passage& p : r.passages)
    if (p.source == k)
      for (const Edit& e : p.edits)
        if (e.kind == EditKind::equal)
          for (uint32_t i = e.a.start; i < e.a.end; ++i) equal[i] = true;
  size_t letters = 0, kept = 0;
  for (size_t i = start; i < end; ++i)
    if (a[i] != ' ' && a[i] != '\n' && !put_in[i]) ++letters, kept += equal[i];
  return letters ? double(kept) / double(letters) : 0;
}

const char* const kFixtures[] = {"en.txt", "de.txt", "he.txt", "ar.txt", "zh.txt"};

TEST(Sources, OneSourceGivesCompare) {
  for (auto [a, b] : {std::pair{testing::read_file(testing::seed(testing::seed_a)),
                                testing::read_file(testing::seed(testing::seed_b))},
                      std::pair{joined(paragraphs("en.txt")), edited(joined(paragraphs("en.txt")), 25, 7)}}) {
    if (a.empty() || b.empty()) continue;  // the seed articles live outside the repository
    Result<Alignment> pair = compare(a, b);
    Result<SourcesAlignment> one = compare_sources(a, {b});
    ASSERT_TRUE(pair && one);
    EXPECT_EQ(one.value().passages, pair.value().passages);
    EXPECT_EQ(one.value().a.shared, pair.value().a.shared);
    EXPECT_EQ(one.value().a.changed, pair.value().a.changed);
    EXPECT_EQ(one.value().a.moved, pair.value().a.moved);
    ASSERT_EQ(one.value().sources.size(), 1u);
    EXPECT_EQ(one.value().sources[0].stats, pair.value().b);
    EXPECT_EQ(one.value().sources[0].a_shared, pair.value().a.shared);
  }
}

TEST(Sources, EachPlantedParagraphIsAttributedToItsSource) {
  for (size_t n = 2; n <= 5; ++n) {
    SCOPED_TRACE(std::to_string(n) + " sources");
    std::vector<std::string> sources;
    std::vector<std::vector<std::string>> of(n);
    for (size_t k = 0; k < n; ++k) {
      of[k] = paragraphs(kFixtures[k]);
      sources.push_back(joined(of[k]));
    }
    // A: two paragraphs of each source, interleaved and in reverse order, lightly edited (a
    // Chinese "word" edit would replace a whole sentence, so Chinese is copied verbatim).
    struct Planted { size_t source, start, end; };
    std::vector<Planted> planted;
    std::string a;
    for (size_t round = 0; round < 2; ++round)
      for (size_t k = n; k-- > 0;) {
        const std::string& p = of[k][of[k].size() - 1 - round * 2];
        const std::string copy = k == 4 ? p : edited(p, 25, unsigned(10 * n + k + round));
        a += "Our own words introduce this part of the story.\n\n";
        planted.push_back({k, a.size(), a.size() + copy.size()});
        a += copy + "\n\n";
      }
    Result<SourcesAlignment> r = compare_sources(a, views(sources));
    ASSERT_TRUE(r) << r.error().message;
    expect_sources_invariants(r.value(), a, sources);
    for (const Planted& p : planted) {
      SCOPED_TRACE("paragraph of source " + std::to_string(p.source) + " at " + std::to_string(p.start));
      EXPECT_EQ(sources_over(r.value(), p.start, p.end), std::set<uint32_t>{uint32_t(p.source)});
      EXPECT_GE(shared_from(r.value(), a, p.start, p.end, uint32_t(p.source)), 0.95);
    }
    for (size_t k = 0; k < n; ++k) EXPECT_GT(r.value().sources[k].a_shared, 0.05) << "source " << k;
  }
}

TEST(Sources, NearIdenticalVersionsDoNotSplitAPassage) {
  // Two versions of one story (the second with a few words changed, as an agency updates its
  // copy) and an unrelated story; A rewrites four paragraphs of the first version lightly.
  const std::vector<std::string> story = paragraphs("en.txt");
  const std::string first = joined(story), second = edited(first, 40, 3);
  const std::vector<std::string> sources{joined(paragraphs("de.txt")), first, second};
  std::string a;
  std::vector<std::pair<size_t, size_t>> planted;
  for (size_t i : {0u, 2u, 4u, 6u}) {
    const std::string copy = edited(story[i], 30, unsigned(100 + i));
    planted.push_back({a.size(), a.size() + copy.size()});
    a += copy + "\n\n";
  }
  Result<SourcesAlignment> r = compare_sources(a, views(sources));
  ASSERT_TRUE(r) << r.error().message;
  expect_sources_invariants(r.value(), a, sources);
  for (auto [start, end] : planted) {
    SCOPED_TRACE("paragraph at " + std::to_string(start));
    std::set<uint32_t> from = sources_over(r.value(), start, end);
    EXPECT_EQ(from.size(), 1u) << "a paragraph split between versions";
    EXPECT_FALSE(from.count(0)) << "attributed to the unrelated story";
    if (from.size() == 1) EXPECT_GE(shared_from(r.value(), a, start, end, *from.begin()), 0.95);
  }
  EXPECT_EQ(r.value().sources[0].stats.passages, 0u);

  // Identical versions: the first given wins every passage.
  const std::vector<std::string> twins{first, first};
  Result<SourcesAlignment> t = compare_sources(a, views(twins));
  ASSERT_TRUE(t);
  expect_sources_invariants(t.value(), a, twins);
  EXPECT_GT(t.value().sources[0].stats.passages, 0u);
  EXPECT_EQ(t.value().sources[1].stats.passages, 0u);
  // With repeats allowed, every source that shares a stretch gets it.
  Options repeats;
  repeats.allow_repeats = true;
  Result<SourcesAlignment> both = compare_sources(a, views(twins), repeats);
  ASSERT_TRUE(both);
  expect_sources_invariants(both.value(), a, twins, true);
  EXPECT_EQ(both.value().sources[0].stats.passages, both.value().sources[1].stats.passages);
  EXPECT_GT(both.value().sources[1].stats.passages, 0u);
}

TEST(Sources, Errors) {
  Result<SourcesAlignment> none = compare_sources("text", {});
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, ErrorCode::invalid_options);
  EXPECT_EQ(none.error().subject, "sources");
  std::vector<std::string_view> many(max_sources + 1, "text");
  EXPECT_FALSE(compare_sources("text", many));

  const std::string half((max_input_bytes / 2) + 1, 'x');
  Result<SourcesAlignment> big = compare_sources("text", {half, half});
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().code, ErrorCode::input_too_large);
  EXPECT_EQ(big.error().subject, "the sources together");

  Options bad;
  bad.min_words = 0;
  EXPECT_EQ(compare_sources("a", {"b"}, bad).error().code, ErrorCode::invalid_options);

  // Empty texts and sources are fine: nothing is shared.
  Result<SourcesAlignment> empty = compare_sources("", {"", "some text"});
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty.value().passages.empty());
  EXPECT_EQ(empty.value().sources.size(), 2u);
}

TEST(Sources, WarningsNameTheSource) {
  const std::string story = joined(paragraphs("en.txt"));
  Result<SourcesAlignment> r = compare_sources(story, {story, std::string("bad \xff byte")});
  ASSERT_TRUE(r);
  ASSERT_EQ(r.value().warnings.size(), 1u);
  EXPECT_NE(r.value().warnings[0].find("source 2"), std::string::npos) << r.value().warnings[0];
}

// UTF-16 code units of the first `bytes` bytes of `text` (valid UTF-8).
uint32_t utf16_units(const std::string& text, uint32_t bytes) {
  uint32_t units = 0;
  for (uint32_t i = 0; i < bytes; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    units += (c & 0xC0) != 0x80;  // a lead byte: one code point…
    units += c >= 0xF0;           // …two units beyond the BMP
  }
  return units;
}

TEST(Sources, UnitsConvertEachSourceByItsOwnText) {
  const std::string story = joined(paragraphs("en.txt"));
  const std::string accented = "Été — " + story;  // bytes before the story: 10; UTF-16 units: 6
  const std::vector<std::string> sources{"unrelated", accented};
  Result<SourcesAlignment> r = compare_sources(story, views(sources));
  ASSERT_TRUE(r);
  ASSERT_FALSE(r.value().passages.empty());
  SourcesAlignment utf16 = to_units(r.value(), story, views(sources), Units::utf16);
  EXPECT_EQ(utf16.units, Units::utf16);
  EXPECT_EQ(utf16.sources[1].stats.length, utf16_units(accented, uint32_t(accented.size())));
  EXPECT_EQ(utf16.sources[0].stats.length, 9u);
  for (size_t i = 0; i < utf16.passages.size(); ++i) {
    const Passage &bytes = r.value().passages[i], &units = utf16.passages[i];
    ASSERT_EQ(units.source, 1u);
    EXPECT_EQ(units.b.start, utf16_units(accented, bytes.b.start));
    EXPECT_EQ(units.b.end, utf16_units(accented, bytes.b.end));
    EXPECT_EQ(units.a.end, utf16_units(story, bytes.a.end));
  }
}

TEST(Sources, JsonNamesEachSourceAndEachPassagesSource) {
  const std::string story = joined(paragraphs("en.txt"));
  Result<SourcesAlignment> r = compare_sources(story, {"unrelated words here", story});
  ASSERT_TRUE(r);
  const std::string json = to_json(r.value(), {"PA 16:54", "PA \"19:20\""});
  EXPECT_NE(json.find("\"sources\": [\n  {\"name\": \"PA 16:54\", \"length\": 20, \"words\": 3"), std::string::npos) << json;
  EXPECT_NE(json.find("{\"name\": \"PA \\\"19:20\\\"\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"a_shared\": 1, \"passages\": 1"), std::string::npos) << json;
  EXPECT_NE(json.find("{\"source\": 1, \"a\": [0, "), std::string::npos) << json;
  EXPECT_EQ(json.find("\"b\": {"), std::string::npos) << "no B figures with several sources";
}

}  // namespace
}  // namespace overlap
