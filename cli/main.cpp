// `overlap`: compare two texts from the command line, or score Overlap on a PAN corpus.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "args.hpp"
#include "commands.hpp"
#include "overlap/overlap.hpp"

namespace {

// Colour only for a person at a terminal, unless asked otherwise; NO_COLOR (no-color.org)
// disables it when set to anything non-empty.
bool use_color(overlap::cli::Color choice) {
  using overlap::cli::Color;
  if (choice != Color::automatic) return choice == Color::always;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(fileno(stdout));
}

}  // namespace

int main(int argc, char** argv) {
  using namespace overlap::cli;
  ParsedArgs parsed = parse_args(std::vector<std::string>(argv + 1, argv + argc));
  if (!parsed.ok()) {
    std::fprintf(stderr, "overlap: %s\n", parsed.error.c_str());
    return exit_usage;
  }
  if (std::holds_alternative<HelpArgs>(parsed.command)) {
    std::fputs(help_text().c_str(), stdout);
    return exit_ok;
  }
  if (std::holds_alternative<VersionArgs>(parsed.command)) {
    std::printf("overlap %.*s\n", int(overlap::version().size()), overlap::version().data());
    return exit_ok;
  }
  if (auto* pan = std::get_if<PanArgs>(&parsed.command)) return run_pan(*pan, stdout, stderr);
  const auto& compare = std::get<CompareArgs>(parsed.command);
  return run_compare(compare, use_color(compare.color), stdout, stderr);
}
