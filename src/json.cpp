#include "overlap/json.hpp"

#include <cmath>
#include <cstdio>

#include "overlap/overlap.hpp"

namespace overlap {
namespace {

std::string number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", std::round(x * 10000) / 10000);
  std::string s(buffer);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string span(Span s) { return "[" + std::to_string(s.start) + ", " + std::to_string(s.end) + "]"; }

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// The members of a text's figures, without braces; `after_shared` (more members, or nothing) goes
// after "shared", where a source's share of A belongs.
std::string stats_members(const TextStats& s, const std::string& after_shared = "") {
  return "\"length\": " + std::to_string(s.length) + ", \"words\": " + std::to_string(s.words) +
         ", \"shared\": " + number(s.shared) + after_shared + ", \"passages\": " + std::to_string(s.passages) +
         ", \"moved\": " + std::to_string(s.moved) + ", \"changed\": " + std::to_string(s.changed);
}

std::string stats(const TextStats& s) { return "{" + stats_members(s) + "}"; }

// One passage per line, with "source" first when comparing with several sources.
std::string passages_json(const std::vector<Passage>& passages, bool with_source) {
  std::string out = " \"passages\": [";
  for (size_t i = 0; i < passages.size(); ++i) {
    const Passage& p = passages[i];
    out += i ? ",\n  " : "\n  ";
    out += with_source ? "{\"source\": " + std::to_string(p.source) + ", \"a\": " : "{\"a\": ";
    out += span(p.a) + ", \"b\": " + span(p.b) + ", \"similarity\": " + number(p.similarity) +
           ", \"moved\": " + (p.moved ? "true" : "false") + ", \"edits\": [";
    for (size_t k = 0; k < p.edits.size(); ++k) {
      const Edit& e = p.edits[k];
      out += (k ? ", [" : "[") + quoted(to_string(e.kind)) + ", " + span(e.a) + ", " + span(e.b) + "]";
    }
    out += "]}";
  }
  out += passages.empty() ? "],\n" : "\n ],\n";
  return out;
}

std::string warnings_json(const std::vector<std::string>& warnings) {
  std::string out = " \"warnings\": [";
  for (size_t i = 0; i < warnings.size(); ++i) out += (i ? ", " : "") + quoted(warnings[i]);
  return out + "]}\n";
}

}  // namespace

std::string to_json(const Alignment& alignment) {
  std::string out = "{\"units\": " + quoted(to_string(alignment.units)) + ",\n";
  out += " \"a\": " + stats(alignment.a) + ",\n";
  out += " \"b\": " + stats(alignment.b) + ",\n";
  out += " \"changes\": " + std::to_string(alignment.changes) + ",\n";
  return out + passages_json(alignment.passages, false) + warnings_json(alignment.warnings);
}

std::string to_json(const SourcesAlignment& alignment, const std::vector<std::string>& names) {
  std::string out = "{\"units\": " + quoted(to_string(alignment.units)) + ",\n";
  out += " \"a\": " + stats(alignment.a) + ",\n";
  out += " \"sources\": [";
  for (size_t k = 0; k < alignment.sources.size(); ++k) {
    const SourcesAlignment::Source& s = alignment.sources[k];
    out += k ? ",\n  " : "\n  ";
    out += "{\"name\": " + quoted(k < names.size() ? names[k] : "source " + std::to_string(k + 1)) + ", " +
           stats_members(s.stats, ", \"a_shared\": " + number(s.a_shared)) + "}";
  }
  out += alignment.sources.empty() ? "],\n" : "\n ],\n";
  return out + passages_json(alignment.passages, true) + warnings_json(alignment.warnings);
}

}  // namespace overlap
