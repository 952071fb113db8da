// Interns match keys to dense 32-bit ids, so every later stage compares integers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace overlap::text {

class Interner {
 public:
  /// Id 0 is reserved for white space, which no stage ever matches.
  static constexpr uint32_t space_id = 0;

  Interner() { keys_.reserve(1024); }

  uint32_t intern(std::string_view key) {
    auto it = keys_.find(key);
    if (it != keys_.end()) return it->second;
    uint32_t id = static_cast<uint32_t>(keys_.size()) + 1;
    keys_.emplace(std::string(key), id);
    return id;
  }

  /// Number of distinct ids handed out, plus one for `space_id`: a bound for id-indexed tables.
  uint32_t size() const { return static_cast<uint32_t>(keys_.size()) + 1; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> keys_;
};

}  // namespace overlap::text
