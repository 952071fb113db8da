#include "report.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace overlap::cli {
namespace {

struct Style {
  std::string_view open_marker, close_marker;  // without colour
  std::string_view colour;                      // SGR sequence with colour
};
constexpr Style plain{"", "", ""};
constexpr Style removed{"[-", "-]", "\x1b[31;9m"};  // red, struck through
constexpr Style inserted{"{+", "+}", "\x1b[32m"};   // green
constexpr std::string_view bold = "\x1b[1m", yellow = "\x1b[33m", reset = "\x1b[0m";
constexpr std::string_view indent = "    ";
constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// 1-based line numbers of byte offsets, by binary search over the line starts.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(uint32_t(i + 1));
  }
  uint32_t line_of(uint32_t offset) const {
    return uint32_t(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
  }
  // "line 3" or "lines 3–5" for the non-empty span s.
  std::string lines(Span s) const {
    uint32_t first = line_of(s.start), last = line_of(s.empty() ? s.start : s.end - 1);
    if (first == last) return "line " + std::to_string(first);
    return "lines " + std::to_string(first) + "–" + std::to_string(last);
  }

 private:
  std::vector<uint32_t> starts_{0};
};

// Writes passage text indented, keeping a colour from bleeding over line breaks (pagers such as
// `less -R` redraw line by line) and keeping the text's own control characters (an escape
// sequence in a compared file, a CR of a CRLF line end) from acting on the terminal.
class BodyWriter {
 public:
  BodyWriter(std::string& out, bool color) : out_(out), color_(color) {}

  void write(std::string_view text, const Style& style) {
    // A styled stretch ending a line closes before the line break, so the next line starts clean.
    size_t body_end = text.find_last_not_of("\r\n") + 1;  // npos + 1 == 0: all line breaks
    if (!style.colour.empty() && body_end < text.size()) {
      write(text.substr(0, body_end), style);
      write(text.substr(body_end), plain);
      return;
    }
    for (size_t i = 0; i < text.size(); ++i) {
      unsigned char c = text[i];
      if (c == '\r') continue;
      if (c == '\n') {
        if (colour_on_) out_ += reset;
        colour_on_ = false;
        out_ += '\n';
        at_line_start_ = true;
        continue;
      }
      begin_char(style);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        out_ += replacement;
      } else if (c == 0xC2 && i + 1 < text.size() && (unsigned char)text[i + 1] >= 0x80 &&
                 (unsigned char)text[i + 1] <= 0x9F) {
        out_ += replacement;  // C1 controls, U+0080–U+009F: U+009B is a CSI on some terminals
        ++i;
      } else {
        out_ += char(c);
      }
    }
    if (colour_on_) out_ += reset;
    colour_on_ = false;
    if (marker_open_) out_ += style.close_marker;
    marker_open_ = false;
  }

  void finish() {
    if (!at_line_start_) out_ += '\n';
    at_line_start_ = true;
  }

 private:
  std::string& out_;
  bool color_;
  bool at_line_start_ = true;
  bool colour_on_ = false;
  bool marker_open_ = false;

  // Before each visible character: the indent at a line start, then the style, opened lazily so
  // that a marker or colour never lands before the indent.
  void begin_char(const Style& style) {
    if (at_line_start_) out_ += indent;
    at_line_start_ = false;
    if (color_ && !colour_on_ && !style.colour.empty()) {
      out_ += style.colour;
      colour_on_ = true;
    }
    if (!color_ && !marker_open_ && !style.open_marker.empty()) {
      out_ += style.open_marker;
      marker_open_ = true;
    }
  }
};

// Whole percent, but never rounding a little to 0% or almost all to 100%.
std::string percent(double x) {
  if (x > 0 && x < 0.005) return "<1%";
  if (x < 1 && x > 0.995) return ">99%";
  return std::to_string(int(std::lround(x * 100))) + "%";
}

std::string count(size_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

std::string_view unit_name(Units units) {
  switch (units) {
    case Units::utf8: return "bytes";
    case Units::utf16: return "UTF-16 units";
    case Units::codepoints: return "code points";
  }
  return "";
}

std::string span_text(Span s) {
  std::string text = "[";  // built by appending: GCC 12 warns falsely (-Wrestrict) on "[" + string
  text += std::to_string(s.start);
  text += ", ";
  text += std::to_string(s.end);
  return text += ")";
}

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

std::string styled(std::string_view text, std::string_view sgr, bool color) {
  return color ? std::string(sgr) + std::string(text) + std::string(reset) : std::string(text);
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
  for (size_t i = 0; i < bytes.passages.size() && i < shown.passages.size(); ++i) {
    const Passage& p = bytes.passages[i];
    const Passage& q = shown.passages[i];
    out += '\n';
    out += styled("#" + std::to_string(i + 1), bold, color);
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on long "literal" + string chains.
    for (const std::string& part : {std::string("  A "), a_lines.lines(p.a), std::string(" "), span_text(q.a),
                                    std::string("  ↔  B "), b_lines.lines(p.b), std::string(" "), span_text(q.b),
                                    std::string("  ·  "), percent(q.similarity), std::string(" similar")})
      out += part;
    if (q.moved) out += "  ·  " + styled("moved", yellow, color);
    out += '\n';
    BodyWriter body(out, color);
    for (const Edit& e : p.edits) {
      switch (e.kind) {
        case EditKind::equal: body.write(in.a.substr(e.a.start, e.a.size()), plain); break;
        case EditKind::remove: body.write(in.a.substr(e.a.start, e.a.size()), removed); break;
        case EditKind::insert: body.write(in.b.substr(e.b.start, e.b.size()), inserted); break;
      }
    }
    body.finish();
  }
  return out;
}

}  // namespace overlap::cli
