// Building the pairs of the planted-move tests: an article (tests/fixtures/planted/, one sentence
// a line, paragraphs apart) as A, and as B the same article with one sentence or one paragraph
// moved and about 4% of its words edited. Every word of B remembers which word of A it copies
// unchanged, so a test can tell which words the result should show as shared.
//
// Words are the segmenter's word and number tokens (overlap::segment), so Chinese and Thai,
// written without spaces, are edited and measured by the words the core itself sees. Random
// draws use std::mt19937's raw output (its sequence is fixed by the standard; the library's
// distributions are not), so a seed names the same pair with every standard library.
#pragma once

#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "overlap/overlap.hpp"
#include "test_support.hpp"

namespace overlap::testing::planted {

/// How a language lays out its text.
struct Language {
  const char* name;     ///< test name
  const char* fixture;  ///< file under tests/fixtures/planted/
  const char* sentence_separator;
  bool spaces_between_words;  ///< edits add and remove a space with the word
};

/// One token of a text being built: a word (or number) or the text between two words.
struct Piece {
  std::string text;
  bool word = false;
  int source = -1;     ///< the word of A this word copies unchanged; -1 for new or changed words
  bool moved = false;  ///< part of the planted move
};

using Sentence = std::vector<Piece>;
using Paragraph = std::vector<Sentence>;
using Article = std::vector<Paragraph>;

/// The fixture's paragraphs and sentences, each sentence segmented into pieces; the words are
/// numbered in reading order (`source`), as A's words.
inline Article read_article(const std::string& fixture) {
  std::istringstream in(read_file(test_data("fixtures/planted/" + fixture)));
  Article article(1);
  int next_word = 0;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!article.back().empty()) article.emplace_back();
      continue;
    }
    Sentence sentence;
    for (const Token& t : segment(line)) {
      bool word = t.kind == TokenKind::word || t.kind == TokenKind::number;
      sentence.push_back({line.substr(t.span.start, t.span.size()), word, word ? next_word++ : -1});
    }
    article.back().push_back(std::move(sentence));
  }
  if (article.back().empty()) article.pop_back();
  return article;
}

/// A laid-out text and the byte span of each of its pieces.
struct Text {
  std::string text;
  std::vector<Piece> pieces;
  std::vector<Span> spans;
};

inline Text lay_out(const Article& article, const Language& language) {
  Text out;
  auto add = [&](const Piece& p) {
    uint32_t start = static_cast<uint32_t>(out.text.size());
    out.text += p.text;
    out.pieces.push_back(p);
    out.spans.push_back({start, static_cast<uint32_t>(out.text.size())});
  };
  for (size_t p = 0; p < article.size(); ++p) {
    if (p > 0) add({"\n\n"});
    for (size_t s = 0; s < article[p].size(); ++s) {
      if (s > 0) add({language.sentence_separator});
      for (const Piece& piece : article[p][s]) add(piece);
    }
  }
  add({"\n"});
  return out;
}

/// `rng`'s next draw in [0, n).
inline size_t draw(std::mt19937& rng, size_t n) { return static_cast<size_t>(rng() % n); }

/// What was planted, for messages: paragraphs and sentences numbered from 0.
struct Plan {
  bool paragraph = false;  ///< a whole paragraph moved, else one sentence
  size_t from = 0;         ///< its paragraph in A
  size_t to = 0;           ///< the paragraph it lands in (or its index) in B
  size_t sentence = 0;     ///< for a sentence: its index in its paragraph in A
  int edits = 0;
  std::string describe() const {
    std::string what = paragraph ? "paragraph " + std::to_string(from)
                                 : "sentence " + std::to_string(sentence) + " of paragraph " + std::to_string(from);
    return what + " moved to " + (paragraph ? "index " : "paragraph ") + std::to_string(to) + ", " +
           std::to_string(edits) + " words edited";
  }
};

/// Moves one sentence (into another paragraph, at any sentence boundary) or one paragraph, 1-4
/// paragraphs away, and marks its words moved.
inline Plan plant_move(Article& article, bool paragraph, std::mt19937& rng) {
  Plan plan;
  plan.paragraph = paragraph;
  size_t n = article.size();
  plan.from = draw(rng, n);
  // After a paragraph is taken out, the others keep indices 0..n-2 and it may land at any of
  // 0..n-1; a sentence may land in any paragraph 0..n-1. Both ways round when both fit.
  size_t distance = 0;
  bool down = false, up = false;
  while (!down && !up) {
    distance = 1 + draw(rng, 4);
    down = plan.from + distance <= n - 1;
    up = plan.from >= distance;
  }
  if (down && up) down = draw(rng, 2) == 0;
  plan.to = down ? plan.from + distance : plan.from - distance;
  if (paragraph) {
    Paragraph moved = std::move(article[plan.from]);
    for (Sentence& s : moved)
      for (Piece& p : s) p.moved = true;
    article.erase(article.begin() + static_cast<long>(plan.from));
    article.insert(article.begin() + static_cast<long>(plan.to), std::move(moved));
  } else {
    Paragraph& source = article[plan.from];
    plan.sentence = draw(rng, source.size());
    Sentence moved = std::move(source[plan.sentence]);
    for (Piece& p : moved) p.moved = true;
    source.erase(source.begin() + static_cast<long>(plan.sentence));
    Paragraph& target = article[plan.to];
    target.insert(target.begin() + static_cast<long>(draw(rng, target.size() + 1)), std::move(moved));
  }
  return plan;
}

/// Every word of `article`, to draw inserted and substituted words from.
inline std::vector<std::string> words_of(const Article& article) {
  std::vector<std::string> out;
  for (const Paragraph& p : article)
    for (const Sentence& s : p)
      for (const Piece& piece : s)
        if (piece.word) out.push_back(piece.text);
  return out;
}

/// Edits each word with probability `per_mille`/1000: deleted, preceded by an inserted word, or
/// substituted, one third each. Returns how many words were edited.
inline int edit_words(Article& article, const Language& language, const std::vector<std::string>& vocabulary,
                      unsigned per_mille, std::mt19937& rng) {
  int edits = 0;
  auto other_word = [&](const std::string& not_this) {
    std::string w;
    do w = vocabulary[draw(rng, vocabulary.size())];
    while (fold(w) == fold(not_this));
    return w;
  };
  for (Paragraph& paragraph : article)
    for (Sentence& sentence : paragraph) {
      Sentence out;
      for (size_t i = 0; i < sentence.size(); ++i) {
        Piece piece = sentence[i];
        if (!piece.word || draw(rng, 1000) >= per_mille) {
          out.push_back(piece);
          continue;
        }
        ++edits;
        switch (draw(rng, 3)) {
          case 0: {  // deleted, with the space before it (or after it, at the sentence's start)
            bool space_before = !out.empty() && out.back().text == " ";
            if (language.spaces_between_words && space_before) out.pop_back();
            else if (language.spaces_between_words && i + 1 < sentence.size() && sentence[i + 1].text == " ") ++i;
            break;
          }
          case 1:  // a word inserted before it
            out.push_back({other_word(piece.text), true, -1, piece.moved});
            if (language.spaces_between_words) out.push_back({" ", false, -1, piece.moved});
            out.push_back(piece);
            break;
          default:  // substituted
            out.push_back({other_word(piece.text), true, -1, piece.moved});
            break;
        }
      }
      sentence = std::move(out);
    }
  return edits;
}

}  // namespace overlap::testing::planted
