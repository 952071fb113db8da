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
  const std::vector<uint32_t> starts = sentence_starts(text, tuning);
  // One pass over the tokens fills every table: one pass less than a table at a time. About half
  // the tokens of prose are words. Sizes are read once: the compiler cannot tell that appending
  // to one table leaves the others' sizes alone.
  const auto token_count = static_cast<uint32_t>(doc.tokens.size());
  const size_t sentence_count = starts.size();
  doc.token_ids.reserve(token_count);
  for (std::vector<uint32_t>* per_word : {&doc.words, &doc.word_ids, &doc.stem_ids, &doc.sentence_of_word})
    per_word->reserve(token_count / 2);
  // Most tokens repeat earlier ones letter for letter, in this text or in the other texts of
  // the comparison: fold and intern each spelling once.
  StringMap<SpellingIds>& seen = interner.spellings();
  std::string key;
  size_t s = 0;  // the sentence of the last word: starts[s] <= its start < starts[s + 1]
  for (uint32_t t = 0; t < token_count; ++t) {
    const Token& token = doc.tokens[t];
    if (token.kind == TokenKind::space) {
      doc.token_ids.push_back(Interner::space_id);
      continue;
    }
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
    doc.token_ids.push_back(keys.id);
    if (token.kind != TokenKind::word && token.kind != TokenKind::number) continue;
    const auto w = static_cast<uint32_t>(doc.words.size());  // this word's index
    doc.words.push_back(t);
    doc.word_ids.push_back(keys.id);
    doc.stem_ids.push_back(keys.stem);
    // Sentences are numbered by the words they hold; empty ones (punctuation only) vanish.
    bool new_sentence = w == 0;
    while (s + 1 < sentence_count && starts[s + 1] <= token.span.start) {
      ++s;
      new_sentence = true;
    }
    if (new_sentence) doc.sentence_first_word.push_back(w);
    doc.sentence_of_word.push_back(static_cast<uint32_t>(doc.sentence_first_word.size()) - 1);
  }
  doc.sentence_first_word.push_back(doc.word_count());
  return doc;
}

}  // namespace overlap::text
