// The terminal report on hand-made alignments, so that its layout is tested independently of
// what the alignment algorithm finds.
#include "report.hpp"

#include <gtest/gtest.h>

namespace overlap::cli {
namespace {

Span find(std::string_view text, std::string_view part) {
  auto at = uint32_t(text.find(part));
  return {at, at + uint32_t(part.size())};
}

// "on " removed inside a passage that is the second line of A and the first of B.
struct Fixture {
  std::string a = "Intro line.\nThe talks will continue on Wednesday, he said.\n";
  std::string b = "The talks will continue Wednesday, he said.\nMore.\n";
  Alignment alignment;

  Fixture() {
    Span keep1a = find(a, "The talks will continue "), gone = find(a, "on "), keep2a = find(a, "Wednesday, he said.");
    Span keep1b = find(b, "The talks will continue "), keep2b = find(b, "Wednesday, he said.");
    Passage p;
    p.a = {keep1a.start, keep2a.end};
    p.b = {keep1b.start, keep2b.end};
    p.similarity = 0.93;
    p.moved = true;
    p.edits = {{EditKind::equal, keep1a, keep1b},
               {EditKind::remove, gone, {keep2b.start, keep2b.start}},
               {EditKind::equal, keep2a, keep2b}};
    alignment.passages = {p};
    alignment.a = {uint32_t(a.size()), 10, 0.8, 1, 1};
    alignment.b = {uint32_t(b.size()), 8, 0.001, 1, 1};
    alignment.a.changed = 1;  // "on"
    alignment.changes = 1;
  }

  std::string render(bool color) const { return render_report({a, b, "a.txt", "b.txt", &alignment, &alignment}, color); }
};

TEST(Report, SummaryThenPassageHeaderThenMarkedText) {
  Fixture f;
  std::string out = f.render(false);
  EXPECT_EQ(out,
            "A  a.txt · 10 words · 59 bytes\n"
            "B  b.txt · 8 words · 50 bytes\n"
            "80% of A appears in B · <1% of B from A · 1 passage · 1 moved\n"
            "1 change · 1 word changed (1 in A, 0 in B)\n"
            "\n"
            "#1  A line 2 [12, 58)  ↔  B line 1 [0, 43)  ·  93% similar  ·  moved\n"
            "    The talks will continue [-on -]Wednesday, he said.\n");
}

TEST(Report, ColourReplacesMarkers) {
  Fixture f;
  std::string out = f.render(true);
  EXPECT_NE(out.find("continue \x1b[31;9mon \x1b[0mWednesday"), std::string::npos) << out;
  EXPECT_EQ(out.find("[-"), std::string::npos);
  EXPECT_NE(out.find("\x1b[33mmoved\x1b[0m"), std::string::npos);
}

TEST(Report, InsertionsAcrossLinesAreIndentedAndRecolouredPerLine) {
  Fixture f;
  f.b = "New one.\nNew two.\n" + f.b;
  Passage& p = f.alignment.passages[0];
  for (Edit& e : p.edits) e.b = {e.b.start + 18, e.b.end + 18};
  p.b.end += 18;
  p.edits.insert(p.edits.begin(), {EditKind::insert, {p.a.start, p.a.start}, {0, 18}});
  p.b.start = 0;

  std::string plain = f.render(false);
  // The marker closes before the line break, as the colour does.
  EXPECT_NE(plain.find("\n    {+New one.\n    New two.+}\n    The talks"), std::string::npos) << plain;
  EXPECT_NE(plain.find("B lines 1–3 [0, 61)"), std::string::npos) << plain;

  std::string coloured = f.render(true);
  EXPECT_NE(coloured.find("\n    \x1b[32mNew one.\x1b[0m\n    \x1b[32mNew two.\x1b[0m\n    The talks"), std::string::npos)
      << coloured;
}

TEST(Report, ControlCharactersOfTheTextsNeverReachTheTerminal) {
  Fixture f;
  // ESC [ 2, CR, BEL and the C1 CSI (U+009B): 7 bytes, as many as the "he said" they replace.
  f.a.replace(f.a.find("he said"), 7, "\x1b[2\r\x07\xC2\x9B");
  std::string out = f.render(true);
  EXPECT_EQ(out.find("\x1b[2"), std::string::npos);
  EXPECT_EQ(out.find('\r'), std::string::npos);
  EXPECT_EQ(out.find('\x07'), std::string::npos);
  EXPECT_EQ(out.find("\xC2\x9B"), std::string::npos);
  EXPECT_NE(out.find("Wednesday, \xEF\xBF\xBD[2\xEF\xBF\xBD\xEF\xBF\xBD."), std::string::npos) << out;
}

TEST(Report, NoPassagesIsJustTheSummary) {
  Fixture f;
  f.alignment.passages.clear();
  f.alignment.a.shared = f.alignment.b.shared = 0;
  std::string out = f.render(false);
  EXPECT_NE(out.find("0% of A appears in B · 0% of B from A · 0 passages · 0 moved\n"), std::string::npos);
  EXPECT_EQ(out.find("#1"), std::string::npos);
}

TEST(Report, IdenticalTextsSaySo) {
  Fixture f;
  f.b = f.a;
  EXPECT_NE(f.render(false).find("\nIdentical texts\n"), std::string::npos);
  f.b = f.a + " ";
  f.alignment.changes = 0;
  f.alignment.a.changed = 0;
  EXPECT_NE(f.render(false).find("\nNo changed words (only typography or spacing differs)\n"), std::string::npos);
}

TEST(Report, OffsetsAreShownInTheRequestedUnitsButTextIsSlicedByBytes) {
  Fixture f;
  Alignment shown = f.alignment;
  shown.units = Units::codepoints;
  shown.passages[0].a = {100, 146};
  std::string out = render_report({f.a, f.b, "a.txt", "b.txt", &f.alignment, &shown}, false);
  EXPECT_NE(out.find("59 code points"), std::string::npos);
  EXPECT_NE(out.find("A line 2 [100, 146)"), std::string::npos) << out;
  EXPECT_NE(out.find("The talks will continue [-on -]Wednesday"), std::string::npos);
}

}  // namespace
}  // namespace overlap::cli
