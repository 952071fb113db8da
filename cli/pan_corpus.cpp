#include "pan_corpus.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "align/pipeline.hpp"
#include "overlap/overlap.hpp"
#include "pan_xml.hpp"
#include "read_text.hpp"

namespace overlap::pan {
namespace fs = std::filesystem;
namespace {

std::string stem(const std::string& name) { return fs::path(name).stem().string(); }

bool read_file(const fs::path& path, std::string& text, std::string& error) {
  cli::ReadText r = cli::read_text(path.string(), max_input_bytes);
  if (!r.ok()) error = r.error;
  text = std::move(r.text);
  return r.ok();
}

struct PairOutcome {
  PairAnnotations annotations;
  double compare_seconds = 0;
  std::string error;
};

PairOutcome run_pair(const Corpus& corpus, const PairEntry& pair, const Options& options, const Tuning& tuning,
                     const fs::path& out_dir) {
  PairOutcome outcome;
  std::string a, b;
  if (!read_file(corpus.dir / "susp" / pair.susp, a, outcome.error) ||
      !read_file(corpus.dir / "src" / pair.src, b, outcome.error))
    return outcome;

  auto start = std::chrono::steady_clock::now();
  align::CompareStages stages;
  Result<Alignment> result = align::compare(a, b, options, tuning, &stages);
  outcome.compare_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!result) {
    outcome.error = "cannot compare '" + pair.susp + "' with '" + pair.src + "': " + result.error().message;
    return outcome;
  }
  outcome.annotations.detections =
      detections_of(to_units(regions_of(result.value(), stages, options.gap_words, options.min_words), a, b, Units::codepoints));

  if (!out_dir.empty()) {
    fs::path path = out_dir / pair_file_name(pair);
    std::ofstream file(path, std::ios::binary);
    file << detection_xml(pair.susp, pair.src, outcome.annotations.detections);
    if (!file.flush()) {
      outcome.error = "cannot write '" + path.string() + "'";
      return outcome;
    }
  }

  if (pair.subset >= 0) {
    fs::path gold_path = corpus.dir / corpus.subsets[pair.subset] / pair_file_name(pair);
    std::string gold;
    if (!read_file(gold_path, gold, outcome.error)) return outcome;
    auto cases = read_annotations(gold, "plagiarism", pair.src);
    if (!cases) {
      outcome.error = "malformed gold file '" + gold_path.string() + "'";
      return outcome;
    }
    outcome.annotations.cases = std::move(*cases);
  }
  return outcome;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> parse_pairs(std::string_view text, std::string& error) {
  std::vector<std::pair<std::string, std::string>> pairs;
  std::istringstream lines{std::string(text)};
  std::string line;
  for (size_t number = 1; std::getline(lines, line); ++number) {
    std::istringstream fields(line);
    std::string a, b, extra;
    if (!(fields >> a)) continue;  // blank line
    if (!(fields >> b) || (fields >> extra)) {
      error = "line " + std::to_string(number) + " is not \"A B\"";
      return {};
    }
    pairs.emplace_back(std::move(a), std::move(b));
  }
  return pairs;
}

Corpus load_corpus(const fs::path& dir, std::string& error) {
  Corpus corpus;
  corpus.dir = dir;
  auto read_pairs = [&](const fs::path& path) {
    std::string text;
    std::vector<std::pair<std::string, std::string>> pairs;
    if (read_file(path, text, error)) {
      pairs = parse_pairs(text, error);
      if (!error.empty()) error = std::string("'").append(path.string()).append("': ").append(error);
    }
    return pairs;
  };
  for (auto& [a, b] : read_pairs(dir / "pairs")) corpus.pairs.push_back({a, b, -1});
  if (!error.empty()) return corpus;

  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec))
    if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / "pairs", ec))
      corpus.subsets.push_back(entry.path().filename().string());
  std::sort(corpus.subsets.begin(), corpus.subsets.end());

  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < corpus.pairs.size(); ++i)
    index.emplace(corpus.pairs[i].susp + '\n' + corpus.pairs[i].src, i);
  for (size_t s = 0; s < corpus.subsets.size(); ++s) {
    for (auto& [a, b] : read_pairs(dir / corpus.subsets[s] / "pairs")) {
      auto it = index.find(a + '\n' + b);
      if (it != index.end()) corpus.pairs[it->second].subset = int(s);
    }
    if (!error.empty()) return corpus;
  }
  return corpus;
}

std::string pair_file_name(const PairEntry& pair) { return stem(pair.susp) + "-" + stem(pair.src) + ".xml"; }

namespace {

// Words of `d` between spans x and y (0 when they touch or overlap).
uint32_t words_apart(const text::Document& d, Span x, Span y) {
  if (y.end <= x.start) std::swap(x, y);
  if (x.end > y.start) return 0;
  return d.first_word_from(y.start) - d.first_word_from(x.end);
}

bool overlap(Span x, Span y) { return x.start < y.end && y.start < x.end; }

}  // namespace

Alignment regions_of(const Alignment& result, const align::CompareStages& stages, uint32_t gap_words,
                     uint32_t min_words) {
  Alignment regions = result;
  regions.passages = stages.passages;
  const size_t selected = regions.passages.size();
  for (const align::Candidate& m : stages.moved) {
    auto in = [&](const Passage& p) { return overlap(p.a, m.a) || overlap(p.b, m.b); };
    auto near = [&](const Passage& p) {
      return words_apart(stages.text.a, p.a, m.a) <= gap_words && words_apart(stages.text.b, p.b, m.b) <= gap_words;
    };
    auto near_in_a = [&](const Passage& p) { return words_apart(stages.text.a, p.a, m.a) <= gap_words; };
    auto near_in_b = [&](const Passage& p) { return words_apart(stages.text.b, p.b, m.b) <= gap_words; };
    auto first = regions.passages.begin(), end = first + selected;
    if (std::any_of(first, end, in)) continue;  // a piece of that region
    auto next_to = std::find_if(first, end, near);
    if (next_to == end) {
      if (std::min(m.counts.words_a, m.counts.words_b) >= min_words && std::any_of(first, end, near_in_a) &&
          std::any_of(first, end, near_in_b))
        regions.passages.push_back({m.a, m.b, m.similarity, true, {}});
      continue;
    }
    // Text just past a passage's edge: its region reaches over it.
    next_to->a = {std::min(next_to->a.start, m.a.start), std::max(next_to->a.end, m.a.end)};
    next_to->b = {std::min(next_to->b.start, m.b.start), std::max(next_to->b.end, m.b.end)};
  }
  std::sort(regions.passages.begin(), regions.passages.end(),
            [](const Passage& l, const Passage& r) { return l.a.start < r.a.start; });
  return regions;
}

std::vector<Annotation> detections_of(const Alignment& alignment) {
  std::vector<Annotation> detections;
  for (const Passage& p : alignment.passages) detections.push_back({{p.a.start, p.a.size()}, {p.b.start, p.b.size()}});
  return detections;
}

CorpusRun run_corpus(const Corpus& corpus, const Options& options, const Tuning& tuning, const fs::path& out_dir,
                     unsigned jobs) {
  CorpusRun run;
  if (!out_dir.empty()) {
    std::error_code ec;
    fs::create_directories(out_dir, ec);
    if (ec) {
      run.error = "cannot create '" + out_dir.string() + "': " + ec.message();
      return run;
    }
  }

  // Workers take pairs in order from a shared counter; results land by index, so the scores do
  // not depend on the number of threads or on scheduling.
  std::vector<PairOutcome> outcomes(corpus.pairs.size());
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  auto work = [&] {
    for (size_t i; !failed && (i = next++) < outcomes.size();) {
      outcomes[i] = run_pair(corpus, corpus.pairs[i], options, tuning, out_dir);
      if (!outcomes[i].error.empty()) failed = true;
    }
  };
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = unsigned(std::min<size_t>(jobs, std::max<size_t>(1, outcomes.size())));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();

  run.subsets.resize(corpus.subsets.size());
  for (size_t s = 0; s < corpus.subsets.size(); ++s) run.subsets[s].name = corpus.subsets[s];
  run.overall.name = "overall";
  for (size_t i = 0; i < outcomes.size(); ++i) {
    const PairOutcome& o = outcomes[i];
    if (!o.error.empty()) {
      run.error = o.error;
      return run;
    }
    run.compare_seconds += o.compare_seconds;
    int s = corpus.pairs[i].subset;
    if (s < 0) {
      ++run.unscored_pairs;
      continue;
    }
    for (SubsetScore* score : {&run.subsets[s], &run.overall}) {
      ++score->pairs;
      if (o.annotations.cases.empty()) {
        ++score->case_free_pairs;
        if (o.annotations.detections.empty()) ++score->clean_case_free_pairs;
      }
      score->tally.add(o.annotations);
    }
  }
  return run;
}

}  // namespace overlap::pan
