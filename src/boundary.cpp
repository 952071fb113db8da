#include "boundary.hpp"

#include <algorithm>

#include "stats.hpp"
#include "text/dictionaries.hpp"

namespace overlap {

std::optional<Error> check_input(std::string_view a, std::string_view b, const Options& options) {
  if (std::vector<Error> errors = validate(options); !errors.empty()) return errors.front();
  if (auto error = check_size("A", a.size())) return error;
  if (auto error = check_size("B", b.size())) return error;
  return check_icu();
}

void finish(Alignment& result, const text::Document& a, const text::Document& b) {
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
    for (std::string& w : text::missing_dictionary_warnings(doc->text, name)) result.warnings.push_back(std::move(w));
  }
}

}  // namespace overlap
