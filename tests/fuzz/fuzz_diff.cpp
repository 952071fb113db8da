// libFuzzer target for overlap::diff: the first passage covers both texts entirely and its edits
// tile them; the moved passages after it satisfy every invariant of fuzz_support.hpp; a second
// run gives the identical result.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  overlap::fuzz::Case c = overlap::fuzz::decode(data, size);
  overlap::Result<overlap::Alignment> r = overlap::diff(c.a, c.b, c.options);
  OVERLAP_FUZZ_CHECK(r.ok(), r.ok() ? "" : r.error().message);
  const overlap::Alignment& result = r.value();
  OVERLAP_FUZZ_CHECK(!result.passages.empty(), "no whole-text passage");
  const overlap::Passage& whole = result.passages.front();
  OVERLAP_FUZZ_CHECK(whole.a == (overlap::Span{0, static_cast<uint32_t>(c.a.size())}), "whole passage A " + overlap::fuzz::show(whole.a));
  OVERLAP_FUZZ_CHECK(whole.b == (overlap::Span{0, static_cast<uint32_t>(c.b.size())}), "whole passage B " + overlap::fuzz::show(whole.b));
  OVERLAP_FUZZ_CHECK(!whole.moved, "whole passage marked moved");
  for (size_t i = 1; i < result.passages.size(); ++i)
    OVERLAP_FUZZ_CHECK(result.passages[i].moved, "passage after the first not marked moved");
  overlap::fuzz::check_alignment(result, c, 1);
  overlap::Result<overlap::Alignment> again = overlap::diff(c.a, c.b, c.options);
  OVERLAP_FUZZ_CHECK(again.ok() && again.value() == result, "a second run gave a different result");
  return 0;
}
