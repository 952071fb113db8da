#include "align/typography.hpp"

#include "text/fold.hpp"

namespace overlap::align {
namespace {

// Appends an equal edit, merged into the previous one when that is equal too.
void push_equal(std::vector<Edit>& out, Span a, Span b) {
  if (!out.empty() && out.back().kind == EditKind::equal) {
    out.back().a.end = a.end;
    out.back().b.end = b.end;
  } else {
    out.push_back({EditKind::equal, a, b});
  }
}

}  // namespace

void hide_typographic_edits(std::vector<Passage>& passages, std::string_view a, std::string_view b) {
  for (Passage& p : passages) {
    std::vector<Edit> out;
    out.reserve(p.edits.size());
    const std::vector<Edit>& edits = p.edits;
    for (size_t i = 0; i < edits.size(); ++i) {
      const Edit& e = edits[i];
      // The edit writer keeps every change as one "-" followed by one "+".
      bool pair = e.kind == EditKind::remove && i + 1 < edits.size() && edits[i + 1].kind == EditKind::insert;
      if (pair && text::typographic_variants(a.substr(e.a.start, e.a.size()),
                                             b.substr(edits[i + 1].b.start, edits[i + 1].b.size()))) {
        push_equal(out, e.a, edits[i + 1].b);
        ++i;
      } else if (e.kind == EditKind::equal) {
        push_equal(out, e.a, e.b);
      } else {
        out.push_back(e);
      }
    }
    p.edits = std::move(out);
  }
}

}  // namespace overlap::align
