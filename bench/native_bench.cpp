// Native benchmarks: each stage of the pipeline on its own, then whole `compare` and `diff`, on
// every pair that bench/make_inputs.mjs wrote (missing pairs are skipped).
//
//   overlap_bench [--inputs DIR] [--smoke] [--only NAME,...] [Google Benchmark flags]
//
// Inputs come from --inputs, else $OVERLAP_BENCH_INPUTS, else the build-time default.
// --smoke runs every benchmark once on the smallest pairs (CI: keeps the code compiling and
// running, says nothing about speed). Peak memory of the large pairs is measured in a child
// process of its own, so one benchmark's high-water mark never shows up in another's.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "align/pipeline.hpp"
#include "align/selection.hpp"
#include "overlap/overlap.hpp"
#include "text/document.hpp"
#include "text/fold.hpp"
#include "text/segmenter.hpp"
#include "text/sentences.hpp"

#ifndef OVERLAP_BENCH_INPUTS_DEFAULT
#define OVERLAP_BENCH_INPUTS_DEFAULT "build/bench-inputs"
#endif

namespace fs = std::filesystem;
using namespace overlap;

namespace {

// The stage benchmarks do the work compare does: the pipeline's own stages, with its defaults.
const Options options;
const Tuning tuning;
// From this size on, a pair's compare and diff also report peak memory.
constexpr size_t peak_memory_from = 1'000'000;

struct Pair {
  std::string name, a, b;
  size_t bytes() const { return a.size() + b.size(); }
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Pairs NAME.a.txt / NAME.b.txt, smallest first.
std::vector<Pair> load_pairs(const fs::path& dir, const std::vector<std::string>& only) {
  std::vector<Pair> pairs;
  if (!fs::is_directory(dir)) return pairs;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string file = entry.path().filename().string();
    if (file.size() < 6 || file.substr(file.size() - 6) != ".a.txt") continue;
    std::string name = file.substr(0, file.size() - 6);
    fs::path b = dir / (name + ".b.txt");
    if (!fs::exists(b)) continue;
    if (!only.empty() && std::find(only.begin(), only.end(), name) == only.end()) continue;
    pairs.push_back({name, read_file(entry.path()), read_file(b)});
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& l, const Pair& r) {
    return l.bytes() != r.bytes() ? l.bytes() < r.bytes() : l.name < r.name;
  });
  return pairs;
}

long max_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

long current_rss_kb() {
  std::ifstream statm("/proc/self/statm");
  long size = 0, resident = 0;
  statm >> size >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// Child mode: `--peak-child compare|diff A B` runs once and prints "baseline_kb peak_kb".
int peak_child(const std::string& mode, const std::string& path_a, const std::string& path_b) {
  std::string a = read_file(path_a), b = read_file(path_b);
  long baseline = current_rss_kb();
  auto result = mode == "diff" ? overlap::diff(a, b) : overlap::compare(a, b);
  benchmark::DoNotOptimize(result);
  std::printf("%ld %ld\n", baseline, max_rss_kb());
  return result ? 0 : 1;
}

// Peak RSS of one run in a fresh process; {baseline, peak} in KB, {0, 0} on failure.
std::pair<long, long> peak_of(const std::string& mode, const fs::path& dir, const std::string& name) {
  // popen runs a shell, whose /proc/self/exe is the shell: name this program by its real path.
  static const std::string self = fs::read_symlink("/proc/self/exe").string();
  std::string command = "'" + self + "' --peak-child " + mode + " '" + (dir / (name + ".a.txt")).string() +
                        "' '" + (dir / (name + ".b.txt")).string() + "'";
  std::pair<long, long> kb{0, 0};
  if (FILE* pipe = popen(command.c_str(), "r")) {
    if (std::fscanf(pipe, "%ld %ld", &kb.first, &kb.second) != 2) kb = {0, 0};
    pclose(pipe);
  }
  return kb;
}

// What each stage of compare produced on one pair, for the benchmarks of the stages after it.
struct Prepared {
  align::CompareStages stages;
  explicit Prepared(const Pair& p) { align::compare(p.a, p.b, options, tuning, &stages); }
  const align::TextModel& text() const { return stages.text; }
};

std::vector<std::string> fold_all(std::string_view text) {
  std::vector<std::string> keys;
  for (const Token& t : overlap::segment(text)) {
    if (t.kind == TokenKind::space) continue;
    keys.emplace_back();
    text::append_fold(text.substr(t.span.start, t.span.size()), keys.back());
  }
  return keys;
}

using Stage = std::function<void(benchmark::State&, const Pair&)>;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Whole compare or diff; the ratio to ICU segmentation alone, and peak memory for large pairs.
Stage whole(const std::string& mode, fs::path dir, bool smoke) {
  return [mode, dir, smoke](benchmark::State& state, const Pair& p) {
    double total = 0;
    for (auto _ : state) {
      auto start = std::chrono::steady_clock::now();
      auto result = mode == "diff" ? overlap::diff(p.a, p.b) : overlap::compare(p.a, p.b);
      total += seconds_since(start);
      if (!result) state.SkipWithError(result.error().message.c_str());
      benchmark::DoNotOptimize(result);
    }
    // Segmentation alone, best of a few runs, for "compare costs at most 2.5x the floor".
    double segment = 1e300;
    for (int k = 0; k < (smoke ? 1 : 3); ++k) {
      auto start = std::chrono::steady_clock::now();
      benchmark::DoNotOptimize(overlap::segment(p.a));
      benchmark::DoNotOptimize(overlap::segment(p.b));
      segment = std::min(segment, seconds_since(start));
    }
    if (state.iterations() > 0) state.counters["x_segment"] = total / state.iterations() / segment;
    if (p.bytes() >= peak_memory_from && !smoke) {
      auto [baseline, peak] = peak_of(mode, dir, p.name);
      state.counters["peak_MB"] = peak / 1024.0;
      state.counters["peak_B_per_B"] = peak * 1024.0 / p.bytes();
      state.counters["extra_B_per_B"] = (peak - baseline) * 1024.0 / p.bytes();
    }
  };
}

std::vector<std::pair<std::string, Stage>> stages(const fs::path& dir, bool smoke) {
  return {
      {"segment", [](benchmark::State& state, const Pair& p) {
         for (auto _ : state) {
           benchmark::DoNotOptimize(overlap::segment(p.a));
           benchmark::DoNotOptimize(overlap::segment(p.b));
         }
       }},
      {"sentences", [](benchmark::State& state, const Pair& p) {
         for (auto _ : state) {
           benchmark::DoNotOptimize(text::sentence_starts(p.a, tuning.text));
           benchmark::DoNotOptimize(text::sentence_starts(p.b, tuning.text));
         }
       }},
      {"segment_fold", [](benchmark::State& state, const Pair& p) {
         for (auto _ : state) {
           benchmark::DoNotOptimize(fold_all(p.a));
           benchmark::DoNotOptimize(fold_all(p.b));
         }
       }},
      {"intern", [](benchmark::State& state, const Pair& p) {
         std::vector<std::string> keys = fold_all(p.a), kb = fold_all(p.b);
         keys.insert(keys.end(), kb.begin(), kb.end());
         for (auto _ : state) {
           text::Interner interner;
           uint32_t sum = 0;
           for (const std::string& k : keys) sum += interner.intern(k);
           benchmark::DoNotOptimize(sum);
         }
       }},
      {"analyse", [](benchmark::State& state, const Pair& p) {
         for (auto _ : state) benchmark::DoNotOptimize(align::text_model(p.a, p.b, tuning.text));
       }},
      {"seeding", [](benchmark::State& state, const Pair& p) {
         Prepared d(p);
         for (auto _ : state) benchmark::DoNotOptimize(align::seeding(d.text(), options, tuning.seeding));
         state.counters["seeds"] = static_cast<double>(d.stages.seeds.size());
       }},
      {"exact_runs", [](benchmark::State& state, const Pair& p) {
         Prepared d(p);
         const SeedTuning& t = tuning.seeding;
         for (auto _ : state) benchmark::DoNotOptimize(align::exact_runs(d.text().a, d.text().b, t.run_words, t.max_run_repeats));
       }},
      {"similar_sentences", [](benchmark::State& state, const Pair& p) {
         Prepared d(p);
         for (auto _ : state) benchmark::DoNotOptimize(align::similar_sentences(d.text().a, d.text().b, tuning.seeding));
       }},
      {"cluster", [](benchmark::State& state, const Pair& p) {
         Prepared d(p);
         for (auto _ : state) benchmark::DoNotOptimize(align::clustering(d.stages.seeds, options, tuning));
         state.counters["clusters"] = static_cast<double>(d.stages.clusters.size());
       }},
      {"band", [](benchmark::State& state, const Pair& p) {
         Prepared d(p);
         for (auto _ : state) benchmark::DoNotOptimize(align::banding(d.stages.clusters, options, tuning));
       }},
      {"carve", [](benchmark::State& state, const Pair& p) {
         Prepared d(p);
         for (auto _ : state) benchmark::DoNotOptimize(align::carving(d.stages.banded, options, tuning));
       }},
      {"candidates_select", [](benchmark::State& state, const Pair& p) {
         Prepared d(p);
         for (auto _ : state) {
           align::WordWeights weights(d.text().a, d.text().b, tuning.seeding);
           std::vector<align::Candidate> found = align::candidates(d.text(), weights, d.stages.carved, options, tuning);
           benchmark::DoNotOptimize(align::selection(std::move(found), options));
         }
         state.counters["candidates"] = static_cast<double>(d.stages.candidates.size());
       }},
      {"summaries", [](benchmark::State& state, const Pair& p) {
         Prepared d(p);
         align::WordWeights weights(d.text().a, d.text().b, tuning.seeding);
         for (auto _ : state)
           benchmark::DoNotOptimize(align::summaries(d.text(), weights, d.stages.seeds, d.stages.candidates, options, tuning));
       }},
      // The edit scripts of the selected passages, and the moves among them.
      {"edit_scripts", [](benchmark::State& state, const Pair& p) {
         Prepared d(p);
         const align::WordWeights weights(d.text().a, d.text().b, tuning.seeding);
         for (auto _ : state) {
           std::vector<Passage> passages = align::edit_scripts(d.text(), weights, d.stages.selected, options);
           align::mark_moved(passages);
           benchmark::DoNotOptimize(passages);
         }
       }},
      {"compare", whole("compare", dir, smoke)},
      {"diff", whole("diff", dir, smoke)},
  };
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> parts;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, ',');) parts.push_back(part);
  return parts;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 5 && std::string(argv[1]) == "--peak-child") return peak_child(argv[2], argv[3], argv[4]);

  fs::path dir = std::getenv("OVERLAP_BENCH_INPUTS") ? std::getenv("OVERLAP_BENCH_INPUTS")
                                                    : OVERLAP_BENCH_INPUTS_DEFAULT;
  bool smoke = false;
  std::vector<std::string> only;
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--smoke") smoke = true;
    else if (arg == "--inputs" && i + 1 < argc) dir = argv[++i];
    else if (arg == "--only" && i + 1 < argc) only = split(argv[++i]);
    else rest.push_back(argv[i]);
  }
  // Smoke: the smallest generated pair and the seed pair, each benchmark once.
  if (smoke && only.empty()) only = {"seed", "edited-10k", "sources-10k"};

  static std::vector<Pair> pairs = load_pairs(dir, only);
  if (pairs.empty()) std::cerr << "overlap_bench: no inputs in " << dir << " (run bench/make_inputs.mjs)\n";
  for (const Pair& p : pairs) {
    for (auto& [stage, run] : stages(dir, smoke)) {
      auto* b = benchmark::RegisterBenchmark((stage + "/" + p.name).c_str(),
                                             [run = run, &p](benchmark::State& state) {
                                               run(state, p);
                                               state.SetBytesProcessed(state.iterations() * p.bytes());
                                             });
      b->Unit(benchmark::kMillisecond);
      if (smoke) b->Iterations(1);
      else if (p.bytes() >= 10'000'000) b->Iterations(3);
    }
  }
  // A against several sources (NAME.b1.txt, NAME.b2.txt, …, written beside the pair whose B is
  // their concatenation): one `compare_sources`, to set against `compare/NAME`.
  static std::deque<std::vector<std::string>> sources_of;  // stable addresses for the lambdas
  for (const Pair& p : pairs) {
    std::vector<std::string> sources;
    for (int k = 1; fs::exists(dir / (p.name + ".b" + std::to_string(k) + ".txt")); ++k)
      sources.push_back(read_file(dir / (p.name + ".b" + std::to_string(k) + ".txt")));
    if (sources.empty()) continue;
    sources_of.push_back(std::move(sources));
    const std::vector<std::string>& texts = sources_of.back();
    auto* b = benchmark::RegisterBenchmark(("compare_sources/" + p.name).c_str(), [&p, &texts](benchmark::State& state) {
      const std::vector<std::string_view> views(texts.begin(), texts.end());
      for (auto _ : state) benchmark::DoNotOptimize(compare_sources(p.a, views, options));
      state.SetBytesProcessed(state.iterations() * p.bytes());
    });
    b->Unit(benchmark::kMillisecond);
    if (smoke) b->Iterations(1);
  }
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
