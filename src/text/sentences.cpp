#include "text/sentences.hpp"

#include <unicode/uchar.h>  // the USentenceBreak values
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>

#include "text/character_properties.hpp"

namespace overlap::text {
namespace {

// Sentence boundaries were ICU's sentence break iterator: a second pass of a rule machine over
// the whole text, a third of the cost of word segmentation. The rules look only at a few
// characters around sentence terminators and paragraph separators, so they are computed here
// directly, in the form of ICU's reference rules for its own iterator
// (source/test/testdata/break_rules/sentence.txt), which ICU's tests check it against:
//
//   SB3   CR LF
//   SB4   ParaSep ÷
//   SB6   ATerm ExtFmt* Numeric
//   SB7   (Upper | Lower) ExtFmt* ATerm ExtFmt* Upper
//   SB8   ATerm ExtFmt* (Close ExtFmt*)* (Sp ExtFmt*)* ([^OLetter Upper Lower ParaSep SATerm ExtFmt] ExtFmt*)* Lower
//   SB8a  SATerm ExtFmt* (Close ExtFmt*)* (Sp ExtFmt*)* (SContinue | SATerm)
//   SB9   SATerm ExtFmt* (Close ExtFmt*)* (Sp ExtFmt*)* (CR LF | ParaSep)? ÷
//   SB12  . ExtFmt* [^ExtFmt]?
//
// From a boundary, the first rule that matches at the current character applies: one with ÷
// ends the sentence there, any other moves on to the last character it matched. (SB2, the end
// of the text, ends the last sentence.) tests/core/sentences_test.cpp and the fuzz target
// compare the result with ICU's iterator.

using Class = uint8_t;  // a USentenceBreak value, or `end`
constexpr Class end = 15;  // past the last character: in no class set below

constexpr uint32_t bit(Class c) { return 1u << c; }
constexpr uint32_t ext_fmt = bit(U_SB_EXTEND) | bit(U_SB_FORMAT);
constexpr uint32_t para_sep = bit(U_SB_SEP) | bit(U_SB_CR) | bit(U_SB_LF);
constexpr uint32_t sa_term = bit(U_SB_STERM) | bit(U_SB_ATERM);
constexpr uint32_t close_ext_fmt = bit(U_SB_CLOSE) | ext_fmt;
constexpr uint32_t sp_ext_fmt = bit(U_SB_SP) | ext_fmt;
// What SB8 looks across between an ATerm and a lower-case letter.
constexpr uint32_t before_lower = (bit(end) - 1) & ~(bit(U_SB_OLETTER) | bit(U_SB_UPPER) |
                                                     bit(U_SB_LOWER) | para_sep | sa_term);

// The class of each ASCII character, and for every byte whether a rule other than SB12 can start
// at it or at the character before it: the bytes the scan cannot stride over.
struct ByteTables {
  std::array<Class, 128> ascii{};
  std::array<bool, 256> stop{};
};

const ByteTables& byte_tables() {
  static const ByteTables tables = [] {
    constexpr uint32_t stops = para_sep | sa_term | ext_fmt;
    ByteTables out;
    for (UChar32 c = 0; c < 256; ++c) {
      if (c >= 128) {
        out.stop[c] = true;  // a character beyond ASCII: read it in full
        continue;
      }
      out.ascii[c] = character_properties(c).sentence_break();
      out.stop[c] = bit(out.ascii[c]) & stops;
    }
    return out;
  }();
  return tables;
}

// A character: its class, and where it and the next one start.
struct Char {
  Class cls;
  size_t at, next;
};

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text), tables_(byte_tables()) {}

  size_t size() const { return text_.size(); }

  Char at(size_t i) const {
    if (i >= text_.size()) return {end, text_.size(), text_.size()};
    unsigned char byte = static_cast<unsigned char>(text_[i]);
    if (byte < 0x80) return {tables_.ascii[byte], i, i + 1};
    int32_t j = static_cast<int32_t>(i), n = static_cast<int32_t>(text_.size());
    UChar32 c;
    U8_NEXT(text_.data(), j, n, c);
    if (c < 0) c = 0xFFFD;  // as ICU's UTF-8 text access reads ill-formed bytes
    return {character_properties(c).sentence_break(), i, static_cast<size_t>(j)};
  }

  // The first character from byte i on whose class is not in `skipped` (`end` if none).
  Char skip(size_t i, uint32_t skipped) const {
    Char c = at(i);
    while (bit(c.cls) & skipped) c = at(c.next);
    return c;
  }

  // The last character of the run from byte i on where only SB12 applies: each character and
  // the next one plain ASCII, neither a terminator, separator nor extension.
  size_t stride(size_t i) const {
    if (stop(i)) return i;
    while (i + 1 < size() && !stop(i + 1)) ++i;
    return i;
  }

  // The boundary after the sentence starting at byte `from` (< size()).
  size_t next_boundary(size_t from) const {
    Char c = at(stride(from));
    for (;;) {
      if (c.next >= size()) return size();  // SB2
      if (c.cls == U_SB_CR) {
        Char lf = at(c.next);
        if (lf.cls == U_SB_LF) c = lf;  // SB3, then SB2 or SB4 at the LF
        if (c.next >= size()) return size();
      }
      if (bit(c.cls) & para_sep) return c.next;  // SB4
      const Char after = skip(c.next, ext_fmt);
      if (c.cls == U_SB_ATERM && after.cls == U_SB_NUMERIC) {  // SB6
        c = after;
        continue;
      }
      if ((c.cls == U_SB_UPPER || c.cls == U_SB_LOWER) && after.cls == U_SB_ATERM) {
        Char upper = skip(after.next, ext_fmt);
        if (upper.cls == U_SB_UPPER) {  // SB7
          c = upper;
          continue;
        }
      }
      if (c.cls == U_SB_ATERM) {
        Char lower = skip(c.next, before_lower);
        if (lower.cls == U_SB_LOWER) {  // SB8
          c = lower;
          continue;
        }
      }
      if (bit(c.cls) & sa_term) {
        Char d = skip(c.next, close_ext_fmt);
        if (d.cls == U_SB_SP) d = skip(d.next, sp_ext_fmt);
        if (d.cls == U_SB_SCONTINUE || (bit(d.cls) & sa_term)) {  // SB8a
          c = d;
          continue;
        }
        if (d.cls == U_SB_CR) {  // SB9: (CR LF | ParaSep)? ÷
          Char lf = at(d.next);
          return lf.cls == U_SB_LF ? lf.next : d.next;
        }
        return (bit(d.cls) & para_sep) ? d.next : d.at;
      }
      if (after.cls == end) return size();  // SB12 to the end, then SB2
      c = at(stride(after.at));             // SB12
    }
  }

 private:
  bool stop(size_t i) const { return tables_.stop[static_cast<unsigned char>(text_[i])]; }

  std::string_view text_;
  const ByteTables& tables_;
};

void add_sentence_breaks(std::string_view text, std::vector<uint32_t>& out) {
  Reader reader(text);
  for (size_t b = 0; b < text.size();) {
    b = reader.next_boundary(b);
    if (b < text.size()) out.push_back(static_cast<uint32_t>(b));
  }
}

// Hard-wrapped prose (every line of a paragraph about as long as the others, none long) has
// line breaks that end no sentence; elsewhere a line break ends a heading, a caption, a list item.
bool looks_hard_wrapped(std::string_view text, const TextTuning& tuning) {
  size_t lines = 0, full_lines = 0, start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n') continue;
    size_t length = i - start;
    start = i + 1;
    if (length == 0) continue;
    if (length > tuning.wrap_max_line) return false;
    ++lines;
    full_lines += length >= tuning.wrap_full_line;
  }
  return lines >= tuning.wrap_min_lines && full_lines >= tuning.wrap_full_share * lines;
}

// Same length, same offsets: single line breaks become spaces, so that wrapped lines do not end
// sentences; blank lines (paragraph breaks) still do.
std::string unwrap(std::string_view text) {
  std::string unwrapped(text);
  for (size_t i = 0; i < unwrapped.size(); ++i) {
    if (unwrapped[i] != '\n' && unwrapped[i] != '\r') continue;
    size_t j = i, newlines = 0;
    for (; j < unwrapped.size() && (unwrapped[j] == '\n' || unwrapped[j] == '\r'); ++j) {
      newlines += unwrapped[j] == '\n';
    }
    if (newlines <= 1) std::fill(unwrapped.begin() + i, unwrapped.begin() + j, ' ');
    i = j - 1;
  }
  return unwrapped;
}

}  // namespace

std::vector<uint32_t> sentence_breaks(std::string_view text) {
  std::vector<uint32_t> breaks;
  add_sentence_breaks(text, breaks);
  return breaks;
}

std::vector<uint32_t> sentence_starts(std::string_view text, const TextTuning& tuning) {
  std::vector<uint32_t> starts{0};
  if (looks_hard_wrapped(text, tuning)) add_sentence_breaks(unwrap(text), starts);
  else add_sentence_breaks(text, starts);
  return starts;
}

}  // namespace overlap::text
