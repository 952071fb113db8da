#include "align/sources.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "align/moved_text.hpp"
#include "align/pipeline.hpp"
#include "align/selection.hpp"
#include "align/summary.hpp"
#include "boundary.hpp"
#include "compact_sort.hpp"
#include "stats.hpp"
#include "text/dictionaries.hpp"

namespace overlap::align {
namespace {

// Built by appending: GCC 12 warns falsely (-Wrestrict) on "literal" + string.
std::string source_name(size_t k) {
  std::string name = "source ";
  return name += std::to_string(k + 1);
}

std::optional<Error> check_sources(std::string_view a, const std::vector<std::string_view>& sources,
                                   const Options& options) {
  if (sources.empty() || sources.size() > max_sources)
  {
    std::string message = "sources must number between 1 and ";
    message += std::to_string(max_sources);
    message += ", not ";
    message += std::to_string(sources.size());
    return Error{ErrorCode::invalid_options, std::move(message), "sources"};
  }
  if (std::vector<Error> errors = validate(options); !errors.empty()) return errors.front();
  if (auto error = check_size("A", a.size())) return error;
  size_t total = 0;
  for (size_t k = 0; k < sources.size(); ++k) {
    if (auto error = check_size(source_name(k), sources[k].size())) return error;
    total += sources[k].size();
  }
  if (auto error = check_size("the sources together", total)) return error;
  return check_icu();
}

// What one source brings to the comparison: its analysed text, its word weights against A, its
// seeds, and (after selection) its passages.
struct SourceText {
  text::Document doc;
  const WordWeights& weights;  // one table for A and all the sources
  std::vector<Seed> seeds;
  std::vector<Passage> passages;
};

// How many sources echo each word of A in their seeds (a source counts once).
std::vector<uint32_t> sources_echoing(const text::Document& a, const std::vector<SourceText>& sources) {
  std::vector<uint32_t> count(a.word_count(), 0), last(a.word_count(), UINT32_MAX);
  for (uint32_t k = 0; k < sources.size(); ++k)
    for (const Seed& s : sources[k].seeds)
      for (uint32_t w = s.box.a.begin; w < s.box.a.end; ++w)
        if (last[w] != k) last[w] = k, ++count[w];
  return count;
}

// Flags the words of A that `seeds` echo.
void mark_echoes(const std::vector<Seed>& seeds, std::vector<uint8_t>& echoed) {
  std::fill(echoed.begin(), echoed.end(), 0);
  for (const Seed& s : seeds) std::fill(echoed.begin() + s.box.a.begin, echoed.begin() + s.box.a.end, 1);
}

// The candidates of A against one source (seeded already), tagged with it: stages 3 to 7 of
// `compare`.
std::vector<Candidate> source_candidates(const text::Document& a, SourceText& source, uint32_t k,
                                         const EchoedElsewhere& elsewhere, const Options& options,
                                         const Tuning& tuning) {
  const TextPair pair{a, source.doc};
  std::vector<Cluster> clusters =
      carving(banding(clustering(source.seeds, options, tuning), options, tuning), options, tuning);
  std::vector<Candidate> found = candidates(pair, source.weights, clusters, options, tuning);
  std::vector<Candidate> condensed =
      summary_candidates(a, source.doc, source.weights, source.seeds, found, options, tuning, elsewhere);
  std::move(condensed.begin(), condensed.end(), std::back_inserter(found));
  for (Candidate& c : found) c.source = k;
  return found;
}

// Each candidate's passage, with its edits against its own source.
std::vector<Passage> passages_of(const text::Document& a, const std::vector<SourceText>& sources,
                                 const std::vector<Candidate>& selected, const Options& options) {
  std::vector<Passage> out;
  out.reserve(selected.size());
  for (const Candidate& c : selected) {
    std::vector<Passage> one = edit_scripts(TextPair{a, sources[c.source].doc}, sources[c.source].weights, {c}, options);
    one.front().source = c.source;
    out.push_back(std::move(one.front()));
  }
  return out;
}

void sort_by_a(std::vector<Passage>& passages) {
  compact_sort(passages, [](const Passage& l, const Passage& r) {
    if (l.a.start != r.a.start) return l.a.start < r.a.start;
    return l.source != r.source ? l.source < r.source : l.b.start < r.b.start;
  });
}

// Moved marks per source: a passage is moved when it is out of order against its own source.
void mark_moved_per_source(std::vector<Passage>& passages, size_t source_count) {
  std::vector<std::vector<size_t>> of(source_count);
  for (size_t i = 0; i < passages.size(); ++i) of[passages[i].source].push_back(i);
  for (const std::vector<size_t>& indices : of) {
    std::vector<Passage> own;
    for (size_t i : indices) own.push_back(passages[i]);
    mark_moved(own);
    for (size_t k = 0; k < indices.size(); ++k) passages[indices[k]].moved = own[k].moved;
  }
}

void add_warnings(std::vector<std::string>& warnings, const text::Document& doc, const std::string& name) {
  if (doc.had_invalid_utf8) {
    std::string warning = "input ";
    warning += name;
    warnings.push_back(warning += " is not valid UTF-8: invalid bytes were matched as U+FFFD");
  }
  for (std::string& w : text::missing_dictionary_warnings(doc.text, name)) warnings.push_back(std::move(w));
}

SourcesAlignment figures(std::vector<Passage> passages, const text::Document& a,
                         const std::vector<SourceText>& sources) {
  SourcesAlignment result;
  std::vector<Span> in_a, kept_a;
  std::vector<std::vector<Span>> a_of(sources.size()), b_of(sources.size()), kept_b(sources.size());
  std::vector<uint32_t> moved(sources.size(), 0);
  uint32_t moved_total = 0;
  for (const Passage& p : passages) {
    in_a.push_back(p.a);
    a_of[p.source].push_back(p.a);
    b_of[p.source].push_back(p.b);
    moved[p.source] += p.moved;
    moved_total += p.moved;
    for (const Edit& e : p.edits)
      if (e.kind == EditKind::equal) kept_a.push_back(e.a), kept_b[p.source].push_back(e.b);
  }
  result.a = text_stats(a, std::move(in_a), moved_total);
  result.a.changed = changed_words(a, std::move(kept_a));
  add_warnings(result.warnings, a, "A");
  for (size_t k = 0; k < sources.size(); ++k) {
    SourcesAlignment::Source s;
    s.stats = text_stats(sources[k].doc, std::move(b_of[k]), moved[k]);
    s.stats.changed = changed_words(sources[k].doc, std::move(kept_b[k]));
    s.a_shared = text_stats(a, std::move(a_of[k]), 0).shared;
    result.sources.push_back(s);
    add_warnings(result.warnings, sources[k].doc, source_name(k));
  }
  result.passages = std::move(passages);
  return result;
}

}  // namespace

Result<SourcesAlignment> compare_sources(std::string_view a, const std::vector<std::string_view>& sources,
                                         const Options& options, const Tuning& tuning) {
  if (auto error = check_sources(a, sources, options)) return *error;
  text::Interner interner;
  const text::Document doc_a = text::analyse(a, interner, tuning.text);
  std::vector<SourceText> texts;
  texts.reserve(sources.size());
  std::vector<text::Document> docs;
  for (std::string_view source : sources) docs.push_back(text::analyse(source, interner, tuning.text));
  std::vector<const text::Document*> all;
  for (const text::Document& d : docs) all.push_back(&d);
  const WordWeights shared_weights(doc_a, all, tuning.seeding);
  for (text::Document& doc : docs) texts.push_back({std::move(doc), shared_weights, {}, {}});
  docs.clear();

  // Stage 2 for every source first: a stretch of A that several sources echo is a composite of
  // them, which the summaries of each must know (see summary.hpp).
  for (SourceText& t : texts) t.seeds = seeding(TextPair{doc_a, t.doc}, options, tuning.seeding);
  const std::vector<uint32_t> echoing = sources_echoing(doc_a, texts);
  std::vector<uint8_t> echoed_by_this(doc_a.word_count());

  // Stages 3-8: every source's candidates, then one selection over all of them.
  std::vector<Candidate> found;
  for (uint32_t k = 0; k < texts.size(); ++k) {
    mark_echoes(texts[k].seeds, echoed_by_this);
    const EchoedElsewhere elsewhere(echoed_by_this, echoing);
    std::vector<Candidate> own = source_candidates(doc_a, texts[k], k, elsewhere, options, tuning);
    std::move(own.begin(), own.end(), std::back_inserter(found));
  }
  const std::vector<Passage> passages = passages_of(doc_a, texts, selection(std::move(found), options), options);
  for (const Passage& p : passages) texts[p.source].passages.push_back(p);

  // Stage 10, moved text: each source's blocks in the text of A that no passage of any source
  // keeps, then one selection over all of them, so that a stretch of A goes to one source.
  std::vector<Candidate> blocks;
  for (uint32_t k = 0; k < texts.size(); ++k) {
    const SourceText& t = texts[k];
    std::vector<Candidate> own = moved_text(doc_a, t.doc, t.weights, t.seeds, t.passages, options, tuning, &passages);
    for (Candidate& c : own) c.source = k;
    std::move(own.begin(), own.end(), std::back_inserter(blocks));
  }
  Options any_length = options;
  any_length.min_words = 1;  // each source's blocks were held to their own lengths already
  any_length.allow_repeats = false;
  const std::vector<Passage> moved = passages_of(doc_a, texts, selection(std::move(blocks), any_length), options);

  std::vector<Span> cuts_a;
  std::vector<std::vector<Span>> cuts_b(texts.size());
  for (const Passage& m : moved) cuts_a.push_back(m.a), cuts_b[m.source].push_back(m.b);
  std::vector<Passage> out;
  for (size_t k = 0; k < texts.size(); ++k) {
    std::vector<Passage> pieces = cut_passages(std::move(texts[k].passages), cuts_a, cuts_b[k], doc_a,
                                               texts[k].doc, texts[k].weights, tuning.moves);
    std::move(pieces.begin(), pieces.end(), std::back_inserter(out));
  }
  out.insert(out.end(), moved.begin(), moved.end());
  sort_by_a(out);
  mark_moved_per_source(out, texts.size());
  return figures(std::move(out), doc_a, texts);
}

}  // namespace overlap::align
