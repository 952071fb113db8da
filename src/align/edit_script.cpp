#include "align/edit_script.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

#include "align/token_diff.hpp"

namespace overlap::align {
namespace {

using text::Document;

// A block of the token-level diff: equal tokens, or a change (removed and inserted tokens). The
// blocks partition the ops in order, so a block is a range of them: its tokens of A are those of
// its ops that are not insertions, its tokens of B those that are not removals.
struct Block {
  bool equal = false;
  uint32_t first_op = 0, end_op = 0;
  uint32_t tokens_a = 0, tokens_b = 0;  // for an equal block, pairwise matched
  uint32_t words_a = 0, words_b = 0;
  uint32_t last_word = 0;  // of an equal block with words: its last word's token in A

  // The next block in op order joins this one.
  void absorb(const Block& next) {
    end_op = next.end_op;
    tokens_a += next.tokens_a;
    tokens_b += next.tokens_b;
    words_a += next.words_a;
    words_b += next.words_b;
  }
};

bool is_word(const Document& d, uint32_t t) {
  return d.tokens[t].kind == TokenKind::word || d.tokens[t].kind == TokenKind::number;
}

// The stem of word token `t` of `d`.
uint32_t stem_of(const Document& d, uint32_t t) {
  return d.stem_ids[std::lower_bound(d.words.begin(), d.words.end(), t) - d.words.begin()];
}

std::vector<Block> group(const Document& a, const Document& b, const std::vector<TokenOp>& ops) {
  std::vector<Block> blocks;
  for (uint32_t i = 0; i < ops.size(); ++i) {
    const TokenOp& op = ops[i];
    bool equal = op.kind == TokenOp::equal;
    if (blocks.empty() || blocks.back().equal != equal) blocks.push_back({equal, i, i});
    Block& block = blocks.back();
    block.end_op = i + 1;
    if (op.kind != TokenOp::insert) {
      ++block.tokens_a;
      const bool word = is_word(a, op.ta);
      block.words_a += word;
      if (equal && word) block.last_word = op.ta;
    }
    if (op.kind != TokenOp::remove) {
      ++block.tokens_b;
      block.words_b += is_word(b, op.tb);
    }
  }
  return blocks;
}

// A lone word (or only punctuation) left equal between two changes, when a change beside it
// replaces words, may be chance: the in-order diff pairs whatever word the two sides of the
// changes happen to share. Then it reads as noise, "-a the c" "+x the z" being easier to follow
// than three separate replacements, and is absorbed into the changes. It is chance when it is a
// function word of the texts ("the", "said"), or when the diff expected to find it there at least
// once: it had as many tries as words of A there, each finding the word among the words of B
// there with the word's frequency (any word between two long rewritten stretches). Otherwise it
// is what the versions still share ("-the BBC's +Britain's highest-paid"), and absorbing it
// would show copied wording as the editor's own. Between pure insertions ("+x b +z") or pure
// removals a kept word is no noise and stays.
bool replaces(const Block& change) { return change.tokens_a > 0 && change.tokens_b > 0; }

// Whether word token `word` of A, kept alone between changes, is chance; `words_a` and `words_b`:
// the words of the changes on both sides of it and the word itself.
bool lone_word_by_chance(const Document& a, uint32_t word, const WordWeights& weights, uint32_t words_a,
                         uint32_t words_b) {
  const uint32_t stem = stem_of(a, word);
  return weights.is_function_word(stem) || weights.frequency(stem) * words_a * words_b >= 1.0;
}

std::vector<Block> absorb_stranded_equalities(const std::vector<Block>& blocks, const Document& a,
                                              const WordWeights& weights) {
  std::vector<Block> out;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& block = blocks[i];
    // The change before an equal block is out.back(), with what it absorbed (blocks alternate).
    bool stranded = block.equal && block.words_a <= 1 && i > 0 && i + 1 < blocks.size();
    if (stranded) {
      const Block &before = out.back(), &after = blocks[i + 1];
      stranded = (replaces(before) || replaces(after)) &&
                 (block.words_a == 0 ||
                  lone_word_by_chance(a, block.last_word, weights, before.words_a + 1 + after.words_a,
                                      before.words_b + 1 + after.words_b));
    }
    // A stranded equality joins the change before it, and two changes in a row after an
    // absorption merge.
    if (stranded || (!block.equal && !out.empty() && !out.back().equal)) out.back().absorb(block);
    else out.push_back(block);
  }
  return out;
}

// Emits edits with byte spans, merging neighbours of one kind and keeping every change as one
// "-" followed by one "+".
class EditWriter {
 public:
  EditWriter(uint32_t a_start, uint32_t b_start) : ca_(a_start), cb_(b_start) {}

  void equal(uint32_t a_end, uint32_t b_end) { add(EditKind::equal, a_end, b_end); }
  void remove(uint32_t a_end) { add(EditKind::remove, a_end, cb_); }
  void insert(uint32_t b_end) { add(EditKind::insert, ca_, b_end); }
  // Covers what is left up to the ends. Tokens reach the end of the passage on a side that has
  // any token besides white space, so only white space can be left: of a side with nothing else
  // ("hello" against " "). Left on both sides it is equal, as white space between words is;
  // left on one side only it belongs to the change.
  void finish(uint32_t a_end, uint32_t b_end) {
    if (a_end > ca_ && b_end > cb_) {
      equal(a_end, b_end);
    } else {
      remove(a_end);
      insert(b_end);
    }
  }

  std::vector<Edit> take() { return std::move(edits_); }

 private:
  void add(EditKind kind, uint32_t a_end, uint32_t b_end) {
    if (a_end == ca_ && b_end == cb_) return;
    Span sa{ca_, a_end}, sb{cb_, b_end};
    ca_ = a_end;
    cb_ = b_end;
    if (kind != EditKind::equal) {
      // Find the change run at the tail: [-][+], [-], or [+].
      size_t n = edits_.size();
      Edit* rem = nullptr;
      Edit* ins = nullptr;
      if (n >= 1 && edits_[n - 1].kind == EditKind::insert) {
        ins = &edits_[n - 1];
        if (n >= 2 && edits_[n - 2].kind == EditKind::remove) rem = &edits_[n - 2];
      } else if (n >= 1 && edits_[n - 1].kind == EditKind::remove) {
        rem = &edits_[n - 1];
      }
      if (kind == EditKind::remove) {
        if (rem) {
          rem->a.end = sa.end;
          if (ins) ins->a = {sa.end, sa.end};
        } else if (ins) {
          // A removal after an insertion: put it in front, keeping "-" before "+".
          edits_.insert(edits_.end() - 1, Edit{EditKind::remove, {ins->a.start, sa.end}, {ins->b.start, ins->b.start}});
          edits_.back().a = {sa.end, sa.end};
        } else {
          edits_.push_back({kind, sa, {sb.start, sb.start}});
        }
      } else {
        if (ins) ins->b.end = sb.end;
        else edits_.push_back({kind, {sa.start, sa.start}, sb});
      }
      return;
    }
    if (!edits_.empty() && edits_.back().kind == EditKind::equal) {
      edits_.back().a.end = sa.end;
      edits_.back().b.end = sb.end;
    } else {
      edits_.push_back({kind, sa, sb});
    }
  }

  uint32_t ca_, cb_;
  std::vector<Edit> edits_;
};

// Byte length of the common prefix (or suffix) of x and y, on code point boundaries.
uint32_t common_prefix(std::string_view x, std::string_view y) {
  int32_t i = 0, n = static_cast<int32_t>(std::min(x.size(), y.size())), kept = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 cx, cy;
    int32_t j = i;
    U8_NEXT(x.data(), i, static_cast<int32_t>(x.size()), cx);
    U8_NEXT(y.data(), j, static_cast<int32_t>(y.size()), cy);
    if (cx < 0 || cx != cy || i != j) return static_cast<uint32_t>(start);
    kept = i;
  }
  return static_cast<uint32_t>(kept);
}

uint32_t common_suffix(std::string_view x, std::string_view y) {
  int32_t i = static_cast<int32_t>(x.size()), j = static_cast<int32_t>(y.size()), kept = 0;
  while (i > 0 && j > 0) {
    UChar32 cx, cy;
    int32_t i0 = i, j0 = j;
    U8_PREV(x.data(), 0, i, cx);
    U8_PREV(y.data(), 0, j, cy);
    if (cx < 0 || cx != cy || i0 - i != j0 - j) break;
    kept += i0 - i;
  }
  return static_cast<uint32_t>(kept);
}

}  // namespace

EditCounts count_edits(const Document& a, const Document& b, const std::vector<TokenOp>& ops,
                       const WordWeights& weights) {
  // The blocks of `group` and the rule of `absorb_stranded_equalities`, counted as the ops go by
  // without building either: this runs for every candidate, the edit script only for passages.
  EditCounts counts;
  bool started = false, equal_block = false, after_change = false;
  uint32_t equal_words = 0;  // words of A in the equal block being read
  uint32_t last_word = 0;    // its last word's token in A
  // A change block: its words on each side, and what it does (an absorbed word makes it replace).
  struct Change {
    uint32_t a = 0, b = 0;
    bool removes = false, inserts = false;
    bool replaces() const { return removes && inserts; }
  };
  Change current;  // the change block being read
  Change before;   // the change before the waiting equal block, with what it absorbed
  // An equal block of at most one word between two changes, waiting for the change after it.
  struct Waiting {
    uint32_t words;
    uint32_t word;  // its word's token in A, if it has one
  };
  std::optional<Waiting> waiting;
  auto end_change = [&]() {
    if (!waiting) {
      before = current;
      return;
    }
    const Waiting& w = *waiting;
    const bool stranded = (before.replaces() || current.replaces()) &&
                          (w.words == 0 || lone_word_by_chance(a, w.word, weights, before.a + 1 + current.a,
                                                               before.b + 1 + current.b));
    if (stranded) {
      before.a += w.words + current.a;
      before.b += w.words + current.b;
      before.removes = before.inserts = true;
    } else {
      counts.kept_words += w.words;
      before = current;
    }
    waiting.reset();
  };
  for (const TokenOp& op : ops) {
    const bool equal = op.kind == TokenOp::equal;
    if (!started || equal != equal_block) {
      if (started && equal_block) {
        if (after_change && equal_words <= 1) {
          waiting = Waiting{equal_words, last_word};
        } else {
          counts.kept_words += equal_words;  // the first block, or one of several words
        }
      } else if (started) {
        end_change();
        after_change = true;
      }
      if (!equal) current = {};
      started = true;
      equal_block = equal;
      equal_words = 0;
    }
    current.removes |= op.kind == TokenOp::remove;
    current.inserts |= op.kind == TokenOp::insert;
    if (op.kind != TokenOp::insert) {
      const bool word = is_word(a, op.ta);
      counts.words_a += word;
      equal_words += equal && word;
      current.a += !equal && word;
      if (equal && word) last_word = op.ta;
    }
    if (op.kind != TokenOp::remove) {
      const bool word = is_word(b, op.tb);
      counts.words_b += word;
      current.b += !equal && word;
    }
  }
  if (started && equal_block) counts.kept_words += equal_words;  // the last block stays equal
  else if (started) end_change();
  return counts;
}

std::vector<Edit> edit_script(const Document& a, const Document& b, TokenBox tokens,
                              const std::vector<TokenOp>& ops, const WordWeights& weights) {
  const std::vector<Block> blocks = absorb_stranded_equalities(group(a, b, ops), a, weights);

  // Each token extends over the white space after it, up to the next token of the passage.
  auto next_start = [](const Document& d, const std::vector<uint32_t>& nonspace, size_t i,
                       uint32_t passage_end) {
    return i + 1 < nonspace.size() ? d.tokens[nonspace[i + 1]].span.start : passage_end;
  };
  std::vector<uint32_t> na, nb;  // non-space tokens in passage order
  na.reserve(ops.size());
  nb.reserve(ops.size());
  for (const TokenOp& op : ops) {
    if (op.kind != TokenOp::insert) na.push_back(op.ta);
    if (op.kind != TokenOp::remove) nb.push_back(op.tb);
  }
  const TokenRange ta = tokens.a, tb = tokens.b;
  const uint32_t a_end = !ta.empty() ? a.tokens[ta.end - 1].span.end : a.tokens[ta.begin].span.start;
  const uint32_t b_end = !tb.empty() ? b.tokens[tb.end - 1].span.end : b.tokens[tb.begin].span.start;

  EditWriter out(a.tokens[ta.begin].span.start, b.tokens[tb.begin].span.start);
  size_t ia = 0, ib = 0;  // positions in na, nb
  for (const Block& block : blocks) {
    if (!block.equal) {
      if (block.tokens_a) out.remove(next_start(a, na, ia + block.tokens_a - 1, a_end));
      if (block.tokens_b) out.insert(next_start(b, nb, ib + block.tokens_b - 1, b_end));
      ia += block.tokens_a;
      ib += block.tokens_b;
      continue;
    }
    for (uint32_t k = block.first_op; k < block.end_op; ++k, ++ia, ++ib) {
      Span sa = a.tokens[ops[k].ta].span, sb = b.tokens[ops[k].tb].span;
      std::string_view wa = a.text.substr(sa.start, sa.size()), wb = b.text.substr(sb.start, sb.size());
      if (wa != wb) {  // same key, different letters: mark only the letters that differ
        uint32_t prefix = common_prefix(wa, wb);
        uint32_t suffix = std::min(common_suffix(wa.substr(prefix), wb.substr(prefix)),
                                   std::min(sa.size(), sb.size()) - prefix);
        out.equal(sa.start + prefix, sb.start + prefix);
        out.remove(sa.end - suffix);
        out.insert(sb.end - suffix);
      }
      out.equal(next_start(a, na, ia, a_end), next_start(b, nb, ib, b_end));
    }
  }
  out.finish(a_end, b_end);
  return out.take();
}

}  // namespace overlap::align
