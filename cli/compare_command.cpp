#include "commands.hpp"
#include "overlap/json.hpp"
#include "overlap/overlap.hpp"
#include "read_text.hpp"
#include "report.hpp"

namespace overlap::cli {

int run_compare(const CompareArgs& args, bool color, std::FILE* out, std::FILE* err) {
  // Reading one byte past the limit lets compare() itself report the text as too large.
  ReadText a = read_text(args.a, max_input_bytes);
  ReadText b = a.ok() ? read_text(args.b, max_input_bytes) : ReadText{};
  if (!a.ok() || !b.ok()) {
    std::fprintf(err, "overlap: %s\n", (a.ok() ? b : a).error.c_str());
    return exit_usage;
  }
  Result<Alignment> result =
      args.mode == Mode::diff ? diff(a.text, b.text, args.options) : compare(a.text, b.text, args.options);
  auto name = [](const std::string& path) { return path == "-" ? std::string("(standard input)") : path; };
  if (!result) {
    // The error's subject names the input it concerns ("A"); the user knows it by its file name.
    const Error& e = result.error();
    const std::string* path = e.subject == "A" ? &args.a : e.subject == "B" ? &args.b : nullptr;
    std::string about = path ? name(*path) : "";
    std::fprintf(err, "overlap: cannot compare%s%s: %s\n", path ? " " : "", about.c_str(), e.message.c_str());
    return exit_usage;
  }
  const Alignment& bytes = result.value();
  Alignment shown = args.units == Units::utf8 ? bytes : to_units(bytes, a.text, b.text, args.units);
  if (args.json) {
    std::fputs(to_json(shown).c_str(), out);
  } else {
    // Warnings (e.g. invalid UTF-8) are part of the JSON; the report sends them to stderr.
    for (const std::string& w : shown.warnings) std::fprintf(err, "overlap: warning: %s\n", w.c_str());
    std::string a_name = name(args.a), b_name = name(args.b);
    ReportInput input{a.text, b.text, a_name, b_name, &bytes, &shown};
    std::fputs(render_report(input, color).c_str(), out);
  }
  return exit_ok;
}

}  // namespace overlap::cli
