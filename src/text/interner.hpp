// Interns match keys to dense 32-bit ids, so every later stage compares integers.
#pragma once

#include <cstdint>
#include <string_view>

#include "text/string_map.hpp"

namespace overlap::text {

/// The ids of one raw spelling: its match key's and its stem's.
struct SpellingIds {
  uint32_t id, stem;
};

class Interner {
 public:
  /// Id 0 is reserved for white space, which no stage ever matches.
  static constexpr uint32_t space_id = 0;

  Interner() : keys_(1024), spellings_(1024) {}

  /// The id of `key`: the next free one the first time it is seen, so ids follow first use.
  uint32_t intern(std::string_view key) {
    auto [id, is_new] = keys_.try_emplace(key);
    if (is_new) id = static_cast<uint32_t>(keys_.size());
    return id;
  }

  /// Number of distinct ids handed out, plus one for `space_id`: a bound for id-indexed tables.
  uint32_t size() const { return static_cast<uint32_t>(keys_.size()) + 1; }

  /// The ids of each raw spelling seen so far (see text::analyse), kept across the texts of one
  /// comparison: they share most of their spellings, which are then folded and interned once.
  StringMap<SpellingIds>& spellings() { return spellings_; }

 private:
  StringMap<uint32_t> keys_;
  StringMap<SpellingIds> spellings_;
};

}  // namespace overlap::text
