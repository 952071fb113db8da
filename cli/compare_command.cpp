#include "commands.hpp"
#include "overlap/json.hpp"
#include "overlap/overlap.hpp"
#include "read_text.hpp"
#include "report.hpp"
#include "report_text.hpp"
#include "sources_report.hpp"

namespace overlap::cli {
namespace {

std::string display_name(const std::string& path) { return path == "-" ? std::string("(standard input)") : path; }

// `overlap A B1 B2 …`: A against every source at once.
int run_compare_sources(const CompareArgs& args, bool color, std::FILE* out, std::FILE* err) {
  std::vector<std::string> paths{args.b};
  paths.insert(paths.end(), args.more_sources.begin(), args.more_sources.end());
  ReadText a = read_text(args.a, max_input_bytes);
  if (!a.ok()) {
    std::fprintf(err, "overlap: %s\n", a.error.c_str());
    return exit_usage;
  }
  std::vector<std::string> texts;
  for (const std::string& path : paths) {
    ReadText source = read_text(path, max_input_bytes);
    if (!source.ok()) {
      std::fprintf(err, "overlap: %s\n", source.error.c_str());
      return exit_usage;
    }
    texts.push_back(std::move(source.text));
  }
  const std::vector<std::string_view> views(texts.begin(), texts.end());
  Result<SourcesAlignment> result = compare_sources(a.text, views, args.options);
  std::vector<std::string> names;
  for (const std::string& path : paths) names.push_back(display_name(path));
  if (!result) {
    // The error's subject names the input it concerns ("A", "source 2"); the user knows it by
    // its file name.
    const Error& e = result.error();
    std::string about;
    if (e.subject == "A") about = display_name(args.a);
    for (size_t k = 0; k < paths.size(); ++k)
      if (e.subject == concat({"source ", std::to_string(k + 1)})) about = names[k];
    std::fprintf(err, "overlap: cannot compare%s%s: %s\n", about.empty() ? "" : " ", about.c_str(),
                 e.message.c_str());
    return exit_usage;
  }
  const SourcesAlignment& bytes = result.value();
  SourcesAlignment shown = args.units == Units::utf8 ? bytes : to_units(bytes, a.text, views, args.units);
  if (args.json) {
    std::fputs(to_json(shown, names).c_str(), out);
  } else {
    for (const std::string& w : shown.warnings) std::fprintf(err, "overlap: warning: %s\n", w.c_str());
    const std::string a_name = display_name(args.a);
    SourcesReportInput input{a.text, views, a_name, names, &bytes, &shown};
    std::fputs(render_sources_report(input, color).c_str(), out);
  }
  return exit_ok;
}

}  // namespace

int run_compare(const CompareArgs& args, bool color, std::FILE* out, std::FILE* err) {
  if (!args.more_sources.empty()) return run_compare_sources(args, color, out, err);
  // Reading one byte past the limit lets compare() itself report the text as too large.
  ReadText a = read_text(args.a, max_input_bytes);
  ReadText b = a.ok() ? read_text(args.b, max_input_bytes) : ReadText{};
  if (!a.ok() || !b.ok()) {
    std::fprintf(err, "overlap: %s\n", (a.ok() ? b : a).error.c_str());
    return exit_usage;
  }
  Result<Alignment> result =
      args.mode == Mode::diff ? diff(a.text, b.text, args.options) : compare(a.text, b.text, args.options);
  auto name = display_name;
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
