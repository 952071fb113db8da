#include "sources_report.hpp"

#include <algorithm>
#include <numeric>

#include "report_text.hpp"

namespace overlap::cli {
namespace {

std::string label(size_t k) { return concat({"B", std::to_string(k + 1)}); }

// "62% of A from 2 of 3 sources: pa-1654.txt 41%, pa-1920.txt 15%", the sources that gave
// most first; or "Nothing of A appears in the 3 sources".
std::string summary_line(const SourcesReportInput& in) {
  const SourcesAlignment& r = *in.shown;
  std::vector<size_t> order(r.sources.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t l, size_t r_) { return r.sources[l].a_shared > r.sources[r_].a_shared; });
  const size_t giving = std::count_if(r.sources.begin(), r.sources.end(),
                                      [](const SourcesAlignment::Source& s) { return s.stats.passages > 0; });
  const std::string all = count(r.sources.size(), "source", "sources");
  if (giving == 0) return concat({"Nothing of A appears in the ", all});
  std::string line = concat({percent(r.a.shared), " of A from ",
                             giving == r.sources.size() ? all : concat({std::to_string(giving), " of ", all}), ": "});
  for (size_t i = 0; i < giving; ++i) {
    line += i ? ", " : "";
    line += in.source_names[order[i]];
    line += " ";
    line += percent(r.sources[order[i]].a_shared);
  }
  return line;
}

}  // namespace

std::string render_sources_report(const SourcesReportInput& in, bool color) {
  const SourcesAlignment& bytes = *in.bytes;
  const SourcesAlignment& shown = *in.shown;
  const std::string units(unit_name(shown.units));
  std::string out = concat({styled("A", bold, color), "  ", in.a_name, " · ", count(shown.a.words, "word", "words"),
                            " · ", std::to_string(shown.a.length), " ", units, "\n"});
  for (size_t k = 0; k < shown.sources.size(); ++k) {
    const SourcesAlignment::Source& s = shown.sources[k];
    out += concat({styled(label(k), bold, color), "  ", in.source_names[k], " · ",
                   count(s.stats.words, "word", "words"), " · ", std::to_string(s.stats.length), " ", units, " · ",
                   s.stats.passages ? concat({percent(s.a_shared), " of A"}) : "nothing of A", "\n"});
  }
  const size_t moved =
      std::count_if(shown.passages.begin(), shown.passages.end(), [](const Passage& p) { return p.moved; });
  out += concat({summary_line(in), "\n", count(shown.passages.size(), "passage", "passages"), " · ",
                 std::to_string(moved), " moved · ", count(shown.a.changed, "word", "words"),
                 " of A from no source\n"});

  // Grouped by source, each group in A's order; numbered through.
  const LineIndex a_lines(in.a);
  size_t number = 0;
  for (size_t k = 0; k < shown.sources.size(); ++k) {
    if (shown.sources[k].stats.passages == 0) continue;
    const LineIndex b_lines(in.sources[k]);
    out += concat({"\n",
                   styled(concat({"── ", label(k), " ", in.source_names[k], " · ",
                                  count(shown.sources[k].stats.passages, "passage", "passages"), " ──"}),
                          bold, color),
                   "\n"});
    for (size_t i = 0; i < bytes.passages.size() && i < shown.passages.size(); ++i)
      if (bytes.passages[i].source == k)
        out += passage_block(++number, bytes.passages[i], shown.passages[i], in.a, in.sources[k], a_lines, b_lines,
                             label(k), color);
  }
  return out;
}

}  // namespace overlap::cli
