#include "pipeline.hpp"

#include <algorithm>

#include "align/typography.hpp"
#include "stats.hpp"

namespace overlap {
namespace {

std::string megabytes(size_t bytes) {
  return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MB";
}

}  // namespace

std::optional<Error> check_input(std::string_view a, std::string_view b, const Options& options) {
  if (std::vector<Error> errors = validate(options); !errors.empty()) return errors.front();
  for (auto [name, text] : {std::pair{"A", a}, std::pair{"B", b}}) {
    if (text.size() > max_input_bytes) {
      return Error{ErrorCode::input_too_large, std::string("input ") + name + " is " +
                                                   megabytes(text.size()) + "; the limit is " +
                                                   megabytes(max_input_bytes)};
    }
  }
  return std::nullopt;
}

void finish(Alignment& result, const text::Document& a, const text::Document& b, const Options& options) {
  if (!options.show_typography) align::hide_typographic_edits(result.passages, a.text, b.text);
  std::vector<Span> in_a, in_b;
  uint32_t moved = 0;
  for (const Passage& p : result.passages) {
    in_a.push_back(p.a);
    in_b.push_back(p.b);
    moved += p.moved;
  }
  result.a = text_stats(a, std::move(in_a), moved);
  result.b = text_stats(b, std::move(in_b), moved);
  count_changes(result, a, b);
  for (auto [name, doc] : {std::pair{"A", &a}, std::pair{"B", &b}}) {
    if (doc->had_invalid_utf8)
      result.warnings.push_back(std::string("input ") + name +
                                " is not valid UTF-8: invalid bytes were matched as U+FFFD");
  }
}

}  // namespace overlap
