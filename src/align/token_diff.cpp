#include "align/token_diff.hpp"

#include <dtl/dtl.hpp>

namespace overlap::align {
namespace {

using text::Document;
using text::Interner;

// The common case between neighbouring anchors: nothing, or the same punctuation on both sides.
// Checked in place, without copying, because it runs once per anchored word.
bool same_tokens(const Document& a, uint32_t ta0, uint32_t ta1, const Document& b, uint32_t tb0,
                 uint32_t tb1, std::vector<TokenOp>& out) {
  const size_t mark = out.size();
  uint32_t x = ta0, y = tb0;
  for (;;) {
    while (x < ta1 && a.token_ids[x] == Interner::space_id) ++x;
    while (y < tb1 && b.token_ids[y] == Interner::space_id) ++y;
    if (x == ta1 || y == tb1) break;
    if (a.token_ids[x] != b.token_ids[y]) break;
    out.push_back({TokenOp::equal, x++, y++});
  }
  if (x == ta1 && y == tb1) return true;
  out.resize(mark);
  return false;
}

void diff_gap(const Document& a, uint32_t ta0, uint32_t ta1, const Document& b, uint32_t tb0,
              uint32_t tb1, uint64_t max_gap_product, std::vector<TokenOp>& out) {
  if (same_tokens(a, ta0, ta1, b, tb0, tb1, out)) return;
  // Token indices and their ids, spaces left out. Reused from gap to gap (there are thousands
  // per megabyte): four fresh vectors each time cost more than the diff of a short gap.
  thread_local std::vector<uint32_t> ia, ib, ka, kb;
  ia.clear(), ib.clear(), ka.clear(), kb.clear();
  for (uint32_t t = ta0; t < ta1; ++t)
    if (a.token_ids[t] != Interner::space_id) ia.push_back(t), ka.push_back(a.token_ids[t]);
  for (uint32_t t = tb0; t < tb1; ++t)
    if (b.token_ids[t] != Interner::space_id) ib.push_back(t), kb.push_back(b.token_ids[t]);
  if (ka.empty() || kb.empty() || uint64_t(ka.size()) * kb.size() > max_gap_product) {
    for (uint32_t t : ia) out.push_back({TokenOp::remove, t, 0});
    for (uint32_t t : ib) out.push_back({TokenOp::insert, 0, t});
    return;
  }
  // One token against one other, a word replaced: over a third of the gaps dtl was given, each
  // costing a dozen allocations. Its script for them: the removal, then the insertion.
  if (ka.size() == 1 && kb.size() == 1) {
    if (ka[0] == kb[0]) out.push_back({TokenOp::equal, ia[0], ib[0]});
    else out.push_back({TokenOp::remove, ia[0], 0}), out.push_back({TokenOp::insert, 0, ib[0]});
    return;
  }
  dtl::Diff<uint32_t, std::vector<uint32_t>> d(ka, kb);
  d.compose();
  size_t x = 0, y = 0;
  for (const auto& [id, info] : d.getSes().getSequence()) {
    switch (info.type) {
      case dtl::SES_COMMON: out.push_back({TokenOp::equal, ia[x++], ib[y++]}); break;
      case dtl::SES_DELETE: out.push_back({TokenOp::remove, ia[x++], 0}); break;
      case dtl::SES_ADD: out.push_back({TokenOp::insert, 0, ib[y++]}); break;
    }
  }
}

}  // namespace

std::vector<TokenOp> diff_tokens(const Document& a, const Document& b, TokenBox tokens,
                                 const std::vector<Anchor>& anchors, uint64_t max_gap_product) {
  std::vector<TokenOp> ops;
  uint32_t ca = tokens.a.begin, cb = tokens.b.begin;
  for (const Anchor& anchor : anchors) {
    if (anchor.ta < ca || anchor.tb < cb || anchor.ta + anchor.tokens > tokens.a.end ||
        anchor.tb + anchor.tokens > tokens.b.end)
      continue;  // out of order or outside: the caller's anchors are hints, not promises
    diff_gap(a, ca, anchor.ta, b, cb, anchor.tb, max_gap_product, ops);
    for (uint32_t k = 0; k < anchor.tokens; ++k) {
      if (a.token_ids[anchor.ta + k] == Interner::space_id) continue;
      ops.push_back({TokenOp::equal, anchor.ta + k, anchor.tb + k});
    }
    ca = anchor.ta + anchor.tokens;
    cb = anchor.tb + anchor.tokens;
  }
  diff_gap(a, ca, tokens.a.end, b, cb, tokens.b.end, max_gap_product, ops);
  return ops;
}

}  // namespace overlap::align
