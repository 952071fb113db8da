#include "args.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "overlap/overlap.hpp"

namespace overlap::cli {
namespace {

constexpr std::string_view see_help = " (see 'overlap --help')";

std::optional<uint32_t> parse_count(std::string_view s) {
  uint32_t value = 0;
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (s.empty() || error != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<double> parse_fraction(const std::string& s) {
  char* end = nullptr;
  double value = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size()) return std::nullopt;
  return value;
}

std::optional<Units> parse_units(std::string_view s) {
  for (Units u : {Units::utf8, Units::utf16, Units::codepoints})
    if (to_string(u) == s) return u;
  return std::nullopt;
}

// One pass over the arguments. The comparison options (Options) apply to both commands; the
// others belong to one, and naming the other command's option says so rather than "unknown".
class Parser {
 public:
  explicit Parser(const std::vector<std::string>& args) : args_(args) {}

  ParsedArgs run() {
    bool pan = !args_.empty() && args_[0] == "pan";
    CompareArgs compare;
    PanArgs pan_args;
    std::vector<std::string> operands;
    bool options_ended = false;
    for (i_ = pan ? 1 : 0; i_ < args_.size() && error_.empty(); ++i_) {
      const std::string& arg = args_[i_];
      if (options_ended || arg == "-" || arg.size() < 2 || arg[0] != '-') {
        operands.push_back(arg);
        continue;
      }
      if (arg == "--") {
        options_ended = true;
        continue;
      }
      split(arg);
      if (name_ == "--help" || name_ == "-h") return {HelpArgs{}, ""};
      if (name_ == "--version" || name_ == "-V") return {VersionArgs{}, ""};
      Options& options = pan ? pan_args.options : compare.options;
      if (shared_option(options)) continue;
      if (pan ? pan_option(pan_args) : compare_option(compare)) continue;
      if (error_.empty()) {
        bool other_command = pan ? is_compare_option()
                                 : (name_ == "--out" || name_ == "--jobs" || name_ == "--tuning" || name_ == "--tune");
        error_ = other_command ? "option '" + name_ + "' does not apply to " + (pan ? "'overlap pan'" : "comparing two texts")
                               : "unknown option '" + name_ + "'";
        error_ += see_help;
      }
    }
    if (!error_.empty()) return {HelpArgs{}, error_};
    if (pan) return finish_pan(std::move(pan_args), operands);
    return finish_compare(std::move(compare), operands);
  }

 private:
  // "--name=value" → name and inline value; "--name" → name only.
  void split(const std::string& arg) {
    size_t eq = arg.find('=');
    name_ = arg.substr(0, eq);
    inline_value_ = eq == std::string::npos ? std::nullopt : std::optional(arg.substr(eq + 1));
  }

  std::optional<std::string> value() {
    if (inline_value_) return inline_value_;
    if (i_ + 1 < args_.size()) return args_[++i_];
    error_ = "option '" + name_ + "' needs a value" + std::string(see_help);
    return std::nullopt;
  }

  bool flag() {
    if (inline_value_) error_ = "option '" + name_ + "' takes no value";
    return true;
  }

  bool bad_value(const std::string& v, std::string_view expected) {
    error_ = "invalid value '" + v + "' for " + name_ + ": expected " + std::string(expected);
    return true;
  }

  bool shared_option(Options& options) {
    if (name_ == "--min-words" || name_ == "--gap-words") {
      auto v = value();
      if (!v) return true;
      auto n = parse_count(*v);
      if (!n) return bad_value(*v, "a whole number");
      (name_ == "--min-words" ? options.min_words : options.gap_words) = *n;
      return true;
    }
    if (name_ == "--min-similarity") {
      auto v = value();
      if (!v) return true;
      auto x = parse_fraction(*v);
      if (!x) return bad_value(*v, "a number between 0 and 1");
      options.min_similarity = *x;
      return true;
    }
    if (name_ == "--allow-repeats") {
      options.allow_repeats = true;
      return flag();
    }
    if (name_ == "--show-typography") {
      options.show_typography = true;
      return flag();
    }
    return false;
  }

  bool is_compare_option() const {
    for (std::string_view n : {"--json", "--units", "--mode", "--no-color", "--color"})
      if (name_ == n) return true;
    return false;
  }

  bool compare_option(CompareArgs& c) {
    if (name_ == "--json") {
      c.json = true;
      return flag();
    }
    if (name_ == "--no-color" || name_ == "--color") {
      c.color = name_ == "--color" ? Color::always : Color::never;
      return flag();
    }
    if (name_ == "--units") {
      auto v = value();
      if (!v) return true;
      auto u = parse_units(*v);
      if (!u) return bad_value(*v, "utf8, utf16 or codepoints");
      c.units = *u;
      return true;
    }
    if (name_ == "--mode") {
      auto v = value();
      if (!v) return true;
      if (*v != "compare" && *v != "diff") return bad_value(*v, "compare or diff");
      c.mode = *v == "diff" ? Mode::diff : Mode::compare;
      return true;
    }
    return false;
  }

  bool pan_option(PanArgs& p) {
    if (name_ == "--out") {
      auto v = value();
      if (v) p.out = *v;
      if (v && v->empty()) bad_value(*v, "a folder");
      return true;
    }
    if (name_ == "--jobs") {
      auto v = value();
      if (!v) return true;
      auto n = parse_count(*v);
      if (!n) return bad_value(*v, "a whole number (0: one per core)");
      p.jobs = *n;
      return true;
    }
    if (name_ == "--tuning") {
      auto v = value();
      if (v) p.tuning_file = *v;
      return true;
    }
    if (name_ == "--tune") {
      auto v = value();
      if (!v) return true;
      size_t equals = v->find('=');
      if (equals == std::string::npos) return bad_value(*v, "NAME=VALUE (see --help)");
      // Checked now, so a typo in a sweep fails before hours of comparing.
      Tuning scratch;
      if (auto e = set_tuning(scratch, v->substr(0, equals), v->substr(equals + 1))) {
        error_ = "--tune " + *v + ": " + *e;
        return true;
      }
      p.tune.push_back(*v);
      return true;
    }
    return false;
  }

  // Each error led by the flag of the option it concerns: "--min-words: min_words must be ...".
  static std::string invalid_options(const Options& options) {
    std::string message;
    for (const Error& e : validate(options)) {
      std::string flag = "--";
      flag += e.subject;
      std::replace(flag.begin(), flag.end(), '_', '-');
      message += (message.empty() ? "" : "; ") + flag + ": " + e.message;
    }
    return message;
  }

  static ParsedArgs finish_compare(CompareArgs c, const std::vector<std::string>& operands) {
    if (operands.size() < 2)
      return {HelpArgs{}, "expected two texts, A and B (or A and several sources)" + std::string(see_help)};
    if (std::count(operands.begin(), operands.end(), "-") > 1)
      return {HelpArgs{}, "only one of the texts can come from standard input"};
    if (operands.size() > 2 && c.mode == Mode::diff)
      return {HelpArgs{}, "--mode diff compares two versions of one text, not several sources"};
    if (operands.size() > 1 + max_sources) {
      std::string message = "at most ";  // appended: GCC 12 warns falsely on "literal" + string
      message += std::to_string(max_sources);
      return {HelpArgs{}, message += " sources"};
    }
    if (std::string e = invalid_options(c.options); !e.empty()) return {HelpArgs{}, e};
    c.a = operands[0];
    c.b = operands[1];
    c.more_sources.assign(operands.begin() + 2, operands.end());
    return {std::move(c), ""};
  }

  static ParsedArgs finish_pan(PanArgs p, const std::vector<std::string>& operands) {
    if (operands.size() != 1)
      return {HelpArgs{}, "expected one corpus folder: overlap pan CORPUS_DIR" + std::string(see_help)};
    if (std::string e = invalid_options(p.options); !e.empty()) return {HelpArgs{}, e};
    p.corpus = operands[0];
    return {std::move(p), ""};
  }

  const std::vector<std::string>& args_;
  size_t i_ = 0;
  std::string name_;
  std::optional<std::string> inline_value_;
  std::string error_;
};

}  // namespace

ParsedArgs parse_args(const std::vector<std::string>& args) { return Parser(args).run(); }

std::string help_text() {
  // The defaults come from Options itself, so the help never drifts from the library.
  std::string text = R"(Usage: overlap [options] A B
       overlap [options] A B1 B2 ...
       overlap pan CORPUS_DIR [--out DIR] [--jobs N] [--tuning FILE] [--tune NAME=VALUE] [options]

Finds the passages texts A and B share, even moved or lightly edited, and the word-level
edits inside each. One text may be '-' for standard input. With three or more files, A is
compared with each source B1 B2 ...: every stretch of A goes to the source that shares it
best (to every source that shares it with --allow-repeats), and the report groups the
passages by source.

Output:
  --json               print the result as JSON instead of a report
  --units U            offsets in utf8 (bytes, default), utf16 (code units) or codepoints
  --mode M             compare (default): shared passages in any order;
                       diff: the in-order word diff of two versions, with moved blocks
  --no-color           no colours in the report (also when NO_COLOR is set)
  --color              colours even when standard output is not a terminal

Comparison (defaults in brackets):
  --min-words N        shortest passage reported, in words [{min-words}]
  --gap-words N        largest gap, in words, joined into one passage [{gap-words}]
  --min-similarity X   lowest similarity of a reported passage, 0 to 1 [{min-similarity}]
  --allow-repeats      let one stretch of a text match several places in the other
  --show-typography    show differences only in quote style, apostrophes, dashes or spacing
                       as edits (hidden by default)

PAN evaluation (overlap pan):
  Compares susp/A with src/B for every line "A B" of CORPUS_DIR/pairs and prints precision,
  recall, granularity and plagdet per subset folder and overall.
  --out DIR            write one PAN detection XML per pair into DIR
  --jobs N             worker threads [1]; 0 for one per core
  --tuning FILE        the method's internal constants, "name = value" lines (for sweeps;
                       the names and defaults are in src/tuning.hpp and in the report)
  --tune NAME=VALUE    one constant, e.g. --tune seeding.run_words=4 (after --tuning; repeatable)

  -h, --help           show this help
  -V, --version        show the version

Exit status: 0 on success, 2 on bad usage, unreadable input or input that cannot be compared.
)";
  const Options defaults;
  char similarity[32];
  std::snprintf(similarity, sizeof similarity, "%g", defaults.min_similarity);
  for (auto [field, value] : {std::pair<std::string_view, std::string>{"{min-words}", std::to_string(defaults.min_words)},
                              {"{gap-words}", std::to_string(defaults.gap_words)},
                              {"{min-similarity}", similarity}})
    text.replace(text.find(field), field.size(), value);
  return text;
}

}  // namespace overlap::cli
