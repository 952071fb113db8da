// The command line of `overlap`, parsed into plain values. Parsing never prints or exits:
// errors come back as one-line messages for main() to report.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "overlap/types.hpp"
#include "tuning.hpp"

namespace overlap::cli {

enum class Mode : uint8_t { compare, diff };
enum class Color : uint8_t { automatic, always, never };

/// `overlap [options] A B`, or `overlap [options] A B1 B2 …` (A against several sources)
struct CompareArgs {
  std::string a;
  std::string b;
  std::vector<std::string> more_sources;  ///< B2 … Bn; empty comparing two texts
  bool json = false;
  Units units = Units::utf8;
  Mode mode = Mode::compare;
  Color color = Color::automatic;
  Options options;
};

/// `overlap pan CORPUS_DIR [--out DIR] [--jobs N] [--tuning FILE] [--tune NAME=VALUE]... [options]`
struct PanArgs {
  std::string corpus;
  std::string out;        ///< empty: write no detection files
  unsigned jobs = 1;      ///< 0: one per hardware thread
  Options options;
  /// The method's internal constants, for parameter sweeps: the defaults, then a --tuning file,
  /// then each --tune in order.
  Tuning tuning;
  std::string tuning_file;                 ///< read when the command runs
  std::vector<std::string> tune;           ///< "NAME=VALUE", applied after the file
};

struct HelpArgs {};
struct VersionArgs {};

using Command = std::variant<CompareArgs, PanArgs, HelpArgs, VersionArgs>;

struct ParsedArgs {
  Command command;
  std::string error;  ///< one line, without the "overlap: " prefix; empty on success
  bool ok() const { return error.empty(); }
};

/// Parses the arguments after the program name. Options may come before or after the operands,
/// as `--name value` or `--name=value`; `--` ends the options.
ParsedArgs parse_args(const std::vector<std::string>& args);

/// The text of `overlap --help`, with the defaults of `Options`.
std::string help_text();

}  // namespace overlap::cli
