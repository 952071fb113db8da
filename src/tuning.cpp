#include "tuning.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <type_traits>

namespace overlap {
namespace {

// Calls visit(name, field) for every value of the table, in declaration order: the one list of
// names (tests/core/tuning_test.cpp sets each by its name and sees the description change).
template <class T, class Visit>
void for_each_value(T& t, Visit&& visit) {
  visit("text.stem_letters", t.text.stem_letters);
  visit("text.wrap_max_line", t.text.wrap_max_line);
  visit("text.wrap_full_line", t.text.wrap_full_line);
  visit("text.wrap_min_lines", t.text.wrap_min_lines);
  visit("text.wrap_full_share", t.text.wrap_full_share);
  visit("seeding.run_words", t.seeding.run_words);
  visit("seeding.max_run_repeats", t.seeding.max_run_repeats);
  visit("seeding.sentence_similarity", t.seeding.sentence_similarity);
  visit("seeding.function_word_share", t.seeding.function_word_share);
  visit("seeding.function_word_min", t.seeding.function_word_min);
  visit("seeding.function_word_max", t.seeding.function_word_max);
  visit("seeding.min_shared_content", t.seeding.min_shared_content);
  visit("clustering.max_neighbours", t.clustering.max_neighbours);
  visit("banding.long_band_share", t.banding.long_band_share);
  visit("banding.max_crossing_checks", t.banding.max_crossing_checks);
  visit("carving.max_carvers", t.carving.max_carvers);
  visit("carving.max_seed_cover", t.carving.max_seed_cover);
  visit("candidates.sentence_snap_words", t.candidates.sentence_snap_words);
  visit("candidates.stray_edge_words", t.candidates.stray_edge_words);
  visit("candidates.unmatched_word_cost", t.candidates.unmatched_word_cost);
  visit("candidates.in_order_min_density", t.candidates.in_order_min_density);
  visit("candidates.in_order_kept_score", t.candidates.in_order_kept_score);
  visit("candidates.in_order_change_cost", t.candidates.in_order_change_cost);
  visit("candidates.max_gap_product", t.candidates.max_gap_product);
  visit("summaries.reach_factor", t.summaries.reach_factor);
  visit("summaries.min_compression", t.summaries.min_compression);
  visit("summaries.min_sentences", t.summaries.min_sentences);
  visit("summaries.copy_similarity", t.summaries.copy_similarity);
  visit("summaries.min_containment", t.summaries.min_containment);
  visit("moves.min_words", t.moves.min_words);
  visit("moves.min_touching_words", t.moves.min_touching_words);
  visit("moves.gap_words", t.moves.gap_words);
  visit("moves.min_piece_words", t.moves.min_piece_words);
  visit("moves.improbable_bits", t.moves.improbable_bits);
  visit("diff_mode.anchor_words", t.diff_mode.anchor_words);
  visit("diff_mode.max_anchor_repeats", t.diff_mode.max_anchor_repeats);
  visit("diff_mode.moved_run_words", t.diff_mode.moved_run_words);
  visit("diff_mode.max_moved_run_repeats", t.diff_mode.max_moved_run_repeats);
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

template <class Number>
std::optional<std::string> parse(std::string_view name, std::string_view text, Number& out) {
  Number value{};
  bool whole = false;
  if constexpr (std::is_integral_v<Number>) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    whole = error == std::errc{} && end == text.data() + text.size();
  } else {  // libc++ of the wasm toolchain has no floating-point from_chars
    std::string copy(text);
    char* end = nullptr;
    value = std::strtod(copy.c_str(), &end);
    whole = !copy.empty() && end == copy.c_str() + copy.size();
  }
  if (!whole)
    return std::string(name) + ": '" + std::string(text) + "' is not " +
           (std::is_integral_v<Number> ? "a whole number" : "a number");
  if constexpr (std::is_floating_point_v<Number>) {
    if (!std::isfinite(value) || value < 0)
      return std::string(name) + ": " + std::string(text) + " is not a finite number >= 0";
  }
  // Counts are indices and thresholds: zero words or seeds would disable a stage silently.
  if constexpr (std::is_integral_v<Number>) {
    if (value == 0) return std::string(name) + ": must be at least 1";
  }
  out = value;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> set_tuning(Tuning& tuning, std::string_view name, std::string_view value) {
  std::optional<std::string> error = "unknown tuning value '" + std::string(name) + "'";
  value = trimmed(value);
  for_each_value(tuning, [&](std::string_view field, auto& slot) {
    if (field == name) error = parse(name, value, slot);
  });
  return error;
}

std::optional<std::string> read_tuning(Tuning& tuning, std::string_view text) {
  size_t number = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    ++number;
    line = trimmed(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    size_t equals = line.find('=');
    if (equals == std::string_view::npos)
      return "line " + std::to_string(number) + ": expected 'name = value'";
    if (auto error = set_tuning(tuning, trimmed(line.substr(0, equals)), line.substr(equals + 1)))
      return "line " + std::to_string(number) + ": " + *error;
  }
  return std::nullopt;
}

std::vector<std::string> describe_tuning(const Tuning& tuning) {
  std::vector<std::string> lines;
  for_each_value(tuning, [&](std::string_view name, const auto& value) {
    char number[64];
    if constexpr (std::is_floating_point_v<std::decay_t<decltype(value)>>)
      std::snprintf(number, sizeof number, "%g", double(value));
    else
      std::snprintf(number, sizeof number, "%llu", static_cast<unsigned long long>(value));
    lines.push_back(std::string(name) + " = " + number);
  });
  return lines;
}

}  // namespace overlap
