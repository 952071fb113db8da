// The text model's hash map compares and hashes short keys with a few word loads instead of
// memcmp and a byte loop: checked here against memcmp, on every length around the 4- and 8-byte
// boundaries where the loads overlap, with keys that differ in a single byte at each position.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "text/string_map.hpp"

namespace {

using overlap::text::same_bytes;
using overlap::text::StringMap;

// Every key of lengths 0..24: a random one, and copies of it with one byte changed.
std::vector<std::string> keys_differing_in_one_byte() {
  std::mt19937 random(15);
  std::vector<std::string> keys;
  for (size_t n = 0; n <= 24; ++n) {
    std::string base(n, '\0');
    for (char& c : base) c = static_cast<char>(random());
    keys.push_back(base);
    for (size_t i = 0; i < n; ++i)
      for (unsigned flip : {0x01u, 0x80u, 0xFFu}) {
        std::string changed = base;
        changed[i] = static_cast<char>(changed[i] ^ flip);
        keys.push_back(changed);
      }
  }
  return keys;
}

TEST(StringMap, SameBytesAgreesWithMemcmp) {
  const std::vector<std::string> keys = keys_differing_in_one_byte();
  for (const std::string& x : keys)
    for (const std::string& y : keys) {
      if (x.size() != y.size()) continue;
      // Copies exactly as long as the key, so that a load past its end would be caught by ASan.
      std::vector<char> cx(x.begin(), x.end()), cy(y.begin(), y.end());
      EXPECT_EQ(same_bytes(cx.data(), cy.data(), x.size()), std::memcmp(x.data(), y.data(), x.size()) == 0)
          << "length " << x.size();
    }
}

TEST(StringMap, EveryDistinctKeyGetsItsOwnEntry) {
  const std::vector<std::string> keys = keys_differing_in_one_byte();
  StringMap<uint32_t> map;  // grows from its smallest size: rehashing is exercised too
  uint32_t next = 0;
  for (const std::string& key : keys) {
    auto [value, is_new] = map.try_emplace(key);
    if (is_new) value = ++next;
  }
  // The keys are distinct by construction; counted all the same, so the test checks the map.
  std::vector<std::string> distinct = keys;
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  EXPECT_EQ(map.size(), distinct.size());
  // A second lookup of each key finds its entry, never a new one, and never another key's.
  std::vector<uint32_t> first_values;
  for (const std::string& key : distinct) {
    auto [value, is_new] = map.try_emplace(key);
    EXPECT_FALSE(is_new);
    first_values.push_back(value);
  }
  std::sort(first_values.begin(), first_values.end());
  EXPECT_EQ(std::adjacent_find(first_values.begin(), first_values.end()), first_values.end());
}

}  // namespace
