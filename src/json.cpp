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

std::string stats(const TextStats& s) {
  return "{\"length\": " + std::to_string(s.length) + ", \"words\": " + std::to_string(s.words) +
         ", \"shared\": " + number(s.shared) + ", \"passages\": " + std::to_string(s.passages) +
         ", \"moved\": " + std::to_string(s.moved) + ", \"changed\": " + std::to_string(s.changed) + "}";
}

}  // namespace

std::string to_json(const Alignment& alignment) {
  std::string out = "{\"units\": " + quoted(to_string(alignment.units)) + ",\n";
  out += " \"a\": " + stats(alignment.a) + ",\n";
  out += " \"b\": " + stats(alignment.b) + ",\n";
  out += " \"changes\": " + std::to_string(alignment.changes) + ",\n";
  out += " \"passages\": [";
  for (size_t i = 0; i < alignment.passages.size(); ++i) {
    const Passage& p = alignment.passages[i];
    out += i ? ",\n  " : "\n  ";
    out += "{\"a\": " + span(p.a) + ", \"b\": " + span(p.b) + ", \"similarity\": " +
           number(p.similarity) + ", \"moved\": " + (p.moved ? "true" : "false") + ", \"edits\": [";
    for (size_t k = 0; k < p.edits.size(); ++k) {
      const Edit& e = p.edits[k];
      out += (k ? ", [" : "[") + quoted(to_string(e.kind)) + ", " + span(e.a) + ", " + span(e.b) + "]";
    }
    out += "]}";
  }
  out += alignment.passages.empty() ? "],\n" : "\n ],\n";
  out += " \"warnings\": [";
  for (size_t i = 0; i < alignment.warnings.size(); ++i)
    out += (i ? ", " : "") + quoted(alignment.warnings[i]);
  out += "]}\n";
  return out;
}

}  // namespace overlap
