#include "text/document.hpp"

#include <unicode/utf8.h>

#include <cstring>
#include <string>

#include "text/fold.hpp"
#include "text/segmenter.hpp"
#include "text/sentences.hpp"
#include "text/string_map.hpp"

namespace overlap::text {
namespace {

bool is_valid_utf8(std::string_view s) {
  for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n;) {
    // Stride over ASCII eight bytes at a time: most text is mostly ASCII.
    uint64_t eight;
    if (i + 8 <= n && (std::memcpy(&eight, s.data() + i, 8), (eight & 0x8080808080808080ull) == 0)) {
      i += 8;
      continue;
    }
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

// Byte length of the first `stem_letters` code points of a UTF-8 key.
size_t stem_cut(std::string_view key, uint32_t stem_letters) {
  size_t cut = 0;
  for (uint32_t letters = 0; cut < key.size() && letters < stem_letters; ++letters) {
    do ++cut;
    while (cut < key.size() && (static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80);
  }
  return cut;
}

}  // namespace

Document analyse(std::string_view text, Interner& interner, const TextTuning& tuning) {
  Document doc;
  doc.text = text;
  doc.had_invalid_utf8 = !is_valid_utf8(text);
  doc.tokens = segment_words(text);
  doc.token_ids.resize(doc.tokens.size(), Interner::space_id);
  doc.words.reserve(doc.tokens.size() / 2);
  doc.stem_ids.reserve(doc.tokens.size() / 2);
  // Most tokens repeat earlier ones letter for letter, in this text or in the other texts of
  // the comparison: fold and intern each spelling once.
  StringMap<SpellingIds>& seen = interner.spellings();
  std::string key;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const Token& token = doc.tokens[t];
    if (token.kind == TokenKind::space) continue;
    std::string_view raw = text.substr(token.span.start, token.span.size());
    auto [keys, is_new] = seen.try_emplace(raw);
    if (is_new) {
      key.clear();
      append_fold(raw, key);
      // Interning touches another table than `seen`, so `keys` still refers to its entry.
      keys.id = keys.stem = interner.intern(key);
      if (token.kind == TokenKind::word) {
        size_t cut = stem_cut(key, tuning.stem_letters);
        if (cut < key.size()) keys.stem = interner.intern(std::string_view(key).substr(0, cut));
      }
    }
    doc.token_ids[t] = keys.id;
    if (token.kind == TokenKind::word || token.kind == TokenKind::number) {
      doc.words.push_back(t);
      doc.stem_ids.push_back(keys.stem);
    }
  }
  doc.word_ids.reserve(doc.words.size());
  for (uint32_t t : doc.words) doc.word_ids.push_back(doc.token_ids[t]);

  // Sentences are numbered by the words they hold; empty ones (punctuation only) vanish.
  std::vector<uint32_t> starts = sentence_starts(text, tuning);
  doc.sentence_of_word.resize(doc.words.size());
  size_t s = 0;
  for (uint32_t w = 0; w < doc.words.size(); ++w) {
    uint32_t at = doc.tokens[doc.words[w]].span.start;
    bool new_sentence = w == 0;
    while (s + 1 < starts.size() && starts[s + 1] <= at) {
      ++s;
      new_sentence = true;
    }
    if (new_sentence) doc.sentence_first_word.push_back(w);
    doc.sentence_of_word[w] = static_cast<uint32_t>(doc.sentence_first_word.size()) - 1;
  }
  doc.sentence_first_word.push_back(doc.word_count());
  return doc;
}

}  // namespace overlap::text
