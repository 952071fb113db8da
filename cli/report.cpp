#include "report.hpp"

#include <algorithm>
#include <string>

#include "report_text.hpp"

namespace overlap::cli {
namespace {

// "Identical texts", "No changed words (only typography or spacing differs)" or
// "3 changes · 5 words changed (2 in A, 3 in B)".
std::string changes_line(std::string_view a, std::string_view b, const Alignment& r) {
  if (a == b) return "Identical texts";
  uint32_t words = r.a.changed + r.b.changed;
  if (r.changes == 0 && words == 0) return "No changed words (only typography or spacing differs)";
  std::string line = count(r.changes, "change", "changes");  // appended piece by piece: see below
  for (const std::string& part : {std::string(" · "), count(words, "word", "words"), std::string(" changed ("),
                                  std::to_string(r.a.changed), std::string(" in A, "), std::to_string(r.b.changed),
                                  std::string(" in B)")})
    line += part;
  return line;
}

}  // namespace

std::string render_report(const ReportInput& in, bool color) {
  const Alignment& bytes = *in.bytes;
  const Alignment& shown = *in.shown;
  std::string out;
  auto text_line = [&](std::string_view label, std::string_view name, const TextStats& s) {
    out += styled(label, bold, color) + "  " + std::string(name) + " · " + count(s.words, "word", "words") + " · " +
           std::to_string(s.length) + " " + std::string(unit_name(shown.units)) + "\n";
  };
  text_line("A", in.a_name, shown.a);
  text_line("B", in.b_name, shown.b);

  size_t moved = std::count_if(shown.passages.begin(), shown.passages.end(), [](const Passage& p) { return p.moved; });
  out += percent(shown.a.shared) + " of A appears in B · " + percent(shown.b.shared) + " of B from A · " +
         count(shown.passages.size(), "passage", "passages") + " · " + std::to_string(moved) + " moved\n";
  out += changes_line(in.a, in.b, shown) + "\n";
  if (shown.passages.empty()) return out;

  LineIndex a_lines(in.a), b_lines(in.b);
  for (size_t i = 0; i < bytes.passages.size() && i < shown.passages.size(); ++i)
    out += passage_block(i + 1, bytes.passages[i], shown.passages[i], in.a, in.b, a_lines, b_lines, "B", color);
  return out;
}

}  // namespace overlap::cli
