// libFuzzer target for overlap::compare: every result satisfies the invariants of
// fuzz_support.hpp, a second run gives the identical result, and converting to UTF-16 and code
// points stays within the texts.
#include "fuzz_support.hpp"

namespace {

uint32_t units_in(std::string_view text, overlap::Units units) {
  uint32_t n = 0;
  for (int32_t i = 0, size = static_cast<int32_t>(text.size()); i < size;) {
    UChar32 c;
    U8_NEXT(text.data(), i, size, c);
    n += units == overlap::Units::utf16 && c > 0xFFFF ? 2 : 1;
  }
  return n;
}

void check_units(const overlap::Alignment& r, const overlap::fuzz::Case& c) {
  for (overlap::Units units : {overlap::Units::utf16, overlap::Units::codepoints}) {
    overlap::Alignment u = overlap::to_units(r, c.a, c.b, units);
    uint32_t la = units_in(c.a, units), lb = units_in(c.b, units);
    OVERLAP_FUZZ_CHECK(u.a.length == la && u.b.length == lb, "to_units lengths");
    for (const overlap::Passage& p : u.passages) {
      OVERLAP_FUZZ_CHECK(p.a.start <= p.a.end && p.a.end <= la, "to_units passage A");
      OVERLAP_FUZZ_CHECK(p.b.start <= p.b.end && p.b.end <= lb, "to_units passage B");
      for (const overlap::Edit& e : p.edits)
        OVERLAP_FUZZ_CHECK(e.a.end <= la && e.b.end <= lb && e.a.start <= e.a.end && e.b.start <= e.b.end,
                           "to_units edit");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  overlap::fuzz::Case c = overlap::fuzz::decode(data, size);
  overlap::Result<overlap::Alignment> r = overlap::compare(c.a, c.b, c.options);
  OVERLAP_FUZZ_CHECK(r.ok(), r.ok() ? "" : r.error().message);
  overlap::fuzz::check_alignment(r.value(), c, 0);
  overlap::Result<overlap::Alignment> again = overlap::compare(c.a, c.b, c.options);
  OVERLAP_FUZZ_CHECK(again.ok() && again.value() == r.value(), "a second run gave a different result");
  check_units(r.value(), c);
  return 0;
}
