// A hash map from byte strings to small values, for the text model's two hot lookups (each
// token's spelling, each new match key): open addressing in one array, keys copied into one
// buffer, so a lookup is a hash, a probe or two and a compare, and an insertion allocates only
// when a table grows. Nothing iterates over it, so its order never reaches a result.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace overlap::text {

/// The bytes of a string of 1 to 8 bytes packed into a word without a loop: two loads that may
/// overlap, never past the string's end (the text it lies in may end there). Every byte lands in
/// the word, so two strings of one length are equal exactly when their words are.
inline uint64_t pack_short(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t low, high;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + n - 4, 4);
    return uint64_t(high) << 32 | low;
  }
  return uint64_t(static_cast<unsigned char>(p[0])) | uint64_t(static_cast<unsigned char>(p[n / 2])) << 8 |
         uint64_t(static_cast<unsigned char>(p[n - 1])) << 16;
}

/// A fast 64-bit hash of a short byte string (words: mostly under 16 bytes).
inline uint64_t hash_bytes(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  const char* p = s.data();
  size_t n = s.size();
  for (; n > 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  // The last 1 to 8 bytes in two loads, not a loop of one byte per turn: words are short, so
  // the tail is most of the work.
  h = (h ^ (n ? pack_short(p, n) : 0)) * 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}

/// Whether two strings of `n` bytes each are equal, without a call to memcmp: for a word of a
/// few bytes the call costs more than the comparison.
inline bool same_bytes(const char* x, const char* y, size_t n) {
  for (; n > 8; x += 8, y += 8, n -= 8) {
    uint64_t wx, wy;
    std::memcpy(&wx, x, 8);
    std::memcpy(&wy, y, 8);
    if (wx != wy) return false;
  }
  return n == 0 || pack_short(x, n) == pack_short(y, n);
}

template <class Value>
class StringMap {
 public:
  /// Sized for `expected` keys; it grows as needed, but a fresh table's memory is touched once
  /// per slot, so a generous guess costs more than a few doublings.
  explicit StringMap(size_t expected = 0) { rehash(capacity_for(expected)); }

  /// The entry of `key`, value-initialised when new; and whether it is new. The reference
  /// holds until the next insertion.
  std::pair<Value&, bool> try_emplace(std::string_view key) {
    const uint32_t h = static_cast<uint32_t>(hash_bytes(key));
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.length == empty) {
        if (2 * (size_ + 1) > slots_.size()) {
          rehash(slots_.size() * 2);
          return try_emplace(key);
        }
        slot = {h, static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(key.size()), Value{}};
        keys_.append(key);
        ++size_;
        return {slot.value, true};
      }
      if (slot.hash == h && slot.length == key.size() && same_bytes(keys_.data() + slot.offset, key.data(), key.size()))
        return {slot.value, false};
    }
  }

  size_t size() const { return size_; }

 private:
  static constexpr uint32_t empty = UINT32_MAX;
  struct Slot {  // 16 bytes with a 4-byte value: four to a cache line
    uint32_t hash = 0;
    uint32_t offset = 0, length = empty;
    Value value{};
  };

  static size_t capacity_for(size_t expected) {
    size_t capacity = 16;
    while (capacity < 2 * expected) capacity *= 2;
    return capacity;
  }

  void rehash(size_t capacity) {
    std::vector<Slot> old(capacity);
    old.swap(slots_);
    mask_ = capacity - 1;
    for (const Slot& slot : old) {
      if (slot.length == empty) continue;
      size_t i = slot.hash & mask_;
      while (slots_[i].length != empty) i = (i + 1) & mask_;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::string keys_;
  size_t size_ = 0, mask_ = 0;
};

}  // namespace overlap::text
