#include <chrono>
#include <optional>
#include <string>

#include "commands.hpp"
#include "pan_corpus.hpp"
#include "read_text.hpp"

namespace overlap::cli {
namespace {

void print_row(std::FILE* out, const pan::SubsetScore& s) {
  pan::Scores x = pan::score(s.tally);
  std::fprintf(out, "%-28s %6zu %6llu %10llu %10.4f %8.4f %12.4f %8.4f\n", s.name.c_str(), s.pairs,
               (unsigned long long)s.tally.cases, (unsigned long long)s.tally.detections, x.precision, x.recall,
               x.granularity, x.plagdet);
}

std::string describe(const Options& o) {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, "min-words %u · gap-words %u · min-similarity %g · allow-repeats %s%s",
                o.min_words, o.gap_words, o.min_similarity, o.allow_repeats ? "on" : "off",
                o == Options{} ? " (the defaults)" : "");
  return buffer;
}

// The tuning of this run: the defaults, then the --tuning file, then each --tune.
std::optional<std::string> tuning_of(const PanArgs& args, Tuning& tuning) {
  tuning = args.tuning;
  if (!args.tuning_file.empty()) {
    ReadText file = read_text(args.tuning_file, 1 << 20);
    if (!file.ok()) return file.error;
    if (auto error = read_tuning(tuning, file.text)) return "in '" + args.tuning_file + "', " + *error;
  }
  for (const std::string& assignment : args.tune) {
    size_t equals = assignment.find('=');
    if (auto error = set_tuning(tuning, assignment.substr(0, equals), assignment.substr(equals + 1)))
      return "--tune " + assignment + ": " + *error;
  }
  return std::nullopt;
}

// The values that differ from the defaults, or that there are none.
std::string describe_changes(const Tuning& tuning) {
  std::vector<std::string> now = describe_tuning(tuning), defaults = describe_tuning(Tuning{});
  std::string changed;
  for (size_t i = 0; i < now.size(); ++i)
    if (now[i] != defaults[i]) changed += (changed.empty() ? "" : " · ") + now[i];
  return changed.empty() ? "the defaults" : changed;
}

}  // namespace

int run_pan(const PanArgs& args, std::FILE* out, std::FILE* err) {
  auto start = std::chrono::steady_clock::now();
  std::string error;
  Tuning tuning;
  if (auto problem = tuning_of(args, tuning)) {
    std::fprintf(err, "overlap: %s\n", problem->c_str());
    return exit_usage;
  }
  pan::Corpus corpus = pan::load_corpus(args.corpus, error);
  if (!error.empty()) {
    std::fprintf(err, "overlap: %s\n", error.c_str());
    return exit_usage;
  }
  pan::CorpusRun run = pan::run_corpus(corpus, args.options, tuning, args.out, args.jobs);
  if (!run.error.empty()) {
    std::fprintf(err, "overlap: %s\n", run.error.c_str());
    return exit_usage;
  }
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::fprintf(out, "PAN measure on %s: %zu pairs · %s · tuning: %s\n\n", args.corpus.c_str(),
               corpus.pairs.size(), describe(args.options).c_str(), describe_changes(tuning).c_str());
  std::fprintf(out, "%-28s %6s %6s %10s %10s %8s %12s %8s\n", "subset", "pairs", "cases", "detections",
               "precision", "recall", "granularity", "plagdet");
  for (const pan::SubsetScore& s : run.subsets) print_row(out, s);
  print_row(out, run.overall);
  std::fputc('\n', out);

  // In a subset without any gold case (01-no-plagiarism) every detection is a false alarm; what
  // matters there is how many pairs stay silent.
  for (const pan::SubsetScore& s : run.subsets) {
    if (s.pairs == 0 || s.case_free_pairs != s.pairs) continue;
    std::fprintf(out, "%s: %.1f%% of pairs with no detection (%zu of %zu)\n", s.name.c_str(),
                 100.0 * double(s.clean_case_free_pairs) / double(s.pairs), s.clean_case_free_pairs, s.pairs);
  }
  if (run.unscored_pairs > 0)
    std::fprintf(out, "%zu pairs belong to no subset and were compared but not scored\n", run.unscored_pairs);
  unsigned threads = args.jobs;
  std::fprintf(out, "wall time: %.2f s (compare %.2f s) on %s\n", wall, run.compare_seconds,
               threads == 0 ? "one thread per core" : (std::to_string(threads) + (threads == 1 ? " thread" : " threads")).c_str());
  if (!args.out.empty()) std::fprintf(out, "detections written to %s\n", args.out.c_str());
  return exit_ok;
}

}  // namespace overlap::cli
