#include "pan_xml.hpp"

#include <charconv>
#include <map>

namespace overlap::pan {
namespace {

using Attributes = std::map<std::string, std::string, std::less<>>;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string unescape(std::string_view s) {
  static constexpr std::pair<std::string_view, char> entities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    bool replaced = false;
    if (s[i] == '&') {
      for (auto [entity, c] : entities) {
        if (s.substr(i, entity.size()) == entity) {
          out += c;
          i += entity.size() - 1;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += s[i];
  }
  return out;
}

std::string escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// The attributes of one element, given the text between its name and its closing '>'.
Attributes parse_attributes(std::string_view s) {
  Attributes attributes;
  size_t i = 0;
  while (true) {
    while (i < s.size() && is_space(s[i])) ++i;
    size_t name_start = i;
    while (i < s.size() && !is_space(s[i]) && s[i] != '=' && s[i] != '/') ++i;
    if (i == name_start) break;
    std::string name(s.substr(name_start, i - name_start));
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size() || s[i] != '=') continue;  // an attribute without a value: ignore it
    ++i;
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size() || (s[i] != '"' && s[i] != '\'')) break;
    char quote = s[i++];
    size_t value_end = s.find(quote, i);
    if (value_end == std::string_view::npos) break;
    attributes[name] = unescape(s.substr(i, value_end - i));
    i = value_end + 1;
  }
  return attributes;
}

std::optional<uint64_t> number(const Attributes& attributes, std::string_view name) {
  auto it = attributes.find(name);
  if (it == attributes.end()) return std::nullopt;
  uint64_t value = 0;
  const std::string& s = it->second;
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<std::vector<Annotation>> read_annotations(std::string_view xml, std::string_view feature_name,
                                                        std::string_view source_reference) {
  std::vector<Annotation> annotations;
  constexpr std::string_view tag = "<feature";
  for (size_t at = xml.find(tag); at != std::string_view::npos; at = xml.find(tag, at)) {
    at += tag.size();
    size_t close = xml.find('>', at);
    if (close == std::string_view::npos) return std::nullopt;
    Attributes attributes = parse_attributes(xml.substr(at, close - at));
    at = close;
    auto name = attributes.find("name");
    if (name == attributes.end() || name->second != feature_name) continue;
    auto source = attributes.find("source_reference");
    if (source != attributes.end() && source->second != source_reference) continue;
    auto this_offset = number(attributes, "this_offset");
    auto this_length = number(attributes, "this_length");
    auto source_offset = number(attributes, "source_offset");
    auto source_length = number(attributes, "source_length");
    if (!this_offset || !this_length || !source_offset || !source_length) return std::nullopt;
    annotations.push_back({{*this_offset, *this_length}, {*source_offset, *source_length}});
  }
  return annotations;
}

std::string detection_xml(std::string_view this_reference, std::string_view source_reference,
                          const std::vector<Annotation>& detections) {
  std::string out = "<document reference=\"" + escape(this_reference) + "\">\n";
  for (const Annotation& d : detections) {
    out += "<feature name=\"detected-plagiarism\" this_offset=\"" + std::to_string(d.this_range.offset) +
           "\" this_length=\"" + std::to_string(d.this_range.length) + "\" source_reference=\"" +
           escape(source_reference) + "\" source_offset=\"" + std::to_string(d.source_range.offset) +
           "\" source_length=\"" + std::to_string(d.source_range.length) + "\"/>\n";
  }
  return out + "</document>\n";
}

}  // namespace overlap::pan
