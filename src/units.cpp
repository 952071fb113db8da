// Converting a result's offsets from UTF-8 bytes to UTF-16 code units or code points.
#include <unicode/utf8.h>

#include <algorithm>

#include "compact_sort.hpp"
#include "overlap/overlap.hpp"

namespace overlap {
namespace {

// Rewrites every offset in `offsets` (pointers into one alignment, all for one text) in one pass
// over the text: sorting the offsets avoids a table the size of the text.
void convert(std::string_view text, std::vector<uint32_t*>& offsets, Units units) {
  sort_by_key(offsets, [](const uint32_t* offset) { return *offset; });
  int32_t byte = 0, n = static_cast<int32_t>(text.size());
  uint32_t unit = 0;
  for (uint32_t* offset : offsets) {
    while (byte < n && static_cast<uint32_t>(byte) < *offset) {
      UChar32 c;
      U8_NEXT(text.data(), byte, n, c);  // an ill-formed sequence counts as one U+FFFD
      unit += units == Units::utf16 && c > 0xFFFF ? 2 : 1;
    }
    *offset = unit;
  }
}

// Adds the offsets of `p` to the lists of its A and B text.
void collect(Passage& p, std::vector<uint32_t*>& in_a, std::vector<uint32_t*>& in_b) {
  in_a.insert(in_a.end(), {&p.a.start, &p.a.end});
  in_b.insert(in_b.end(), {&p.b.start, &p.b.end});
  for (Edit& e : p.edits) {
    in_a.insert(in_a.end(), {&e.a.start, &e.a.end});
    in_b.insert(in_b.end(), {&e.b.start, &e.b.end});
  }
}

}  // namespace

Alignment to_units(const Alignment& alignment, std::string_view a, std::string_view b, Units units) {
  Alignment out = alignment;
  if (units == alignment.units || alignment.units != Units::utf8) return out;
  std::vector<uint32_t*> in_a{&out.a.length}, in_b{&out.b.length};
  for (Passage& p : out.passages) collect(p, in_a, in_b);
  convert(a, in_a, units);
  convert(b, in_b, units);
  out.units = units;
  return out;
}

SourcesAlignment to_units(const SourcesAlignment& alignment, std::string_view a,
                          const std::vector<std::string_view>& sources, Units units) {
  SourcesAlignment out = alignment;
  if (units == alignment.units || alignment.units != Units::utf8) return out;
  std::vector<uint32_t*> in_a{&out.a.length};
  std::vector<std::vector<uint32_t*>> in_source(sources.size());
  for (size_t k = 0; k < out.sources.size() && k < sources.size(); ++k)
    in_source[k].push_back(&out.sources[k].stats.length);
  for (Passage& p : out.passages) collect(p, in_a, in_source.at(p.source));
  convert(a, in_a, units);
  for (size_t k = 0; k < sources.size(); ++k) convert(sources[k], in_source[k], units);
  out.units = units;
  return out;
}

}  // namespace overlap
