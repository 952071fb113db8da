#include "report_text.hpp"

#include <algorithm>
#include <cmath>

namespace overlap::cli {
namespace {

struct Style {
  std::string_view open_marker, close_marker;  // without colour
  std::string_view colour;                      // SGR sequence with colour
};
constexpr Style plain{"", "", ""};
constexpr Style removed{"[-", "-]", "\x1b[31;9m"};  // red, struck through
constexpr Style inserted{"{+", "+}", "\x1b[32m"};   // green
constexpr std::string_view indent = "    ";
constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

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

std::string span_text(Span s) {
  std::string text = "[";  // built by appending: GCC 12 warns falsely (-Wrestrict) on "[" + string
  text += std::to_string(s.start);
  text += ", ";
  text += std::to_string(s.end);
  return text += ")";
}

}  // namespace

LineIndex::LineIndex(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(uint32_t(i + 1));
}

uint32_t LineIndex::line_of(uint32_t offset) const {
  return uint32_t(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
}

std::string LineIndex::lines(Span s) const {
  uint32_t first = line_of(s.start), last = line_of(s.empty() ? s.start : s.end - 1);
  if (first == last) return concat({"line ", std::to_string(first)});
  return concat({"lines ", std::to_string(first), "–", std::to_string(last)});
}

std::string concat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) out += part;
  return out;
}

std::string percent(double x) {
  if (x > 0 && x < 0.005) return "<1%";
  if (x < 1 && x > 0.995) return ">99%";
  return concat({std::to_string(int(std::lround(x * 100))), "%"});
}

std::string count(size_t n, std::string_view singular, std::string_view plural) {
  return concat({std::to_string(n), " ", n == 1 ? singular : plural});
}

std::string_view unit_name(Units units) {
  switch (units) {
    case Units::utf8: return "bytes";
    case Units::utf16: return "UTF-16 units";
    case Units::codepoints: return "code points";
  }
  return "";
}

std::string styled(std::string_view text, std::string_view sgr, bool color) {
  return color ? concat({sgr, text, reset}) : std::string(text);
}

std::string passage_block(size_t number, const Passage& p, const Passage& q, std::string_view a, std::string_view b,
                          const LineIndex& a_lines, const LineIndex& b_lines, std::string_view b_label, bool color) {
  std::string out = "\n";
  out += styled(concat({"#", std::to_string(number)}), bold, color);
  out += concat({"  A ", a_lines.lines(p.a), " ", span_text(q.a), "  ↔  ", b_label, " ", b_lines.lines(p.b), " ",
                 span_text(q.b), "  ·  ", percent(q.similarity), " similar"});
  if (q.moved) out += concat({"  ·  ", styled("moved", yellow, color)});
  out += '\n';
  BodyWriter body(out, color);
  for (const Edit& e : p.edits) {
    switch (e.kind) {
      case EditKind::equal: body.write(a.substr(e.a.start, e.a.size()), plain); break;
      case EditKind::remove: body.write(a.substr(e.a.start, e.a.size()), removed); break;
      case EditKind::insert: body.write(b.substr(e.b.start, e.b.size()), inserted); break;
    }
  }
  body.finish();
  return out;
}

}  // namespace overlap::cli
