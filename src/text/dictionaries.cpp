#include "text/dictionaries.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>

#include "text/character_properties.hpp"
#include "text/segmenter.hpp"

namespace overlap::text {
namespace {

struct DictionaryScripts {
  const char* name;                          ///< as the warning says it
  const char* sample;                        ///< two or more words, one run without spaces
  std::initializer_list<UScriptCode> codes;  ///< the scripts its dictionary covers
};

// Japanese and Chinese share ICU's CJK dictionary.
const DictionaryScripts groups[] = {
    {"Chinese or Japanese", "我们今天去北京大学", {USCRIPT_HAN, USCRIPT_HIRAGANA, USCRIPT_KATAKANA}},
    {"Thai", "ภาษาไทยง่ายนิดเดียว", {USCRIPT_THAI}},
    {"Lao", "ພາສາລາວ", {USCRIPT_LAO}},
    {"Khmer", "ខ្ញុំស្រលាញ់ប្រទេសកម្ពុជា", {USCRIPT_KHMER}},
    {"Burmese", "ကျွန်တော်စာအုပ်ဖတ်နေတယ်", {USCRIPT_MYANMAR}},
};
constexpr size_t group_count = std::size(groups);

// Whether ICU splits each group's sample into words. ICU takes its data packages only before
// its first lookup, so the answer never changes: probed once.
const std::array<bool, group_count>& dictionaries_loaded() {
  static const std::array<bool, group_count> loaded = [] {
    std::array<bool, group_count> out{};
    for (size_t g = 0; g < group_count; ++g) out[g] = segment_words(groups[g].sample).size() > 1;
    return out;
  }();
  return loaded;
}

// Which groups occur in `text`.
std::array<bool, group_count> groups_in(std::string_view text) {
  std::array<bool, group_count> found{};
  for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
    // None of these scripts is below Thai (U+0E00), whose UTF-8 starts with 0xE0: shorter
    // sequences, ASCII above all, are passed over without being decoded, eight bytes at a time
    // while none of them has its top three bits set (0xE0-0xFF), else byte by byte.
    if (uint64_t eight; i + 8 <= n) {
      std::memcpy(&eight, text.data() + i, 8);
      if ((eight & (eight << 1) & (eight << 2) & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<uint8_t>(text[i]) < 0xE0) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0x0E00) continue;  // U+0800..U+0DFF, or an ill-formed sequence
    UScriptCode script = character_properties(c).script();
    for (size_t g = 0; g < group_count; ++g)
      found[g] |= std::find(groups[g].codes.begin(), groups[g].codes.end(), script) != groups[g].codes.end();
  }
  return found;
}

}  // namespace

std::vector<std::string> missing_dictionary_warnings(std::string_view text, std::string_view input) {
  std::vector<std::string> warnings;
  // The text first: most texts hold none of these scripts, and probing ICU segments a sample of
  // each, which without the dictionaries makes ICU build the character set of every one of the
  // five scripts. In wasm that was 5-30 ms of a page's first comparison.
  const std::array<bool, group_count> found = groups_in(text);
  if (std::none_of(found.begin(), found.end(), [](bool yes) { return yes; })) return warnings;
  const std::array<bool, group_count>& loaded = dictionaries_loaded();
  for (size_t g = 0; g < group_count; ++g) {
    if (!found[g] || loaded[g]) continue;
    warnings.push_back("input " + std::string(input) + " has " + groups[g].name +
                       " text but ICU's word dictionary for it is not loaded: that text was matched in "
                       "whole runs of characters, not word by word");
  }
  return warnings;
}

}  // namespace overlap::text
